import { TokenscopeError } from '../errors.ts';
import type { SegmentName } from './segments.ts';

export type DecodeErrorCode =
  | 'input-too-large'
  | 'no-token-in-url'
  | 'error-response'
  | 'json-serialization'
  | 'not-compact'
  | 'segment-count'
  | 'segment-empty'
  | 'base64url-character'
  | 'base64url-length'
  | 'base64url-unused-bits'
  | 'utf8-invalid'
  | 'json-syntax'
  | 'json-too-deep'
  | 'header-not-object'
  | 'alg-missing'
  | 'enc-missing'
  | 'signature-empty'
  | 'unsecured-with-signature';

/**
 * A decoding failure. `segment` names the segment that failed (absent for whole-input
 * failures); `position` is the 1-based character position inside that segment (or inside
 * the decoded JSON text for `json-syntax`).
 */
export class DecodeError extends TokenscopeError {
  readonly code: DecodeErrorCode;
  readonly segment: SegmentName | undefined;
  readonly position: number | undefined;

  constructor(
    code: DecodeErrorCode,
    message: string,
    details: { segment?: SegmentName; position?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.code = code;
    this.segment = details.segment;
    this.position = details.position;
  }
}
