import { TokenscopeError } from '../errors.ts';

export type TokenSetErrorCode =
  /** Text that looks like a token endpoint response but is not valid JSON. */
  | 'response-not-json'
  /** A JSON object without an id_token, access_token or refresh_token string. */
  | 'response-no-tokens'
  /** A token endpoint error response (RFC 6749 §5.2) instead of tokens. */
  | 'error-response';

/**
 * Why an input that should hold several tokens holds none that can be shown. `position` is the
 * 1-based character of a JSON syntax error.
 */
export class TokenSetError extends TokenscopeError {
  readonly code: TokenSetErrorCode;
  readonly position: number | undefined;

  constructor(code: TokenSetErrorCode, message: string, details: { position?: number } = {}) {
    super(message);
    this.code = code;
    this.position = details.position;
  }
}
