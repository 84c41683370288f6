import { APIClient, type ClientOptions, type Tokens } from './core.js';

/**
 * The Avantika API client: one instance per server and identity, holding a pooled connection and the credentials.
 *
 * ```ts
 * const client = new Avantika({ baseUrl: 'http://127.0.0.1:4870', token: process.env.AVANTIKA_TOKEN });
 * for await (const problem of client.problems.list({ difficulty: 'easy' })) console.log(problem.slug);
 * ```
 */
export class Avantika extends APIClient {
  constructor(options: ClientOptions = {}) {
    super(options);
  }

  protected override async exchangeRefreshToken(_refreshToken: string): Promise<Tokens | undefined> {
    return undefined;
  }
}
