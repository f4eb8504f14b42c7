import { describe, expect, it } from 'vitest';
import { assessValidity } from '../claims/validity.ts';
import { buildTokenTimeline } from '../lifetime/token-timeline.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { checkClaims } from '../verify/check-claims.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const NOW_SECONDS = NOW / 1000;

type Verdict = 'accepted' | 'rejected-expired' | 'rejected-not-yet-valid' | 'rejected-malformed';

/** What each panel concludes, reduced to the one question they must agree on. */
function conclusions(claims: JsonObject, toleranceSeconds: number) {
  const summary = assessValidity(claims, NOW, toleranceSeconds).state;
  const lifetime = buildTokenTimeline(claims, {
    now: NOW,
    clockToleranceSeconds: toleranceSeconds,
  });
  const checks = checkClaims({
    header: { alg: 'RS256' },
    payload: { type: 'json', value: claims, text: JSON.stringify(claims), duplicates: [] },
    now: NOW,
    clockToleranceSeconds: toleranceSeconds,
    expectedAudience: undefined,
    discoveredIssuer: undefined,
  });
  const failed = checks.find(
    (check) => (check.claim === 'exp' || check.claim === 'nbf') && check.status === 'fail',
  );
  const verify: Verdict = !failed
    ? 'accepted'
    : /not a number/.test(failed.message)
      ? 'rejected-malformed'
      : failed.claim === 'exp'
        ? 'rejected-expired'
        : 'rejected-not-yet-valid';
  const fromState = (state: string | undefined): Verdict =>
    state === 'expired'
      ? 'rejected-expired'
      : state === 'not-yet-valid'
        ? 'rejected-not-yet-valid'
        : state === 'malformed'
          ? 'rejected-malformed'
          : 'accepted';
  return { summary: fromState(summary), lifetime: fromState(lifetime?.state), verify };
}

describe('Summary, Lifetime and Verify agree on the time claims', () => {
  it.each([
    ['now == exp, tolerance 0', { exp: NOW_SECONDS }, 0, 'rejected-expired'],
    ['now == exp - 1, tolerance 0', { exp: NOW_SECONDS + 1 }, 0, 'accepted'],
    ['now == exp + 300, tolerance 300', { exp: NOW_SECONDS - 300 }, 300, 'rejected-expired'],
    ['now == exp + 299, tolerance 300', { exp: NOW_SECONDS - 299 }, 300, 'accepted'],
    ['now == nbf - 300, tolerance 300', { nbf: NOW_SECONDS + 300 }, 300, 'accepted'],
    ['now == nbf - 301, tolerance 300', { nbf: NOW_SECONDS + 301 }, 300, 'rejected-not-yet-valid'],
    ['exp as a string', { exp: '1736942400' }, 300, 'rejected-malformed'],
    ['nbf as a string', { nbf: 'yesterday', exp: NOW_SECONDS + 60 }, 300, 'rejected-malformed'],
    ['exp null', { exp: null }, 300, 'rejected-malformed'],
  ] as const)('%s', (_name, claims, tolerance, expected) => {
    expect(conclusions(claims as JsonObject, tolerance)).toEqual({
      summary: expected,
      lifetime: expected,
      verify: expected,
    });
  });
});
