import { Avantika } from '@avantika/sdk';
import { afterAll, beforeAll } from 'vitest';
import { importFlowContent } from './practice-content.js';
import { newIdentity, type RealServer, type StorageKind, startRealServer } from './real-server.js';

/** What {@link useSignedInClient} hands a describe block once its beforeAll has run. */
export interface SignedInClient {
  readonly server: RealServer;
  readonly api: Avantika;
}

/**
 * For the describe block it is called in: a real server of `kind` with the flow content, and a client registered on
 * it (a fresh user), both closed after the block.
 */
export function useSignedInClient(kind: StorageKind): SignedInClient {
  const state = {} as { server: RealServer; api: Avantika };
  beforeAll(async () => {
    state.server = await startRealServer(kind, { seed: importFlowContent });
    state.api = new Avantika({ baseUrl: state.server.baseUrl, timeout: 30_000 });
    await state.api.auth.register(newIdentity());
  });
  afterAll(async () => {
    await state.api?.close();
    await state.server?.close();
  });
  return state;
}
