import { describe, expect, it } from 'vitest';
import { buildTokenTimeline, placeNow, timelineEdges } from './token-timeline.ts';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const s = (ms: number) => ms / 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function timeline(payload: Record<string, unknown>, now = NOW, clockToleranceSeconds?: number) {
  const built = buildTokenTimeline(payload as never, { now, clockToleranceSeconds });
  expect(built).toBeDefined();
  return built!;
}

describe('buildTokenTimeline: state', () => {
  it('is Valid with the time left for a fresh token', () => {
    const t = timeline({
      iat: s(NOW - 33 * MINUTE),
      nbf: s(NOW - 33 * MINUTE),
      exp: s(NOW + 42 * MINUTE),
    });
    expect(t.state).toBe('valid');
    expect(t.stateLabel).toBe('Valid');
    expect(t.summary).toBe('expires in 42 min');
    expect(t.countdown).toBe('42:00');
    expect(t.notes).toEqual([]);
  });

  it('is Expired once exp + tolerance has passed', () => {
    const t = timeline({ iat: s(NOW - 4 * HOUR), exp: s(NOW - 3 * HOUR) });
    expect(t.state).toBe('expired');
    expect(t.stateLabel).toBe('Expired');
    expect(t.summary).toBe('expired 3 h ago');
    expect(t.countdown).toBeUndefined();
  });

  it('is Not yet valid before nbf − tolerance', () => {
    const t = timeline({ nbf: s(NOW + 10 * MINUTE), exp: s(NOW + 70 * MINUTE) });
    expect(t.state).toBe('not-yet-valid');
    expect(t.stateLabel).toBe('Not yet valid');
    expect(t.summary).toBe('becomes valid in 10 min');
    expect(t.countdown).toBe('10:00');
  });

  it('accepts inside the default 300 s tolerance and says so', () => {
    const t = timeline({ exp: s(NOW - 2 * MINUTE) });
    expect(t.state).toBe('valid');
    expect(t.summary).toBe('expired 2 min ago, but still within the 300 s clock tolerance');
    expect(t.notes[0]).toMatch(/inside the 300 s clock tolerance/);
    expect(timeline({ exp: s(NOW - 5 * MINUTE) }).state).toBe('expired');
    expect(timeline({ exp: s(NOW - 5 * MINUTE + 1000) }).state).toBe('valid');
    expect(timeline({ nbf: s(NOW + 5 * MINUTE) }).state).toBe('no-expiry');
    expect(timeline({ nbf: s(NOW + 5 * MINUTE + 1000) }).state).toBe('not-yet-valid');
  });

  it('uses the tolerance it is given', () => {
    expect(timeline({ exp: s(NOW - 2 * MINUTE) }, NOW, 0).state).toBe('expired');
    expect(timeline({ exp: s(NOW) }, NOW, 0).state).toBe('expired');
    expect(timeline({ exp: s(NOW + 1000) }, NOW, 0).state).toBe('valid');
  });

  it('treats a token without exp as never expiring', () => {
    const t = timeline({ iat: s(NOW) });
    expect(t.state).toBe('no-expiry');
    expect(t.stateLabel).toBe('Valid — no expiry');
    expect(t.summary).toBe('no exp claim: nothing limits how long the token can be used');
    expect(t.lifetime).toBeUndefined();
  });
});

describe('buildTokenTimeline: marks and notes', () => {
  it('lists every claim and now in time order, in UTC', () => {
    const t = timeline({
      exp: s(NOW + HOUR),
      iat: s(NOW - 15 * MINUTE),
      nbf: s(NOW - 15 * MINUTE),
      auth_time: s(NOW - 2 * HOUR),
    });
    expect(t.marks.map((m) => m.name)).toEqual(['auth_time', 'iat', 'nbf', 'now', 'exp']);
    expect(t.marks[0]).toEqual({
      name: 'auth_time',
      at: NOW - 2 * HOUR,
      utc: '2024-05-01T10:00:00Z',
      description: 'user authenticated',
    });
    expect(t.marks.find((m) => m.name === 'now')?.utc).toBe('2024-05-01T12:00:00Z');
  });

  it('calls a token whose exp is not a NumericDate Malformed, as Summary and Verify do', () => {
    const t = timeline({ exp: '2024-05-01T13:00:00Z', iat: s(NOW) });
    expect(t.expiresAt).toBeUndefined();
    expect(t.state).toBe('malformed');
    expect(t.summary).toBe(
      'exp is "2024-05-01T13:00:00Z", not a number of seconds since 1970 (a NumericDate): a verifier rejects the token.',
    );
    expect(t.notes).toEqual([t.summary]);
  });

  it('points out impossible orders', () => {
    const t = timeline({
      iat: s(NOW + HOUR),
      nbf: s(NOW + 2 * HOUR),
      exp: s(NOW + HOUR),
      auth_time: s(NOW + 3 * HOUR),
    });
    expect(t.notes).toEqual([
      'nbf is not before exp: there is no moment at which this token is valid.',
      'iat is not before exp: the token was issued already expired.',
      "iat (2024-05-01T13:00:00Z) is in the future, beyond the clock tolerance: the issuer's clock or this computer's clock is off.",
      'auth_time is after iat: the user cannot have authenticated after the token was issued.',
    ]);
  });

  it('has nothing to show for a payload that is not a JSON object', () => {
    expect(buildTokenTimeline(undefined, { now: NOW })).toBeUndefined();
    expect(buildTokenTimeline([1, 2], { now: NOW })).toBeUndefined();
    expect(buildTokenTimeline('text', { now: NOW })).toBeUndefined();
  });
});

describe('buildTokenTimeline: any JSON number as a date', () => {
  it.each([1e300, 8.64e12 + 0.001, 1_736_942_400_000_000])(
    '%d gives text, not an exception',
    (exp) => {
      const t = timeline({ iat: s(NOW), exp });
      expect(t.state).toBe('valid');
      expect(t.marks.find((m) => m.name === 'exp')?.utc).toBe(
        'later than +275760-09-13T00:00:00Z (the last date JavaScript can hold)',
      );
    },
  );
});

describe('timelineEdges and placeNow', () => {
  it('lists where the state changes, and where a future iat comes inside the tolerance', () => {
    expect(timelineEdges({ iat: 1000, nbf: 1000, exp: 2000 }, 300)).toEqual([
      700_000, 1_000_000, 2_000_000, 2_300_000,
    ]);
  });

  it('moves now among the marks', () => {
    const t = timeline({ iat: s(NOW - HOUR), exp: s(NOW + HOUR) });
    expect(placeNow(t.marks, NOW + 2 * HOUR).map((m) => m.name)).toEqual(['iat', 'exp', 'now']);
  });
});
