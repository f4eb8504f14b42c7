import { describe, expect, it } from 'vitest';
import { formatRelativeTime, formatTimeSpan } from './relative-time.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const at = (seconds: number) => NOW + seconds * 1000;

describe('formatRelativeTime', () => {
  it.each([
    [0, 'now'],
    [0.5, 'now'],
    [42, 'in 42 s'],
    [-42, '42 s ago'],
    [42 * 60, 'in 42 min'],
    [42 * 60 + 59, 'in 42 min'],
    [-(59 * 60 + 59), '59 min ago'],
    [3600, 'in 1 h'],
    [3600 + 15 * 60, 'in 1 h 15 min'],
    [-(47 * 3600 + 59 * 60), '47 h 59 min ago'],
    [-2 * 86400, '2 days ago'],
    [-3 * 86400 - 5, '3 days ago'],
    [400 * 86400, 'in 400 days'],
    [-3 * 365 * 86400, '3 years ago'],
  ])('%d seconds from now reads "%s"', (seconds, text) => {
    expect(formatRelativeTime(at(seconds), NOW)).toBe(text);
  });

  it('writes one day and one year in the singular', () => {
    expect(formatRelativeTime(at(2 * 365 * 86400), NOW)).toBe('in 2 years');
    expect(formatRelativeTime(at(-(2 * 365 * 86400 + 1)), NOW)).toBe('2 years ago');
  });
});

describe('formatRelativeTime with any JSON number', () => {
  it('never writes exponents or Infinity', () => {
    expect(formatRelativeTime(1e303, NOW)).toBe('in more than a million years');
    expect(formatRelativeTime(Infinity, NOW)).toBe('in more than a million years');
    expect(formatRelativeTime(-1e303, NOW)).toBe('more than a million years ago');
  });
});

describe('formatTimeSpan', () => {
  it('writes spans in the same words as relative times', () => {
    expect(formatTimeSpan(0)).toBe('0 s');
    expect(formatTimeSpan(300_000)).toBe('5 min');
    expect(formatTimeSpan(-(3600 + 15 * 60) * 1000)).toBe('1 h 15 min');
    expect(formatTimeSpan(3 * 86_400_000)).toBe('3 days');
  });
});
