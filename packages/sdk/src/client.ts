import { routes } from '@avantika/contract';
import { APIClient, type ClientOptions, type RequestOptions, type Tokens } from './core.js';
import { Admin } from './resources/admin.js';
import { Auth } from './resources/auth.js';
import { Health } from './resources/health.js';
import { Leaderboards } from './resources/leaderboards.js';
import { Me } from './resources/me.js';
import { Paths } from './resources/paths.js';
import { Problems } from './resources/problems.js';
import { Quizzes } from './resources/quizzes.js';
import { Search } from './resources/search.js';
import { Submissions } from './resources/submissions.js';

/**
 * The Avantika API client: one instance per server and identity, holding a pooled connection and the credentials.
 *
 * ```ts
 * const client = new Avantika({ baseUrl: 'http://127.0.0.1:4870', token: process.env.AVANTIKA_TOKEN });
 * for await (const problem of client.problems.list({ difficulty: 'easy' })) console.log(problem.slug);
 * ```
 */
export class Avantika extends APIClient {
  /** Accounts, sessions and API tokens. */
  readonly auth: Auth = new Auth(this);
  /** The signed-in user's account and profile. */
  readonly me: Me = new Me(this);
  /** XP leaderboards (weekly, monthly, all time). */
  readonly leaderboards: Leaderboards = new Leaderboards(this);
  /** Liveness and readiness of the server. */
  readonly health: Health = new Health(this);
  /** Coding problems: list, read, daily, run. */
  readonly problems: Problems = new Problems(this);
  /** Code submissions with live verdict streams. */
  readonly submissions: Submissions = new Submissions(this);
  /** MCQ quiz attempts. */
  readonly quizzes: Quizzes = new Quizzes(this);
  /** Learning paths and progress. */
  readonly paths: Paths = new Paths(this);
  /** Full-text search over problems, MCQ sets and learning paths. */
  readonly search: Search = new Search(this);
  /** Operator routes (admin role). */
  readonly admin: Admin = new Admin(this);

  constructor(options: ClientOptions = {}) {
    super(options);
  }

  protected override async exchangeRefreshToken(refreshToken: string, options: RequestOptions): Promise<Tokens> {
    return this.call(routes['auth.refresh'], { body: { refreshToken } }, options);
  }
}
