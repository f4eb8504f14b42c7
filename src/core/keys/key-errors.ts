import { TokenscopeError } from '../errors.ts';

/**
 * Why pasted or generated key material cannot be used to sign, encrypt, decrypt or convert.
 * Messages say what the key is and what it would be good for; none of them ever quotes key
 * material.
 */
export type KeyMaterialErrorCode =
  | 'empty'
  | 'json-syntax'
  | 'not-a-key'
  | 'jwks-empty'
  | 'no-usable-key'
  | 'ambiguous-key'
  | 'kid-not-found'
  | 'jwk-invalid'
  | 'pem-invalid'
  | 'pem-unsupported'
  | 'pem-encrypted'
  | 'unsupported-key-type'
  | 'wrong-algorithm'
  | 'public-key'
  | 'private-key'
  | 'key-restricted'
  | 'key-too-short'
  | 'key-length-mismatch'
  | 'secret-invalid'
  | 'key-unusable'
  | 'unsupported-by-browser';

export class KeyMaterialError extends TokenscopeError {
  readonly code: KeyMaterialErrorCode;

  constructor(code: KeyMaterialErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
