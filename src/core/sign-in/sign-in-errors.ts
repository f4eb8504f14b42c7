import { TokenscopeError } from '../errors.ts';
import type { IdentityProviderError } from '../token/normalize-input.ts';

/** What is wrong with the Sign in form, before anything leaves the page. */
export type SignInInputErrorCode =
  | 'authority-empty'
  | 'authority-invalid'
  | 'authority-insecure'
  | 'client-id-empty'
  | 'client-id-invalid'
  | 'scopes-empty'
  | 'scope-invalid'
  | 'openid-required'
  | 'prompt-invalid'
  | 'hint-invalid'
  | 'claims-json'
  | 'claims-invalid'
  | 'redirect-uri-invalid';

export class SignInInputError extends TokenscopeError {
  readonly code: SignInInputErrorCode;

  constructor(code: SignInInputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Why a sign-in did not end with tokens, from discovery to the ID token checks. */
export type SignInErrorCode =
  // The authorization server's metadata.
  | 'discovery-network'
  | 'discovery-cors'
  | 'discovery-timeout'
  | 'discovery-http-status'
  | 'discovery-not-json'
  | 'discovery-invalid'
  | 'discovery-issuer-mismatch'
  | 'endpoint-insecure'
  // The pending sign-in kept in sessionStorage, and coming back to Tokenscope.
  | 'storage-unavailable'
  | 'stray-code'
  | 'pending-expired'
  | 'pending-unreadable'
  | 'state-missing'
  | 'state-mismatch'
  | 'response-issuer-mismatch'
  | 'response-invalid'
  | 'provider-error'
  | 'code-missing'
  // The code exchange.
  | 'token-endpoint-cors'
  | 'token-endpoint-network'
  | 'token-endpoint-timeout'
  | 'invalid-grant'
  | 'invalid-client'
  | 'spa-registration-required'
  | 'token-endpoint-error'
  | 'token-endpoint-http-status'
  | 'token-response-invalid'
  // The ID token.
  | 'id-token-missing'
  | 'id-token-nonce'
  | 'id-token-issuer'
  | 'id-token-audience'
  | 'id-token-expired'
  | 'id-token-invalid'
  | 'id-token-signature';

export class SignInError extends TokenscopeError {
  readonly code: SignInErrorCode;
  /**
   * The identity provider's own `error` / `error_description` / `error_uri`, when it sent
   * them (from the redirect or the token endpoint), for the existing provider-error display.
   */
  readonly identityProviderError: IdentityProviderError | undefined;

  constructor(
    code: SignInErrorCode,
    message: string,
    options?: { cause?: unknown; identityProviderError?: IdentityProviderError | undefined },
  ) {
    super(message, options);
    this.code = code;
    this.identityProviderError = options?.identityProviderError;
  }
}
