import { describe, expect, it } from 'vitest';
import {
  describeIdTokenFailure,
  describeTokenEndpointFailure,
  type IdTokenFailure,
  type TokenEndpointFailure,
} from './describe-token-failure.ts';
import { SignInError } from './sign-in-errors.ts';

const CONTEXT = {
  tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  redirectUri: 'https://tokenscope.example/',
};

const oauthError = (error: string, description?: string): TokenEndpointFailure => ({
  kind: 'oauth-error',
  status: 400,
  error: { error, description, uri: undefined },
});

describe('describeTokenEndpointFailure', () => {
  it.each<[string, TokenEndpointFailure, string, string]>([
    [
      'a CORS refusal (Entra: redirect URI under Web)',
      { kind: 'network', reachedWithoutCors: true },
      'token-endpoint-cors',
      'The token endpoint https://login.microsoftonline.com answered, but without an Access-Control-Allow-Origin header for this page, so the browser withheld the tokens. On Microsoft Entra this is AADSTS9002326: the redirect URI https://tokenscope.example/ is registered under the Web platform, whose codes only a server with a client secret may redeem. Register it under Single-page application instead (Authentication → Add a platform), then sign in again. Other providers must allow cross-origin requests to the token endpoint for a public client.',
    ],
    [
      'an unreachable token endpoint',
      { kind: 'network', reachedWithoutCors: false },
      'token-endpoint-network',
      'Could not reach the token endpoint https://login.microsoftonline.com/common/oauth2/v2.0/token: the request failed before any answer, so the code was not redeemed. Check your connection and sign in again.',
    ],
    [
      'a timeout',
      { kind: 'timeout', seconds: 15 },
      'token-endpoint-timeout',
      'The token endpoint https://login.microsoftonline.com did not answer within 15 s. Sign in again.',
    ],
    [
      'AADSTS9002326 in the error body',
      oauthError(
        'invalid_request',
        "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
      ),
      'spa-registration-required',
      'Microsoft Entra refused to redeem the code from a browser (AADSTS9002326): the redirect URI https://tokenscope.example/ is registered under the Web platform, whose codes only a server with a client secret may redeem. Register it under Single-page application instead (Authentication → Add a platform), then sign in again.',
    ],
    [
      'a replayed code (Entra)',
      oauthError('invalid_grant', 'AADSTS54005: OAuth2 Authorization code was already redeemed.'),
      'invalid-grant',
      'The token endpoint refused the code (invalid_grant). An authorization code can be redeemed once, within minutes of being issued, with the redirect URI and the PKCE verifier it was issued for. This code had already been redeemed. Sign in again for a new code. The provider said: AADSTS54005: OAuth2 Authorization code was already redeemed.',
    ],
    [
      'an expired code (Entra)',
      oauthError(
        'invalid_grant',
        'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
      ),
      'invalid-grant',
      'The token endpoint refused the code (invalid_grant). An authorization code can be redeemed once, within minutes of being issued, with the redirect URI and the PKCE verifier it was issued for. This code had expired. Sign in again for a new code. The provider said: AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
    ],
    [
      'invalid_grant without a description',
      oauthError('invalid_grant'),
      'invalid-grant',
      'The token endpoint refused the code (invalid_grant). An authorization code can be redeemed once, within minutes of being issued, with the redirect URI and the PKCE verifier it was issued for. This one was already used, has expired, or does not match. Sign in again for a new code.',
    ],
    [
      'a client that must authenticate',
      oauthError(
        'invalid_client',
        "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      ),
      'invalid-client',
      `The token endpoint did not accept Tokenscope as a public client (invalid_client): it expects a client secret or other client authentication, which a page in a browser cannot keep. On Microsoft Entra, register https://tokenscope.example/ under Single-page application rather than Web; elsewhere, make the client public (token endpoint authentication "none") with PKCE. The provider said: AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.`,
    ],
    [
      'another OAuth error',
      oauthError('unsupported_grant_type'),
      'token-endpoint-error',
      'The token endpoint refused to redeem the code: unsupported_grant_type.',
    ],
    [
      'a status without an OAuth error',
      { kind: 'http', status: 502, statusText: 'Bad Gateway' },
      'token-endpoint-http-status',
      'The token endpoint https://login.microsoftonline.com/common/oauth2/v2.0/token answered 502 Bad Gateway without an OAuth error, so the code was not redeemed. Sign in again.',
    ],
    [
      'an answer that is not a token response',
      { kind: 'invalid-response', detail: 'it is not JSON' },
      'token-response-invalid',
      "The token endpoint's answer is not a usable token response: it is not JSON.",
    ],
  ])('explains %s', (_name, failure, code, message) => {
    const error = describeTokenEndpointFailure(failure, CONTEXT);
    expect(error).toBeInstanceOf(SignInError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('keeps what the provider said', () => {
    const failure = oauthError('invalid_grant', 'grant request is invalid');
    expect(describeTokenEndpointFailure(failure, CONTEXT).identityProviderError).toEqual({
      error: 'invalid_grant',
      description: 'grant request is invalid',
      uri: undefined,
    });
  });
});

describe('describeIdTokenFailure', () => {
  it.each<[string, IdTokenFailure, string, string]>([
    [
      'a missing ID token',
      { kind: 'missing' },
      'id-token-missing',
      'The token response has no ID token although openid was requested, so the sign-in cannot be confirmed.',
    ],
    [
      'a wrong nonce',
      { kind: 'nonce', received: 'n-0S6_WzA2Mj' },
      'id-token-nonce',
      'The ID token\'s nonce "n-0S6_WzA2Mj" is not the one this sign-in sent, so it is not accepted as the answer to this sign-in: it may be replayed from another one. Sign in again.',
    ],
    [
      'a missing nonce',
      { kind: 'nonce', received: undefined },
      'id-token-nonce',
      "The ID token's nonce is missing, so it is not accepted as the answer to this sign-in: it may be replayed from another one. Sign in again.",
    ],
    [
      'another issuer',
      { kind: 'issuer', received: 'https://evil.example', expected: 'https://idp.example' },
      'id-token-issuer',
      'The ID token\'s issuer "https://evil.example" is not https://idp.example, where this sign-in started.',
    ],
    [
      'another audience',
      { kind: 'audience', received: ['api://other'], clientId: 'spa' },
      'id-token-audience',
      'The ID token is for ["api://other"], not for the client spa that signed in.',
    ],
    [
      'several audiences without azp',
      { kind: 'authorized-party', received: undefined, clientId: 'spa' },
      'id-token-audience',
      'The ID token has several audiences, and its authorized party (azp) is missing instead of the client spa that signed in.',
    ],
    [
      'an expired ID token',
      { kind: 'timestamp', claim: 'exp', value: 1_700_000_000, now: 1_700_000_900 },
      'id-token-expired',
      "The ID token has expired: its exp (2023-11-14T22:13:20Z) is outside this device's time, 2023-11-14T22:28:20Z, even with the tolerance. Check the device clock and sign in again.",
    ],
    [
      'an ID token not valid yet',
      { kind: 'timestamp', claim: 'nbf', value: 1_700_000_900, now: 1_700_000_000 },
      'id-token-expired',
      "The ID token is not valid yet: its nbf (2023-11-14T22:28:20Z) is outside this device's time, 2023-11-14T22:13:20Z, even with the tolerance. Check the device clock and sign in again.",
    ],
    [
      'an unreadable ID token',
      { kind: 'invalid', detail: 'it is not a readable JWT' },
      'id-token-invalid',
      'The ID token cannot be accepted: it is not a readable JWT.',
    ],
    [
      'a bad signature',
      {
        kind: 'signature',
        verdict: 'Invalid signature: no key verified the RS256 signature.',
        jwksUri: 'https://idp.example/jwks',
      },
      'id-token-signature',
      "The ID token's signature does not check out against the issuer's keys (https://idp.example/jwks) — Invalid signature: no key verified the RS256 signature. Do not trust its claims.",
    ],
  ])('explains %s', (_name, failure, code, message) => {
    const error = describeIdTokenFailure(failure);
    expect(error).toBeInstanceOf(SignInError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });
});
