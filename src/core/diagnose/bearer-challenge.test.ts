import { describe, expect, it } from 'vitest';
import { parseBearerChallenge } from './bearer-challenge.ts';

describe('parseBearerChallenge', () => {
  it('reads the parameters of a WWW-Authenticate header line', () => {
    expect(
      parseBearerChallenge(
        `WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The token expired at '01/15/2025 11:00:00'"`,
      ),
    ).toEqual({
      parameters: [
        { name: 'realm', value: 'api' },
        { name: 'error', value: 'invalid_token' },
        { name: 'error_description', value: "The token expired at '01/15/2025 11:00:00'" },
      ],
      error: 'invalid_token',
      errorDescription: "The token expired at '01/15/2025 11:00:00'",
      scope: undefined,
      realm: 'api',
      claims: undefined,
    });
  });

  it('reads unquoted values, escaped quotes, any letter case, and keeps the first of a repeated name', () => {
    const challenge = parseBearerChallenge(
      'bearer ERROR=insufficient_scope, scope="a b", error_description="say \\"hi\\"", error=x',
    );
    expect(challenge?.error).toBe('insufficient_scope');
    expect(challenge?.scope).toBe('a b');
    expect(challenge?.errorDescription).toBe('say "hi"');
  });

  it('decodes the claims of a claims challenge', () => {
    const claims = Buffer.from(
      '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}',
    ).toString('base64');
    expect(
      parseBearerChallenge(`Bearer error="insufficient_claims", claims="${claims}"`)?.claims,
    ).toBe('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}');
    expect(parseBearerChallenge('Bearer claims="not base64!"')?.claims).toBeUndefined();
    expect(parseBearerChallenge('Bearer claims="bm90IGpzb24="')?.claims).toBeUndefined();
  });

  it('is not fooled by a bearer token', () => {
    expect(
      parseBearerChallenge('Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'),
    ).toBeUndefined();
    expect(parseBearerChallenge('no challenge here')).toBeUndefined();
  });
});
