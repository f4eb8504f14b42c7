import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTimeClaims, timeClaimEdges, type TimeAssessment } from './assess-time-claims.ts';
import { describeTimeState, timePhraseText } from './describe-time-state.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const NOW_S = NOW / 1000;

const assess = (claims: Record<string, unknown>, toleranceSeconds = 300, now = NOW) =>
  assessTimeClaims(claims as never, { now, toleranceSeconds });
const phrase = (assessment: TimeAssessment) => timePhraseText(describeTimeState(assessment), NOW);

describe('assessTimeClaims: boundaries as jose draws them', () => {
  it('is expired at now == exp with no tolerance (RFC 7519: the time must be before exp)', () => {
    expect(assess({ exp: NOW_S }, 0).state).toBe('expired');
    expect(assess({ exp: NOW_S + 1 }, 0).state).toBe('valid');
  });

  it('is expired at exp + tolerance, and valid one second before', () => {
    expect(assess({ exp: NOW_S - 300 }).expiry).toBe('expired');
    expect(assess({ exp: NOW_S - 299 }).expiry).toBe('within-tolerance');
    expect(assess({ exp: NOW_S - 299 }).state).toBe('valid');
  });

  it('reads the clock in whole seconds, as jose does', () => {
    expect(assess({ exp: NOW_S + 1 }, 0, NOW + 999).state).toBe('valid');
    expect(assess({ exp: NOW_S + 1 }, 0, NOW + 1000).state).toBe('expired');
  });

  it('is not yet valid while nbf > now + tolerance', () => {
    expect(assess({ nbf: NOW_S + 301 }).state).toBe('not-yet-valid');
    expect(assess({ nbf: NOW_S + 300 }).notBefore).toBe('within-tolerance');
    expect(assess({ nbf: NOW_S }).notBefore).toBe('reached');
  });

  it('has no expiry without exp', () => {
    expect(assess({ iat: NOW_S }).state).toBe('no-expiry');
    expect(assess({ iat: NOW_S }).label).toBe('Valid — no expiry');
  });

  it('takes any JSON number, even beyond the range of a Date', () => {
    expect(assess({ exp: 1e300 }).state).toBe('valid');
    expect(assess({ exp: -1e300 }).state).toBe('expired');
    expect(assess({ nbf: 1e300, exp: 1e301 }).state).toBe('not-yet-valid');
  });
});

describe('assessTimeClaims: claims that are not numbers', () => {
  it.each([
    [
      { exp: '1736942400' },
      'exp is "1736942400", not a number of seconds since 1970 (a NumericDate): a verifier rejects the token.',
    ],
    [
      { exp: NOW_S + 60, nbf: null },
      'nbf is null, not a number of seconds since 1970 (a NumericDate): a verifier rejects the token.',
    ],
    [
      { exp: NOW_S + 60, iat: [1] },
      'iat is [1], not a number of seconds since 1970 (a NumericDate): a verifier rejects the token.',
    ],
  ])('%j is Malformed, whatever the other claims say', (claims, problem) => {
    const assessment = assess(claims);
    expect(assessment.state).toBe('malformed');
    expect(assessment.label).toBe('Malformed');
    expect(phrase(assessment)).toBe(problem);
  });

  it('notes a malformed auth_time without rejecting the token (verifiers do not check it)', () => {
    const assessment = assess({ exp: NOW_S + 60, auth_time: 'x' });
    expect(assessment.state).toBe('valid');
    expect(assessment.malformed[0]?.problem).toBe(
      'auth_time is "x", not a number of seconds since 1970 (a NumericDate): it cannot be read as a time.',
    );
  });
});

describe('describeTimeState', () => {
  it.each([
    [{ exp: NOW_S + 42 * 60 }, 'expires in 42 min'],
    [{ exp: NOW_S - 3 * 86400 }, 'expired 3 days ago'],
    [{ exp: NOW_S - 120 }, 'expired 2 min ago, but still within the 300 s clock tolerance'],
    [{ nbf: NOW_S + 600 }, 'becomes valid in 10 min'],
    [
      { nbf: NOW_S + 120, exp: NOW_S + 4200 },
      'expires in 1 h 10 min, accepted early within the 300 s clock tolerance',
    ],
    [{ iat: NOW_S }, 'no exp claim: nothing limits how long the token can be used'],
  ])('%j reads "%s"', (claims, text) => {
    expect(phrase(assess(claims))).toBe(text);
  });
});

describe('timeClaimEdges', () => {
  it('lists the instants at which the assessment changes, on whole seconds', () => {
    expect(timeClaimEdges({ nbf: 1000, exp: 2000.5 }, 300)).toEqual([
      700_000, 1_000_000, 2_001_000, 2_301_000,
    ]);
    expect(timeClaimEdges({ exp: 'x', iat: 5 }, 300, ['iat'])).toEqual([5000]);
    expect(timeClaimEdges({ exp: 1e300 }, 300)).toEqual([]);
  });

  it('is where every change happens: between two edges the assessment stays the same', () => {
    fc.assert(
      fc.property(
        fc.record({
          nbf: fc.integer({ min: 0, max: 4000 }),
          exp: fc.integer({ min: 0, max: 4000 }),
        }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (claims, tolerance, now) => {
          const edges = timeClaimEdges(claims, tolerance);
          const previous = [...edges].reverse().find((edge) => edge <= now) ?? 0;
          const at = (ms: number) => {
            const { state, expiry, notBefore } = assess(claims, tolerance, ms);
            return { state, expiry, notBefore };
          };
          expect(at(now)).toEqual(at(previous));
        },
      ),
    );
  });
});
