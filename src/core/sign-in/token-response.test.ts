import { describe, expect, it } from 'vitest';
import { describeTokenResponse, type TokenResponseInput } from './token-response.ts';
import { tokenShape } from './token-shape.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln';
const JWE =
  'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a2V5.aXZpdml2aXZpdml2.Y2lwaGVy.dGFndGFndGFndGFndGFn';
const REFRESH = '0.AXoA-opaque-refresh-token-value';

const INPUT: TokenResponseInput = {
  source: 'token-endpoint',
  tokenType: 'bearer',
  expiresIn: 4419,
  scope: 'api://orders/read openid profile',
  requestedScope: 'openid profile offline_access api://orders/read',
  idToken: JWT,
  accessToken: JWT,
  refreshToken: REFRESH,
  idTokenClaims: { amr: ['pwd', 'mfa'] },
  entra: true,
};

describe('describeTokenResponse', () => {
  it('describes every part of an Entra token response', () => {
    const view = describeTokenResponse(INPUT);
    expect(view.tokenType).toEqual({
      value: 'bearer',
      text: 'Bearer: whoever holds the access token can use it, so keep it out of links and logs.',
    });
    expect(view.expiresIn).toEqual({
      seconds: 4419,
      text: "The access token is valid for 4419 s (1h13m) from when it was issued. Microsoft Entra's default is a random lifetime between 60 and 90 minutes.",
    });
    expect(view.grantedScope).toEqual({
      scopes: ['api://orders/read', 'openid', 'profile'],
      notGranted: [],
      text: 'Granted: api://orders/read openid profile.',
    });
    expect(view.summary).toBe('Came back: ID token, Access token, Refresh token.');
    expect(
      view.tokens.map((token) => [
        token.kind,
        token.label,
        token.shape,
        token.inspectable,
        token.showValue,
      ]),
    ).toEqual([
      ['id_token', 'ID token', 'JWT', true, true],
      ['access_token', 'Access token', 'JWT', true, true],
      ['refresh_token', 'Refresh token', 'opaque', false, false],
    ]);
    expect(view.tokens[2]!.value).toBe(REFRESH);
    expect(view.tokens[1]!.description).toEqual([
      'For the API named in its aud; send it as Authorization: Bearer … to that API only.',
    ]);
  });

  it('never writes the refresh token into a sentence', () => {
    const view = describeTokenResponse(INPUT);
    const sentences = JSON.stringify(view, (key, value: unknown) =>
      key === 'value' ? undefined : value,
    );
    expect(sentences).not.toContain(REFRESH);
  });

  it('names scopes that were not granted', () => {
    const view = describeTokenResponse({ ...INPUT, scope: 'openid' });
    expect(view.grantedScope).toEqual({
      scopes: ['openid'],
      notGranted: ['profile', 'api://orders/read'],
      text: 'Granted: openid. Not granted: profile api://orders/read — the provider left them out (not consented, not allowed, or not for this API).',
    });
  });

  it('reads an absent scope as everything requested', () => {
    expect(describeTokenResponse({ ...INPUT, scope: undefined }).grantedScope).toEqual({
      scopes: ['openid', 'profile', 'offline_access', 'api://orders/read'],
      notGranted: [],
      text: 'No scope in the response, which means every requested scope was granted (RFC 6749 §5.1).',
    });
  });

  it('says which tokens did not come back, and explains an opaque access token', () => {
    const view = describeTokenResponse({
      ...INPUT,
      entra: false,
      accessToken: 'ya29.opaque',
      refreshToken: undefined,
      idToken: undefined,
      expiresIn: 3600,
      tokenType: 'dpop',
    });
    expect(view.summary).toBe('Came back: Access token; no id token, no refresh token.');
    expect(view.tokens[0]!.description).toEqual([
      'For the API it was issued for, which alone can read it: to this page it is an opaque string.',
    ]);
    expect(view.expiresIn?.text).toBe(
      'The access token is valid for 3600 s (1h00m) from when it was issued.',
    );
    expect(view.tokenType?.text).toBe(
      'DPoP: the access token is bound to a key of the client and is useless without it.',
    );
  });

  it('describes an implicit response with an ID token alone', () => {
    const view = describeTokenResponse({
      ...INPUT,
      source: 'fragment',
      tokenType: undefined,
      expiresIn: undefined,
      scope: undefined,
      accessToken: undefined,
      refreshToken: undefined,
    });
    expect(view.tokenType).toBeUndefined();
    expect(view.expiresIn).toBeUndefined();
    expect(view.summary).toBe('Came back: ID token; no access token, no refresh token.');
  });
});

describe('tokenShape', () => {
  it.each([
    [JWT, 'JWT'],
    ['eyJhbGciOiJub25lIn0.e30.', 'JWT'],
    [JWE, 'JWE'],
    [REFRESH, 'opaque'],
    ['M.C520_BAY.-CcA', 'opaque'],
    ['eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln', 'JWT'],
    ['a.b', 'opaque'],
  ])('%s is %s', (value, shape) => {
    expect(tokenShape(value)).toBe(shape);
  });
});
