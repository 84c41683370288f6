import { addDays, daysBetween } from './local-time.js';

/** A freeze token is earned each time the current streak reaches a multiple of this many days. */
export const FREEZE_EVERY_DAYS = 7;
/** The most freeze tokens a user can hold. */
export const MAX_FREEZES = 2;

/** The stored streak of a user. */
export interface StreakState {
  readonly current: number;
  readonly longest: number;
  /** The last local date that counted (in the zone the user had on that day); null before any activity. */
  readonly lastDate: string | null;
  readonly freezes: number;
}

/** The state after counting `day`, and the missed dates that freeze tokens covered. */
export interface StreakStep {
  readonly state: StreakState;
  readonly frozenDates: string[];
  /** Whether `day` extended (or started) the streak; false when it was already counted. */
  readonly counted: boolean;
}

/**
 * Counts activity on local date `day`. A day at or before the last counted one changes nothing (a zone change that
 * moves the calendar back never breaks or double-counts). A gap of missed days is bridged when the user holds enough
 * freeze tokens (one per missed day, consumed); otherwise the streak restarts at 1. Every 7th day earns a token.
 */
export function countDay(state: StreakState, day: string): StreakStep {
  if (state.lastDate !== null && daysBetween(state.lastDate, day) <= 0) {
    return { state, frozenDates: [], counted: false };
  }
  let current = 1;
  let freezes = state.freezes;
  const frozenDates: string[] = [];
  if (state.lastDate !== null) {
    const missed = daysBetween(state.lastDate, day) - 1;
    if (missed === 0) current = state.current + 1;
    else if (missed <= freezes) {
      freezes -= missed;
      for (let i = 1; i <= missed; i += 1) frozenDates.push(addDays(state.lastDate, i));
      // Frozen days keep the streak alive but do not lengthen it.
      current = state.current + 1;
    }
  }
  if (current % FREEZE_EVERY_DAYS === 0) freezes = Math.min(MAX_FREEZES, freezes + 1);
  return {
    state: { current, longest: Math.max(state.longest, current), lastDate: day, freezes },
    frozenDates,
    counted: true,
  };
}

/** The streak as seen on local date `today`: still alive (today done or pending), or broken (current 0). */
export function streakOn(state: StreakState, today: string): { current: number; todayDone: boolean } {
  if (state.lastDate === null) return { current: 0, todayDone: false };
  const since = daysBetween(state.lastDate, today);
  if (since <= 0) return { current: state.current, todayDone: true };
  // Missed days so far (not counting today, which is still open) that tokens could still cover.
  const missed = since - 1;
  return { current: missed <= state.freezes ? state.current : 0, todayDone: false };
}
