import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revealDeceptiveCharacters, tokenizeJson } from './json-tokens.ts';
import type { JsonValue } from './parse-json.ts';

describe('tokenizeJson', () => {
  it('reproduces JSON.stringify(value, null, 2) exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const tokens = tokenizeJson(value as JsonValue);
        expect(tokens.map((token) => token.text).join('')).toBe(
          revealDeceptiveCharacters(JSON.stringify(value, null, 2)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('tells keys from string values and colours every primitive', () => {
    const tokens = tokenizeJson({ sub: 'a"b', n: -1.5e3, ok: true, none: null, list: ['x'] });
    const coloured = tokens.filter((token) => token.kind !== 'punctuation');
    expect(coloured).toEqual([
      { kind: 'key', text: '"sub"' },
      { kind: 'string', text: '"a\\"b"' },
      { kind: 'key', text: '"n"' },
      { kind: 'number', text: '-1500' },
      { kind: 'key', text: '"ok"' },
      { kind: 'boolean', text: 'true' },
      { kind: 'key', text: '"none"' },
      { kind: 'null', text: 'null' },
      { kind: 'key', text: '"list"' },
      { kind: 'string', text: '"x"' },
    ]);
  });

  it('treats a string that looks like a key inside an array as a value', () => {
    const tokens = tokenizeJson(['a:', 'b']);
    expect(tokens.filter((token) => token.kind === 'string').map((token) => token.text)).toEqual([
      '"a:"',
      '"b"',
    ]);
  });

  it('shortens long strings for display and says how much it hid', () => {
    const tokens = tokenizeJson({ big: 'x'.repeat(100) }, 20);
    expect(tokens.find((token) => token.kind === 'string')).toEqual({
      kind: 'string',
      text: `"${'x'.repeat(19)}`,
      hidden: 82,
    });
  });

  it('writes bidi overrides and invisible characters as escapes', () => {
    const tokens = tokenizeJson({ note: 'invoice\u202Egnp.exe', z: 'a\u200Bb' });
    expect(tokens.filter((token) => token.kind === 'string').map((token) => token.text)).toEqual([
      '"invoice\\u202Egnp.exe"',
      '"a\\u200Bb"',
    ]);
  });
});
