import { describe, expect, it } from 'vitest';
import { EncodeError } from './encode-errors.ts';
import { locate, readHeaderText, readJsonText } from './json-text.ts';

function failure(result: ReturnType<typeof readJsonText>) {
  if (result.ok) throw new Error('expected a failure');
  expect(result.error).toBeInstanceOf(EncodeError);
  const { code, field, message, position } = result.error;
  return { code, field, message, position };
}

describe('readJsonText', () => {
  it('accepts any JSON value and reports duplicate members', () => {
    expect(readJsonText('[1, "two"]', 'payload')).toEqual({
      ok: true,
      value: [1, 'two'],
      duplicates: [],
      roundedNumbers: [],
    });
    expect(readJsonText('{"a": 1, "a": 2}', 'payload')).toEqual({
      ok: true,
      value: { a: 2 },
      duplicates: [{ path: 'a', name: 'a', values: [1, 2] }],
      roundedNumbers: [],
    });
  });

  it('places a syntax error by line and column', () => {
    const text = '{\n  "sub": "1234567890",\n  "name" "John"\n}';
    expect(failure(readJsonText(text, 'payload'))).toEqual({
      code: 'json-syntax',
      field: 'payload',
      message: "The payload is not valid JSON: expected ':' (line 3, column 10).",
      position: { offset: 34, line: 3, column: 10 },
    });
    expect(text[34]).toBe('"');
  });

  it('places an error at the end of cut-off text', () => {
    expect(failure(readJsonText('{"typ": "JWT"', 'header'))).toEqual({
      code: 'json-syntax',
      field: 'header',
      message: "The header is not valid JSON: expected '}' (line 1, column 14).",
      position: { offset: 13, line: 1, column: 14 },
    });
  });

  it('says the text is empty, with an example of what to type', () => {
    expect(failure(readJsonText(' \n', 'header'))).toEqual({
      code: 'json-empty',
      field: 'header',
      message:
        'The header is empty: type a JSON object, for example {"typ": "JWT"}; "alg" is filled in from Algorithm.',
      position: undefined,
    });
    expect(failure(readJsonText('', 'payload')).message).toBe(
      'The payload is empty: type a JSON value, for example {"sub": "1234567890"}.',
    );
  });

  it('refuses nesting deeper than the decoder reads', () => {
    expect(failure(readJsonText('['.repeat(300) + ']'.repeat(300), 'payload'))).toEqual({
      code: 'json-too-deep',
      field: 'payload',
      message: 'The payload is nested 300 levels deep; Tokenscope reads at most 256.',
      position: undefined,
    });
  });
});

describe('readHeaderText', () => {
  it('needs a JSON object', () => {
    expect(failure(readHeaderText('["alg"]'))).toEqual({
      code: 'header-not-object',
      field: 'header',
      message: 'The header must be a JSON object, but this is an array.',
      position: undefined,
    });
    expect(readHeaderText('{"typ":"JWT"}')).toEqual({
      ok: true,
      value: { typ: 'JWT' },
      duplicates: [],
    });
  });
});

describe('locate', () => {
  it('counts CRLF, CR and LF as one line break each', () => {
    expect(locate('a\r\nb\rc\nd', 7)).toEqual({ offset: 7, line: 4, column: 1 });
    expect(locate('a\r\nb', 2)).toEqual({ offset: 2, line: 1, column: 3 });
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(locate('{"😀": x', 7)).toEqual({ offset: 7, line: 1, column: 7 });
  });

  it('keeps the offset inside the text', () => {
    expect(locate('ab', 9)).toEqual({ offset: 2, line: 1, column: 3 });
  });
});
