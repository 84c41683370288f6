import { routes, type Stats, type Streak, type User, type UserUpdateParams } from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import { APIResource } from './resource.js';

/** The signed-in user's own account and profile. */
export class Me extends APIResource {
  /** The signed-in user's account. */
  retrieve(options?: RequestOptions): Promise<User> {
    return this.client.call(routes['me.get'], {}, options);
  }

  /** Updates profile fields (a time-zone change applies to streak days from now on); null clears a field. */
  update(params: UserUpdateParams, options?: RequestOptions): Promise<User> {
    return this.client.call(routes['me.update'], { body: params }, options);
  }

  /** XP, level, solved problems by difficulty, activity by local date (a heatmap) and held badges. */
  stats(options?: RequestOptions): Promise<Stats> {
    return this.client.call(routes['me.stats'], {}, options);
  }

  /** The streak in the user's zone: current, longest, whether today is done, freezes left, when today closes. */
  streak(options?: RequestOptions): Promise<Streak> {
    return this.client.call(routes['me.streak'], {}, options);
  }
}
