import { TokenscopeError } from '../errors.ts';

/** Where in the encoder a problem is: the UI shows the error beside that box. */
export type EncodeField = 'header' | 'payload' | 'key';

/** Where a JSON syntax error is, for the editor to put the caret there. */
export interface TextPosition {
  /** 0-based index in the text, in UTF-16 code units (what a textarea's selection uses). */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (code points) from the start of the line. */
  column: number;
}

export type EncodeErrorCode =
  | 'json-empty'
  | 'json-syntax'
  | 'json-too-deep'
  | 'header-not-object'
  | 'payload-not-object'
  | 'minutes-invalid'
  | 'header-rejected'
  | 'signing-failed'
  | 'encryption-failed'
  | 'not-editable';

/** Why the encoder cannot make a token from what was typed. */
export class EncodeError extends TokenscopeError {
  readonly code: EncodeErrorCode;
  readonly field: EncodeField;
  readonly position: TextPosition | undefined;

  constructor(
    code: EncodeErrorCode,
    message: string,
    details: { field: EncodeField; position?: TextPosition; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.code = code;
    this.field = details.field;
    this.position = details.position;
  }
}
