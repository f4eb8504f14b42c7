import { describeJsonType } from '../token/decode-token.ts';
import {
  MAX_NESTING,
  isJsonObject,
  parseJson,
  type DuplicateMember,
  type JsonObject,
  type JsonValue,
} from '../token/parse-json.ts';
import { EncodeError, type TextPosition } from './encode-errors.ts';

export type JsonField = 'header' | 'payload';

export type JsonTextResult =
  { ok: true; value: JsonValue; duplicates: DuplicateMember[] } | { ok: false; error: EncodeError };

const EXAMPLES: Record<JsonField, string> = {
  header: 'type a JSON object, for example {"typ": "JWT"}; "alg" is filled in from Algorithm',
  payload: 'type a JSON value, for example {"sub": "1234567890"}',
};

/**
 * Validates the text of the Header or Payload editor with the decoder's own JSON parser
 * (parse-json.ts), adding what an editor needs: the line and column of a syntax error.
 */
export function readJsonText(text: string, field: JsonField): JsonTextResult {
  if (text.trim() === '') {
    return fail('json-empty', `The ${field} is empty: ${EXAMPLES[field]}.`, field);
  }
  const parsed = parseJson(text);
  if (parsed.ok) return parsed;
  if (parsed.reason === 'depth') {
    return fail(
      'json-too-deep',
      `The ${field} is nested ${parsed.depth.toLocaleString('en')} levels deep; Tokenscope reads at most ${MAX_NESTING}.`,
      field,
    );
  }
  const position = locate(text, parsed.position - 1);
  return fail(
    'json-syntax',
    `The ${field} is not valid JSON: ${parsed.message} (line ${position.line}, column ${position.column}).`,
    field,
    position,
  );
}

/** The header must be an object (RFC 7515 §4, RFC 7516 §4). */
export function readHeaderText(
  text: string,
):
  | { ok: true; value: JsonObject; duplicates: DuplicateMember[] }
  | { ok: false; error: EncodeError } {
  const read = readJsonText(text, 'header');
  if (!read.ok) return read;
  if (!isJsonObject(read.value)) {
    return fail(
      'header-not-object',
      `The header must be a JSON object, but this is ${describeJsonType(read.value)}.`,
      'header',
    );
  }
  return { ok: true, value: read.value, duplicates: read.duplicates };
}

/** Line and column of a 0-based offset; "\r\n", "\n" and "\r" each end a line. */
export function locate(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = [...text.slice(lineStart, clamped)].length + 1;
  return { offset: clamped, line, column };
}

function fail(
  code: 'json-empty' | 'json-syntax' | 'json-too-deep' | 'header-not-object',
  message: string,
  field: JsonField,
  position?: TextPosition,
): { ok: false; error: EncodeError } {
  return {
    ok: false,
    error: new EncodeError(code, message, position ? { field, position } : { field }),
  };
}
