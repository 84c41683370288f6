import { describe, expect, it } from 'vitest';
import { badgeReason } from './evaluate-badges.js';

const facts = {
  solvedCount: 6,
  streakCurrent: 2,
  solvedByDifficulty: { easy: 1, hard: 5 },
  perfectQuizzes: 1,
  finishedQuizzes: 3,
  completedPaths: ['arrays-path'],
};

describe('badge criteria', () => {
  it('holds solved_difficulty only for enough problems of that difficulty', () => {
    expect(badgeReason({ kind: 'solved_difficulty', difficulty: 'hard', count: 5 }, facts)).toBe(
      'solved 5 hard problems',
    );
    expect(badgeReason({ kind: 'solved_difficulty', difficulty: 'medium', count: 1 }, facts)).toBeNull();
    expect(badgeReason({ kind: 'solved_difficulty', count: 1 }, facts)).toBeNull();
  });

  it('counts perfect and finished quizzes, one by default', () => {
    expect(badgeReason({ kind: 'quiz_perfect' }, facts)).toBe('1 perfect quiz');
    expect(badgeReason({ kind: 'quiz_perfect', count: 2 }, facts)).toBeNull();
    expect(badgeReason({ kind: 'quiz_count', count: 3 }, facts)).toBe('finished 3 quizzes');
    expect(badgeReason({ kind: 'quiz_count', count: 4 }, facts)).toBeNull();
  });

  it('holds path_complete for any completed path, a named one, or a number of them', () => {
    expect(badgeReason({ kind: 'path_complete' }, facts)).toBe('completed the learning path arrays-path');
    expect(badgeReason({ kind: 'path_complete', path: 'arrays-path' }, facts)).toBe(
      'completed the learning path arrays-path',
    );
    expect(badgeReason({ kind: 'path_complete', path: 'graphs-path' }, facts)).toBeNull();
    expect(badgeReason({ kind: 'path_complete', count: 2 }, facts)).toBeNull();
    expect(badgeReason({ kind: 'path_complete' }, { ...facts, completedPaths: [] })).toBeNull();
  });

  it('ignores unknown kinds and malformed criteria', () => {
    expect(badgeReason({ kind: 'moon_landing' }, facts)).toBeNull();
    expect(badgeReason(null, facts)).toBeNull();
    expect(badgeReason('first_solve', facts)).toBeNull();
  });
});
