import { describe, expect, it } from 'vitest';
import { annotateNumericDate, looksLikeMilliseconds, readNumericDate } from './numeric-date.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const NOW_SECONDS = NOW / 1000;

describe('annotateNumericDate', () => {
  it('gives UTC, relative time and the epoch seconds of a date in the future', () => {
    expect(annotateNumericDate(NOW_SECONDS + 42 * 60, NOW)).toEqual({
      epochSeconds: NOW_SECONDS + 42 * 60,
      epochMs: NOW + 42 * 60 * 1000,
      utc: '2025-01-15T12:42:00Z',
      relative: 'in 42 min',
      asMilliseconds: undefined,
    });
  });

  it('describes a date in the past', () => {
    const annotation = annotateNumericDate(NOW_SECONDS - 3 * 86400, NOW);
    expect(annotation?.utc).toBe('2025-01-12T12:00:00Z');
    expect(annotation?.relative).toBe('3 days ago');
  });

  it('offers a millisecond reading of a value that looks like milliseconds', () => {
    const annotation = annotateNumericDate(NOW + 60_000, NOW);
    expect(annotation?.asMilliseconds).toEqual({
      epochMs: NOW + 60_000,
      utc: '2025-01-15T12:01:00Z',
      relative: 'in 1 min',
    });
    expect(annotation?.relative).toMatch(/^in \d+ years$/);
  });

  it('gives no annotation for values that are not numbers', () => {
    expect(annotateNumericDate('1736942400', NOW)).toBeUndefined();
    expect(annotateNumericDate(null, NOW)).toBeUndefined();
    expect(annotateNumericDate(Infinity, NOW)).toBeUndefined();
  });
});

describe('looksLikeMilliseconds', () => {
  it('is true for Date.now()-sized values only', () => {
    expect(looksLikeMilliseconds(NOW)).toBe(true);
    expect(looksLikeMilliseconds(NOW_SECONDS)).toBe(false);
    expect(looksLikeMilliseconds('1736942400000')).toBe(false);
  });
});

describe('readNumericDate', () => {
  it('accepts finite numbers only', () => {
    expect(readNumericDate(NOW_SECONDS)).toBe(NOW_SECONDS);
    expect(readNumericDate(NOW_SECONDS + 0.5)).toBe(NOW_SECONDS + 0.5);
    expect(readNumericDate('1736942400')).toBeUndefined();
    expect(readNumericDate(undefined)).toBeUndefined();
  });
});
