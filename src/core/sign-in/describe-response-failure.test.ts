import { describe, expect, it } from 'vitest';
import {
  describeProviderError,
  describeResponseFailure,
  type ResponseFailure,
} from './describe-response-failure.ts';
import { SignInError } from './sign-in-errors.ts';

const REDIRECT = 'https://tokenscope.example/';

describe('describeResponseFailure', () => {
  it.each<[string, ResponseFailure, string, string]>([
    [
      'a missing state',
      { kind: 'state-missing' },
      'state-missing',
      'The response carries no state, so Tokenscope cannot tell that it answers the sign-in this tab started; the code was not redeemed (nothing was sent to the token endpoint). Sign in again.',
    ],
    [
      'a state mismatch',
      { kind: 'state-mismatch' },
      'state-mismatch',
      "The response's state does not match the sign-in this tab started, so the code was not redeemed (nothing was sent to the token endpoint). It may answer an older sign-in or another tab, or be someone else's code slipped into your browser (login CSRF). Sign in again.",
    ],
    [
      'another issuer (RFC 9207)',
      {
        kind: 'issuer-mismatch',
        received: 'https://evil.example',
        expected: 'https://idp.example',
      },
      'response-issuer-mismatch',
      'The response names the issuer https://evil.example, not https://idp.example where this sign-in started (RFC 9207), so the code was not redeemed (nothing was sent to the token endpoint): it may come from another provider (a mix-up attack). Sign in again.',
    ],
    [
      'a response without a code',
      { kind: 'code-missing' },
      'code-missing',
      'The response carries neither a code nor an error, so there is nothing to redeem. Sign in again.',
    ],
    [
      'an implicit response without an ID token',
      { kind: 'token-missing' },
      'id-token-missing',
      'The response carries no ID token, which the implicit flow returns in the URL fragment. Sign in again, or use the authorization code flow.',
    ],
    [
      'anything else',
      { kind: 'invalid', detail: '"state" parameter must be provided only once' },
      'response-invalid',
      'The response cannot be used: "state" parameter must be provided only once. Sign in again.',
    ],
  ])('explains %s', (_name, failure, code, message) => {
    const error = describeResponseFailure(failure, { redirectUri: REDIRECT });
    expect(error).toBeInstanceOf(SignInError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('keeps what the provider said on a state failure', () => {
    const said = { error: 'access_denied', description: undefined, uri: undefined };
    expect(
      describeResponseFailure(
        { kind: 'state-missing' },
        { redirectUri: REDIRECT, identityProviderError: said },
      ).identityProviderError,
    ).toEqual(said);
  });
});

describe('describeProviderError', () => {
  it.each([
    [
      'access_denied',
      'User cancelled',
      'The identity provider refused the sign-in: access_denied — User cancelled. The sign-in was cancelled, or consent was declined.',
    ],
    [
      'login_required',
      undefined,
      'The identity provider refused the sign-in: login_required. With prompt=none the provider may show no page, and this sign-in needed one: sign in without prompt=none.',
    ],
    [
      'invalid_request',
      "AADSTS50011: The redirect URI 'https://tokenscope.example/' specified in the request does not match the redirect URIs configured for the application.",
      "The identity provider refused the sign-in: invalid_request — AADSTS50011: The redirect URI 'https://tokenscope.example/' specified in the request does not match the redirect URIs configured for the application. Register https://tokenscope.example/ exactly as a redirect URI under the Single-page application platform of the app registration.",
    ],
    [
      'unauthorized_client',
      "AADSTS700054: response_type 'id_token' is not enabled for the application.",
      "The identity provider refused the sign-in: unauthorized_client — AADSTS700054: response_type 'id_token' is not enabled for the application. The app registration does not allow this implicit response: enable ID tokens (and access tokens) under Implicit grant and hybrid flows, or use the authorization code flow.",
    ],
    [
      'unauthorized_client',
      "AADSTS700016: Application with identifier 'x' was not found in the directory 'Contoso'.",
      "The identity provider refused the sign-in: unauthorized_client — AADSTS700016: Application with identifier 'x' was not found in the directory 'Contoso'. There is no app with this client ID in the tenant: check the Client ID, and the Authority (a single-tenant app needs its own tenant, not common).",
    ],
    [
      'invalid_scope',
      undefined,
      'The identity provider refused the sign-in: invalid_scope. Check Scopes: the provider does not know one of them, or does not allow it for this client.',
    ],
    [
      'unsupported_response_type',
      undefined,
      'The identity provider refused the sign-in: unsupported_response_type. The provider does not allow this response type for this client: use the authorization code flow, or enable the implicit flow for the client.',
    ],
    [
      'server_error',
      'Try later',
      'The identity provider refused the sign-in: server_error — Try later.',
    ],
  ])('explains %s', (error, description, message) => {
    const said = { error, description, uri: undefined };
    const result = describeProviderError(said, REDIRECT);
    expect(result).toBeInstanceOf(SignInError);
    expect(result.code).toBe('provider-error');
    expect(result.message).toBe(message);
    expect(result.identityProviderError).toEqual(said);
  });
});
