import type { IdentityProviderError } from '../token/normalize-input.ts';
import { formatUtcText } from '../claims/format-date-time.ts';
import { SignInError } from './sign-in-errors.ts';

/** What went wrong redeeming the code at the token endpoint, as facts. */
export type TokenEndpointFailure =
  /** `reachedWithoutCors`: a `no-cors` probe got an answer, so only CORS headers were missing. */
  | { kind: 'network'; reachedWithoutCors: boolean }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'oauth-error'; status: number; error: IdentityProviderError }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'invalid-response'; detail: string };

export interface TokenEndpointContext {
  tokenEndpoint: string;
  redirectUri: string;
}

const SPA_PLATFORM =
  'Register it under Single-page application instead (Authentication → Add a platform), then sign in again.';

export function describeTokenEndpointFailure(
  failure: TokenEndpointFailure,
  { tokenEndpoint, redirectUri }: TokenEndpointContext,
): SignInError {
  const origin = new URL(tokenEndpoint).origin;
  switch (failure.kind) {
    case 'network':
      return failure.reachedWithoutCors
        ? new SignInError(
            'token-endpoint-cors',
            `The token endpoint ${origin} answered, but without an Access-Control-Allow-Origin header for this page, so the browser withheld the tokens. On Microsoft Entra this is AADSTS9002326: the redirect URI ${redirectUri} is registered under the Web platform, whose codes only a server with a client secret may redeem. ${SPA_PLATFORM} Other providers must allow cross-origin requests to the token endpoint for a public client.`,
          )
        : new SignInError(
            'token-endpoint-network',
            `Could not reach the token endpoint ${tokenEndpoint}: the request failed before any answer, so the code was not redeemed. Check your connection and sign in again.`,
          );
    case 'timeout':
      return new SignInError(
        'token-endpoint-timeout',
        `The token endpoint ${origin} did not answer within ${failure.seconds} s. Sign in again.`,
      );
    case 'oauth-error':
      return describeOAuthError(failure.error, redirectUri);
    case 'http': {
      const status = `${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}`;
      return new SignInError(
        'token-endpoint-http-status',
        `The token endpoint ${tokenEndpoint} answered ${status} without an OAuth error, so the code was not redeemed. Sign in again.`,
      );
    }
    case 'invalid-response':
      return new SignInError(
        'token-response-invalid',
        `The token endpoint's answer is not a usable token response: ${failure.detail}.`,
      );
  }
}

function describeOAuthError(error: IdentityProviderError, redirectUri: string): SignInError {
  const options = { identityProviderError: error };
  const description = error.description ?? '';
  const said = error.description ? ` The provider said: ${sentence(error.description.trim())}` : '';
  if (description.includes('AADSTS9002326')) {
    return new SignInError(
      'spa-registration-required',
      `Microsoft Entra refused to redeem the code from a browser (AADSTS9002326): the redirect URI ${redirectUri} is registered under the Web platform, whose codes only a server with a client secret may redeem. ${SPA_PLATFORM}`,
      options,
    );
  }
  switch (error.error) {
    case 'invalid_grant': {
      const why = description.includes('AADSTS54005')
        ? 'This code had already been redeemed.'
        : description.includes('AADSTS70008')
          ? 'This code had expired.'
          : 'This one was already used, has expired, or does not match.';
      return new SignInError(
        'invalid-grant',
        `The token endpoint refused the code (invalid_grant). An authorization code can be redeemed once, within minutes of being issued, with the redirect URI and the PKCE verifier it was issued for. ${why} Sign in again for a new code.${said}`,
        options,
      );
    }
    case 'invalid_client':
      return new SignInError(
        'invalid-client',
        `The token endpoint did not accept Tokenscope as a public client (invalid_client): it expects a client secret or other client authentication, which a page in a browser cannot keep. On Microsoft Entra, register ${redirectUri} under Single-page application rather than Web; elsewhere, make the client public (token endpoint authentication "none") with PKCE.${said}`,
        options,
      );
    default:
      return new SignInError(
        'token-endpoint-error',
        `The token endpoint refused to redeem the code: ${sentence(`${error.error}${error.description ? ` — ${error.description.trim()}` : ''}`)}`,
        options,
      );
  }
}

/** Why the ID token in the token response is not accepted, as facts. */
export type IdTokenFailure =
  | { kind: 'missing' }
  | { kind: 'nonce'; received: unknown }
  | { kind: 'issuer'; received: unknown; expected: string }
  | { kind: 'audience'; received: unknown; clientId: string }
  | { kind: 'authorized-party'; received: unknown; clientId: string }
  /** `now` in seconds since the epoch. */
  | { kind: 'timestamp'; claim: string; value: unknown; now: number }
  | { kind: 'invalid'; detail: string }
  | { kind: 'signature'; verdict: string; jwksUri: string };

export function describeIdTokenFailure(failure: IdTokenFailure): SignInError {
  switch (failure.kind) {
    case 'missing':
      return new SignInError(
        'id-token-missing',
        'The token response has no ID token although openid was requested, so the sign-in cannot be confirmed.',
      );
    case 'nonce':
      return new SignInError(
        'id-token-nonce',
        `The ID token's nonce ${failure.received === undefined ? 'is missing' : `${JSON.stringify(failure.received)} is not the one this sign-in sent`}, so it is not accepted as the answer to this sign-in: it may be replayed from another one. Sign in again.`,
      );
    case 'issuer':
      return new SignInError(
        'id-token-issuer',
        `The ID token's issuer ${JSON.stringify(failure.received)} is not ${failure.expected}, where this sign-in started.`,
      );
    case 'audience':
      return new SignInError(
        'id-token-audience',
        `The ID token is for ${JSON.stringify(failure.received)}, not for the client ${failure.clientId} that signed in.`,
      );
    case 'authorized-party':
      return new SignInError(
        'id-token-audience',
        `The ID token has several audiences, and its authorized party (azp) ${failure.received === undefined ? 'is missing' : JSON.stringify(failure.received)} instead of the client ${failure.clientId} that signed in.`,
      );
    case 'timestamp': {
      const at =
        typeof failure.value === 'number' ? ` (${formatUtcText(failure.value * 1000)})` : '';
      const when = failure.claim === 'nbf' ? 'is not valid yet' : 'has expired';
      return new SignInError(
        'id-token-expired',
        `The ID token ${when}: its ${failure.claim}${at} is outside this device's time, ${formatUtcText(failure.now * 1000)}, even with the tolerance. Check the device clock and sign in again.`,
      );
    }
    case 'invalid':
      return new SignInError(
        'id-token-invalid',
        `The ID token cannot be accepted: ${failure.detail}.`,
      );
    case 'signature':
      return new SignInError(
        'id-token-signature',
        `The ID token's signature does not check out against the issuer's keys (${failure.jwksUri}) — ${failure.verdict} Do not trust its claims.`,
      );
  }
}

/** The provider's words, ended as a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
