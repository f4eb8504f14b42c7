import type { IdentityProviderError } from '../token/normalize-input.ts';
import { SignInError } from './sign-in-errors.ts';

/** What is wrong with the authorization response that came back, as facts. */
export type ResponseFailure =
  | { kind: 'state-missing' }
  | { kind: 'state-mismatch' }
  | { kind: 'issuer-mismatch'; received: string; expected: string }
  | { kind: 'provider-error'; error: IdentityProviderError }
  | { kind: 'code-missing' }
  | { kind: 'token-missing' }
  | { kind: 'invalid'; detail: string };

const NOT_REDEEMED = 'the code was not redeemed (nothing was sent to the token endpoint)';

/**
 * `identityProviderError` is kept on state failures too: an error page the provider sent is
 * worth reading even when the response cannot be matched to this sign-in.
 */
export function describeResponseFailure(
  failure: ResponseFailure,
  context: { redirectUri: string; identityProviderError?: IdentityProviderError | undefined },
): SignInError {
  const options = { identityProviderError: context.identityProviderError };
  switch (failure.kind) {
    case 'state-missing':
      return new SignInError(
        'state-missing',
        `The response carries no state, so Tokenscope cannot tell that it answers the sign-in this tab started; ${NOT_REDEEMED}. Sign in again.`,
        options,
      );
    case 'state-mismatch':
      return new SignInError(
        'state-mismatch',
        `The response's state does not match the sign-in this tab started, so ${NOT_REDEEMED}. It may answer an older sign-in or another tab, or be someone else's code slipped into your browser (login CSRF). Sign in again.`,
        options,
      );
    case 'issuer-mismatch':
      return new SignInError(
        'response-issuer-mismatch',
        `The response names the issuer ${failure.received}, not ${failure.expected} where this sign-in started (RFC 9207), so ${NOT_REDEEMED}: it may come from another provider (a mix-up attack). Sign in again.`,
        options,
      );
    case 'provider-error':
      return describeProviderError(failure.error, context.redirectUri);
    case 'code-missing':
      return new SignInError(
        'code-missing',
        'The response carries neither a code nor an error, so there is nothing to redeem. Sign in again.',
        options,
      );
    case 'token-missing':
      return new SignInError(
        'id-token-missing',
        'The response carries no ID token, which the implicit flow returns in the URL fragment. Sign in again, or use the authorization code flow.',
        options,
      );
    case 'invalid':
      return new SignInError(
        'response-invalid',
        `The response cannot be used: ${failure.detail}. Sign in again.`,
        options,
      );
  }
}

/** The provider's own words first; then, for errors people meet when signing in, what to do. */
export function describeProviderError(
  error: IdentityProviderError,
  redirectUri: string,
): SignInError {
  const said = `${error.error}${error.description ? ` — ${error.description.trim()}` : ''}`;
  const hint = providerErrorHint(error, redirectUri);
  return new SignInError(
    'provider-error',
    `The identity provider refused the sign-in: ${sentence(said)}${hint ? ` ${hint}` : ''}`,
    { identityProviderError: error },
  );
}

function providerErrorHint(error: IdentityProviderError, redirectUri: string): string | undefined {
  const description = error.description ?? '';
  if (description.includes('AADSTS50011')) {
    return `Register ${redirectUri} exactly as a redirect URI under the Single-page application platform of the app registration.`;
  }
  if (description.includes('AADSTS700054')) {
    return 'The app registration does not allow this implicit response: enable ID tokens (and access tokens) under Implicit grant and hybrid flows, or use the authorization code flow.';
  }
  if (description.includes('AADSTS700016')) {
    return 'There is no app with this client ID in the tenant: check the Client ID, and the Authority (a single-tenant app needs its own tenant, not common).';
  }
  switch (error.error) {
    case 'access_denied':
      return 'The sign-in was cancelled, or consent was declined.';
    case 'login_required':
    case 'interaction_required':
    case 'consent_required':
    case 'account_selection_required':
      return 'With prompt=none the provider may show no page, and this sign-in needed one: sign in without prompt=none.';
    case 'unsupported_response_type':
      return 'The provider does not allow this response type for this client: use the authorization code flow, or enable the implicit flow for the client.';
    case 'invalid_scope':
      return 'Check Scopes: the provider does not know one of them, or does not allow it for this client.';
    default:
      return undefined;
  }
}

/** The provider's words, ended as a sentence so that a hint can follow. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
