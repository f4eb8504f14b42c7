import { TokenscopeError } from '../errors.ts';

/**
 * Why a token could not be called verified. The verdict's first words follow from the code
 * (see verdict.ts), so the UI can switch on it without parsing messages.
 */
export type VerifyErrorCode =
  | 'empty'
  | 'undecodable'
  | 'signature-missing'
  | 'unsecured'
  | 'encrypted'
  | 'unencoded-payload'
  | 'crit-invalid'
  | 'crit-unknown'
  | 'microsoft-api-token'
  | 'unsupported-algorithm'
  | 'unsupported-by-browser'
  | 'algorithm-confusion'
  | 'issuer-published-secret'
  | 'issuer-mismatch'
  | 'key-type-mismatch'
  | 'no-keys'
  | 'only-token-named-keys'
  | 'no-matching-key'
  | 'signature-mismatch'
  | 'key-unusable';

export class VerifyError extends TokenscopeError {
  readonly code: VerifyErrorCode;

  constructor(code: VerifyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Key material that cannot be used: pasted by the user or served as a JWKS. */
export type KeyErrorCode =
  | 'empty'
  | 'json-syntax'
  | 'json-too-deep'
  | 'not-a-key'
  | 'discovery-document'
  | 'jwks-invalid'
  | 'jwks-empty'
  | 'jwk-invalid'
  | 'unsupported-key-type'
  | 'pem-invalid'
  | 'pem-private-key'
  | 'pem-unsupported'
  | 'der-invalid'
  | 'secret-invalid'
  | 'secret-is-public-key';

export class KeyError extends TokenscopeError {
  readonly code: KeyErrorCode;

  constructor(code: KeyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Finding and fetching an issuer's keys: the discovery URL, the network, the documents. */
export type DiscoveryErrorCode =
  | 'issuer-missing'
  | 'issuer-not-url'
  | 'url-invalid'
  | 'url-insecure'
  | 'url-not-allowed'
  | 'url-not-well-known'
  | 'issuer-mismatch'
  | 'network'
  | 'cors'
  | 'timeout'
  | 'http-status'
  | 'not-json'
  | 'not-object'
  | 'document-issuer-missing'
  | 'jwks-uri-missing'
  | 'jwks-uri-invalid';

export class DiscoveryError extends TokenscopeError {
  readonly code: DiscoveryErrorCode;

  constructor(code: DiscoveryErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
