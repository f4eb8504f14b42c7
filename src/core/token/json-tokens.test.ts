import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitForDisplay, revealDeceptiveCharacters, tokenizeJson } from './json-tokens.ts';
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

  it('leaves out long array tails and object members, and says how many', () => {
    const members = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`k${i}`, i]));
    const limited = limitForDisplay({ groups: ['a', 'b', 'c', 'd'], members }, 3);
    expect(limited.omitted).toBe(3);
    const text = tokenizeJson(limited.value, Infinity, limited.marker)
      .map((token) => token.text)
      .join('');
    expect(text).toBe(
      [
        '{',
        '  "groups": [',
        '    "a",',
        '    "b",',
        '    "c",',
        '    … 1 more items',
        '  ],',
        '  "members": {',
        '    "k0": 0,',
        '    "k1": 1,',
        '    "k2": 2,',
        '    … 2 more members',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('leaves small values as they are', () => {
    const value = { a: [1, 2], b: { c: 3 } };
    expect(limitForDisplay(value, 3)).toMatchObject({ value, omitted: 0 });
  });

  it('cannot be fooled by a token that contains the placeholder character', () => {
    const { marker } = limitForDisplay([1, 2, 3], 1);
    const tokens = tokenizeJson(['\ue0005 more items', `${marker.slice(0, 3)}x`], Infinity, marker);
    expect(tokens.some((token) => token.kind === 'omitted')).toBe(false);
  });
});
