import { type Leaderboard, type LeaderboardPeriod, routes } from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import { APIResource } from './resource.js';

/** XP leaderboards per period. */
export class Leaderboards extends APIResource {
  /** The top `limit` (default 50) of the current week, month or all time, with your rank and neighbours. */
  get(period: LeaderboardPeriod, params: { limit?: number } = {}, options?: RequestOptions): Promise<Leaderboard> {
    return this.client.call(
      routes['leaderboards.get'],
      { params: { period }, query: { limit: params.limit ?? 50 } },
      options,
    );
  }
}
