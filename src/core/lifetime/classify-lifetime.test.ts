import { describe, expect, it } from 'vitest';
import {
  classifyLifetime,
  formatLifetime,
  PLATFORM_LIFETIME_DEFAULTS,
} from './classify-lifetime.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('classifyLifetime', () => {
  it('places 60, 75 and 90 minutes inside the default variation (inclusive)', () => {
    expect(classifyLifetime(75 * MINUTE).text).toBe(
      '75 min — inside the default 60–90 min variation',
    );
    expect(classifyLifetime(60 * MINUTE).class).toBe('default-variation');
    expect(classifyLifetime(90 * MINUTE).class).toBe('default-variation');
    expect(classifyLifetime(60 * MINUTE - 1000).class).toBe('custom');
    expect(classifyLifetime(90 * MINUTE + 1000).class).toBe('custom');
  });

  it('recognises the 2 h no-Conditional-Access default', () => {
    expect(classifyLifetime(2 * HOUR).text).toBe(
      '2 h — no-Conditional-Access default for Teams / Microsoft 365',
    );
    expect(classifyLifetime(2 * HOUR + 1000).class).toBe('custom');
  });

  it('recognises the CAE long-lived range of 20 to 28 h', () => {
    expect(classifyLifetime(24 * HOUR).text).toBe('24 h — CAE long-lived range (20–28 h)');
    expect(classifyLifetime(20 * HOUR).class).toBe('cae-long-lived');
    expect(classifyLifetime(28 * HOUR).class).toBe('cae-long-lived');
    expect(classifyLifetime(20 * HOUR - 1000).class).toBe('custom');
    expect(classifyLifetime(28 * HOUR + 1000).class).toBe('custom');
  });

  it('calls anything else custom, hinting at a configurable token lifetime', () => {
    expect(classifyLifetime(10 * MINUTE).text).toBe(
      '10 min — custom (CTL?) — outside every platform default',
    );
    expect(classifyLifetime(4 * HOUR).class).toBe('custom');
  });
});

describe('formatLifetime', () => {
  it.each([
    [60 * MINUTE, '60 min'],
    [75 * MINUTE + 23_000, '75 min 23 s'],
    [2 * HOUR, '2 h'],
    [24 * HOUR, '24 h'],
    [3 * HOUR + 20 * MINUTE, '3h20m'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatLifetime(ms)).toBe(text);
  });
});

describe('PLATFORM_LIFETIME_DEFAULTS', () => {
  it('states the documented numbers', () => {
    expect(PLATFORM_LIFETIME_DEFAULTS.map((entry) => entry.value)).toEqual([
      '60–90 min, uniform (mean 75)',
      '2 h',
      '20–28 h',
      'a fixed lifetime',
    ]);
  });
});
