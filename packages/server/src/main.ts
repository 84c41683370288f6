import { buildApp } from './app.js';

/** Starts the platform server on `host:port` and stops it gracefully on SIGTERM/SIGINT. */
export async function startServer(options: { host?: string; port?: number } = {}): Promise<() => Promise<void>> {
  const app = await buildApp({ logger: true });
  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 4870 });
  const stop = async () => {
    await app.close();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void stop());
  }
  return stop;
}
