import { describe, expect, it } from 'vitest';
import { detectTokenKind } from '../claims/token-kind.ts';
import { decodeParts, V2_ACCESS_PAYLOAD, V2_HEADER } from '../claims/test-tokens.ts';
import { formatLifetime, judgeLifetime, PLATFORM_LIFETIME_DEFAULTS } from './judge-lifetime.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const accessKind = detectTokenKind(decodeParts(V2_HEADER, V2_ACCESS_PAYLOAD));

/** A Microsoft access token that lasts `ms`, judged. */
function judge(ms: number, extra: object = {}) {
  const claims = {
    ...V2_ACCESS_PAYLOAD,
    ...extra,
    nbf: 1_700_000_000,
    exp: 1_700_000_000 + ms / 1000,
  };
  return judgeLifetime(claims, accessKind);
}

describe('judgeLifetime: Microsoft access tokens against the platform defaults', () => {
  it('puts 60 to 90 minutes inclusive in the default variation', () => {
    expect(judge(60 * MINUTE)?.class).toBe('default-variation');
    expect(judge(90 * MINUTE)?.class).toBe('default-variation');
    expect(judge(60 * MINUTE - 1000)?.class).toBe('configurable');
    expect(judge(90 * MINUTE + 1000)?.class).toBe('configurable');
  });

  it('recognises the 2 h no-Conditional-Access default', () => {
    expect(judge(2 * HOUR)?.text).toBe(
      '2 h — the 2 h default for tenants without Conditional Access (Teams / Microsoft 365)',
    );
    expect(judge(2 * HOUR + 1000)?.class).toBe('configurable');
  });

  it('calls 20–28 h CAE long-lived only for a client that declared CAE support', () => {
    expect(judge(20 * HOUR, { xms_cc: 'cp1' })?.class).toBe('cae-long-lived');
    expect(judge(28 * HOUR, { xms_cc: ['cp1'] })?.class).toBe('cae-long-lived');
    expect(judge(28 * HOUR + 1000, { xms_cc: ['cp1'] })?.class).toBe('too-long');
    expect(judge(22 * HOUR)?.class).toBe('configurable');
    expect(judge(24 * HOUR + 1000)?.class).toBe('too-long');
  });

  it('calls what is left configurable, or too short', () => {
    expect(judge(4 * HOUR)?.text).toBe(
      '4 h — custom: a configurable token lifetime (CTL: 10 min to 1 day), outside the defaults',
    );
    expect(judge(5 * MINUTE)?.class).toBe('too-short');
  });

  it('judges nothing without a start, an exp after it, or in milliseconds', () => {
    expect(judgeLifetime({ exp: 5 }, accessKind)).toBeUndefined();
    expect(judgeLifetime({ iat: 10, exp: 5 }, accessKind)).toBeUndefined();
    expect(judgeLifetime({ iat: 1.7e12, exp: 1.7e12 + 3.6e6 }, accessKind)).toBeUndefined();
  });
});

describe('formatLifetime', () => {
  it.each([
    [60 * MINUTE, '60 min'],
    [75 * MINUTE + 23_000, '75 min 23 s'],
    [2 * HOUR, '2 h'],
    [24 * HOUR, '24 h'],
    [3 * HOUR + 20 * MINUTE, '3 h 20 min'],
    [30 * 24 * HOUR, '30 days'],
    [50 * HOUR, '2 days 2 h'],
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
