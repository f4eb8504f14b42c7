import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatApproximateDuration,
  formatCountdown,
  formatDuration,
  formatSessionClock,
} from './format-duration.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0m'],
    [42 * MINUTE, '42m'],
    [HOUR, '1h00m'],
    [2.5 * HOUR, '2h30m'],
    [20 * HOUR, '20h00m'],
    [28 * HOUR, '28h00m'],
    [25 * HOUR, '25h00m'],
    [2 * DAY, '2d00h00m'],
    [7 * DAY + 3 * HOUR + 5 * MINUTE, '7d03h05m'],
    [-90 * MINUTE, '-1h30m'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('truncates to the minute, so 2h29m59.9s never reads as 2h30m', () => {
    expect(formatDuration(2.5 * HOUR - 100)).toBe('2h29m');
    expect(formatDuration(HOUR + 59_999)).toBe('1h00m');
  });

  it('never shows more minutes than the duration holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * DAY }), (ms) => {
        const match = /^(?:(\d+)d)?(?:(\d+)h)?(\d+)m$/.exec(formatDuration(ms));
        expect(match).not.toBeNull();
        const [, d = '0', h = '0', m = '0'] = match!;
        const shown = (Number(d) * 24 * 60 + Number(h) * 60 + Number(m)) * MINUTE;
        expect(shown).toBeLessThanOrEqual(ms);
        expect(ms - shown).toBeLessThan(MINUTE);
      }),
    );
  });
});

describe('formatApproximateDuration', () => {
  it.each([
    [5_000, '5s'],
    [42 * MINUTE + 30_000, '42m'],
    [3 * HOUR, '3h'],
    [3 * HOUR + 5 * MINUTE, '3h05m'],
    [DAY, '1d'],
    [3 * DAY + 4 * HOUR + 7 * MINUTE, '3d04h'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatApproximateDuration(ms)).toBe(text);
  });
});

describe('formatCountdown', () => {
  it.each([
    [41 * MINUTE + 59_000, '41:59'],
    [HOUR + 2 * MINUTE + 3_000, '1:02:03'],
    [3 * DAY + 4 * HOUR + 5 * MINUTE + 6_000, '3d 04:05:06'],
    [999, '0:00'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('formatSessionClock', () => {
  it.each([
    [0, '0:00'],
    [59 * MINUTE, '0:59'],
    [149 * MINUTE, '2:29'],
    [DAY + 2 * HOUR + 29 * MINUTE, '1d 02:29'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatSessionClock(ms)).toBe(text);
  });
});
