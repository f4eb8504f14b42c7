import { TokenscopeError } from '../errors.ts';

export type DecryptErrorCode =
  | 'empty-token'
  | 'not-jwe'
  | 'malformed'
  | 'unsupported-alg'
  | 'unsupported-enc'
  | 'unsupported'
  | 'password-needed'
  | 'password-too-costly'
  | 'wrong-key'
  | 'unsupported-by-browser'
  | 'decryption-failed';

/**
 * Why a JWE could not be decrypted. A wrong key is reported as exactly that and nothing more:
 * which step failed inside decryption would tell an attacker about the key or the content.
 */
export class DecryptError extends TokenscopeError {
  readonly code: DecryptErrorCode;

  constructor(code: DecryptErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
