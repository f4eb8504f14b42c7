import { describe, expect, it } from 'vitest';
import { formatLocal, formatUtc, formatUtcText } from './format-date-time.ts';

describe('formatUtc', () => {
  it('writes ISO 8601 UTC without empty milliseconds', () => {
    expect(formatUtc(Date.UTC(2025, 0, 15, 12, 0, 0))).toBe('2025-01-15T12:00:00Z');
  });

  it('keeps fractional seconds', () => {
    expect(formatUtc(Date.UTC(2025, 0, 15, 12, 0, 0, 250))).toBe('2025-01-15T12:00:00.250Z');
  });

  it('gives up on instants a Date cannot hold', () => {
    expect(formatUtc(1e20)).toBeUndefined();
  });
});

describe('formatLocal', () => {
  it('writes the time in the given zone with its offset', () => {
    const instant = Date.UTC(2025, 0, 15, 12, 0, 0);
    expect(formatLocal(instant, 'Europe/Paris')).toBe('2025-01-15 13:00:00 UTC+01:00');
    expect(formatLocal(instant, 'America/New_York')).toBe('2025-01-15 07:00:00 UTC-05:00');
  });

  it('follows daylight saving time', () => {
    expect(formatLocal(Date.UTC(2025, 6, 1, 12, 0, 0), 'Europe/Paris')).toBe(
      '2025-07-01 14:00:00 UTC+02:00',
    );
  });

  it('writes a zero offset with its sign', () => {
    expect(formatLocal(Date.UTC(2025, 0, 15, 0, 0, 0), 'UTC')).toBe(
      '2025-01-15 00:00:00 UTC+00:00',
    );
  });
});

describe('formatLocal offsets', () => {
  it('handles half-hour zones and years before 1970', () => {
    expect(formatLocal(Date.UTC(2025, 0, 15, 12, 0, 0), 'Asia/Kolkata')).toBe(
      '2025-01-15 17:30:00 UTC+05:30',
    );
    expect(formatLocal(Date.UTC(1969, 11, 31, 23, 59, 59, 500), 'UTC')).toBe(
      '1969-12-31 23:59:59 UTC+00:00',
    );
  });
});

describe('formatUtcText', () => {
  it('writes ISO 8601 inside the range of a Date', () => {
    expect(formatUtcText(Date.UTC(2025, 0, 15, 12, 0, 0))).toBe('2025-01-15T12:00:00Z');
    expect(formatUtcText(8.64e15)).toBe('+275760-09-13T00:00:00Z');
  });

  it.each([8.64e15 + 1, 1e303, Infinity, 1_736_942_400_000_000 * 1000])(
    'says %d is beyond the last date instead of throwing',
    (ms) => {
      expect(formatUtcText(ms)).toBe(
        'later than +275760-09-13T00:00:00Z (the last date JavaScript can hold)',
      );
    },
  );

  it('says a date before the first one is', () => {
    expect(formatUtcText(-1e300)).toBe(
      'earlier than -271821-04-20T00:00:00Z (the first date JavaScript can hold)',
    );
  });
});
