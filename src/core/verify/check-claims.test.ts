import { describe, expect, it } from 'vitest';
import type { DecodedPayload } from '../token/decode-token.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { checkClaims, type ClaimCheck, type ClaimCheckInput } from './check-claims.ts';

const NOW_SECONDS = Date.UTC(2025, 0, 15, 12, 0, 0) / 1000;

function payload(value: JsonObject): DecodedPayload {
  return { type: 'json', value, text: JSON.stringify(value), duplicates: [] };
}

function check(claims: JsonObject, options: Partial<ClaimCheckInput> = {}): ClaimCheck[] {
  return checkClaims({
    header: { alg: 'RS256' },
    payload: payload(claims),
    now: NOW_SECONDS * 1000,
    clockToleranceSeconds: 300,
    expectedAudience: undefined,
    discoveredIssuer: undefined,
    ...options,
  });
}

function find(checks: ClaimCheck[], claim: ClaimCheck['claim']): ClaimCheck | undefined {
  return checks.find((entry) => entry.claim === claim);
}

describe('checkClaims: lifetime', () => {
  it.each([
    [NOW_SECONDS + 3900, 'pass', 'Expires at 2025-01-15T13:05:00Z.'],
    [
      NOW_SECONDS - 120,
      'warning',
      'Expired at 2025-01-15T11:58:00Z, but within the clock tolerance of 300 s.',
    ],
    [
      NOW_SECONDS - 299,
      'warning',
      'Expired at 2025-01-15T11:55:01Z, but within the clock tolerance of 300 s.',
    ],
    // jose's boundary (exp <= now - tolerance), shared with Summary and Lifetime.
    [
      NOW_SECONDS - 300,
      'fail',
      'Expired at 2025-01-15T11:55:00Z, beyond the clock tolerance of 300 s.',
    ],
  ] as const)('exp %d is %s', (exp, status, message) => {
    expect(find(check({ exp }), 'exp')).toEqual({ claim: 'exp', status, message });
  });

  it('warns when there is no exp and fails when it is not a number', () => {
    expect(find(check({}), 'exp')?.status).toBe('warning');
    expect(find(check({ exp: '1700000000' }), 'exp')?.status).toBe('fail');
  });

  it('applies the tolerance it is given', () => {
    expect(
      find(check({ exp: NOW_SECONDS - 120 }, { clockToleranceSeconds: 60 }), 'exp')?.message,
    ).toBe('Expired at 2025-01-15T11:58:00Z, beyond the clock tolerance of 60 s.');
  });

  it.each([
    [
      NOW_SECONDS + 600,
      'fail',
      'Not valid before 2025-01-15T12:10:00Z, beyond the clock tolerance of 300 s.',
    ],
    [
      NOW_SECONDS + 60,
      'warning',
      'Not valid before 2025-01-15T12:01:00Z, but within the clock tolerance of 300 s.',
    ],
    [NOW_SECONDS - 60, 'pass', 'Valid since 2025-01-15T11:59:00Z.'],
  ] as const)('nbf %d is %s', (nbf, status, message) => {
    expect(find(check({ nbf, exp: NOW_SECONDS + 3600 }), 'nbf')).toEqual({
      claim: 'nbf',
      status,
      message,
    });
  });
});

describe('checkClaims: issuer', () => {
  it('is not checked without a discovery document', () => {
    expect(find(check({ iss: 'https://a' }), 'iss')?.status).toBe('not-checked');
  });

  it('compares iss with the discovered issuer', () => {
    expect(
      find(check({ iss: 'https://a' }, { discoveredIssuer: 'https://a' }), 'iss')?.status,
    ).toBe('pass');
    expect(
      find(check({ iss: 'https://b' }, { discoveredIssuer: 'https://a' }), 'iss')?.message,
    ).toBe(
      'iss is "https://b", but the discovery document\'s issuer is "https://a": these keys belong to another issuer.',
    );
  });

  it('fills {tenantid} from tid before comparing', () => {
    const tid = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const template = 'https://login.microsoftonline.com/{tenantid}/v2.0';
    const ok = find(
      check(
        { iss: `https://login.microsoftonline.com/${tid}/v2.0`, tid },
        { discoveredIssuer: template },
      ),
      'iss',
    );
    expect(ok).toEqual({
      claim: 'iss',
      status: 'pass',
      message: "iss matches the discovery document's issuer (its {tenantid} filled in from tid).",
    });
    const noTid = find(
      check({ iss: 'https://login.microsoftonline.com/x/v2.0' }, { discoveredIssuer: template }),
      'iss',
    );
    expect(noTid?.status).toBe('fail');
  });
});

describe('checkClaims: audience', () => {
  it('warns "audience not checked" when no audience is expected', () => {
    expect(find(check({ aud: 'api://orders' }), 'aud')?.message).toMatch(
      /^audience not checked\. .*confused-deputy/,
    );
  });

  it('passes when aud (a string or an array) holds the expected audience', () => {
    expect(
      find(check({ aud: 'api://orders' }, { expectedAudience: 'api://orders' }), 'aud')?.status,
    ).toBe('pass');
    expect(
      find(check({ aud: ['x', 'api://orders'] }, { expectedAudience: ' api://orders ' }), 'aud')
        ?.status,
    ).toBe('pass');
  });

  it('fails for another audience and hints at client ID vs App ID URI', () => {
    const guid = '6e74172b-be56-4843-9ff4-e66a39bb12e3';
    expect(find(check({ aud: guid }, { expectedAudience: `api://${guid}` }), 'aud')?.message).toBe(
      `aud is "${guid}", not the expected "api://${guid}": this token was issued for another audience. "${guid}" is close: an API's client ID and its App ID URI (api://…) are different audiences.`,
    );
    expect(find(check({}, { expectedAudience: 'x' }), 'aud')?.status).toBe('fail');
  });
});

describe('checkClaims: typ', () => {
  const complete = {
    iss: 'i',
    exp: NOW_SECONDS + 60,
    aud: 'a',
    sub: 's',
    client_id: 'c',
    iat: NOW_SECONDS,
    jti: 'j',
  };

  it('checks RFC 9068 required claims when typ is at+jwt', () => {
    expect(find(check(complete, { header: { alg: 'RS256', typ: 'at+jwt' } }), 'typ')?.status).toBe(
      'pass',
    );
    const partial: JsonObject = { ...complete };
    delete partial.jti;
    delete partial.client_id;
    expect(
      find(check(partial, { header: { alg: 'RS256', typ: 'application/at+JWT' } }), 'typ')?.message,
    ).toBe(
      'typ "application/at+JWT" says RFC 9068 access token, but it lacks required claims: client_id, jti.',
    );
  });

  it('says nothing about typ JWT', () => {
    expect(find(check(complete, { header: { alg: 'RS256', typ: 'JWT' } }), 'typ')).toBeUndefined();
  });
});

it('has no claims to check in a text payload', () => {
  expect(
    checkClaims({
      header: { alg: 'HS256' },
      payload: { type: 'text', text: 'hello' },
      now: 0,
      clockToleranceSeconds: 300,
      expectedAudience: undefined,
      discoveredIssuer: undefined,
    }),
  ).toEqual([
    {
      claim: 'payload',
      status: 'not-checked',
      message: 'The payload is not a JSON claims set, so there are no claims to check.',
    },
  ]);
});
