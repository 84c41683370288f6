import Fastify, { type FastifyInstance } from 'fastify';

/** Configuration for {@link buildApp}. */
export interface AppConfig {
  readonly logger?: boolean;
}

/** Builds the platform's HTTP application without listening (tests use `app.inject()`). */
export async function buildApp(config: AppConfig = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: config.logger ?? false });
  app.get('/healthz', async () => ({ status: 'ok' }));
  return app;
}
