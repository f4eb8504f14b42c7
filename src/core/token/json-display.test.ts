import { describe, expect, it } from 'vitest';
import { limitForDisplay, stringifyWithSourceDigits, tokenizeJson } from './json-tokens.ts';
import { parseJson, type JsonValue } from './parse-json.ts';

const shown = (value: JsonValue, maxItems = 2) => {
  const limited = limitForDisplay(value, maxItems);
  return tokenizeJson(limited.value, Infinity, limited.marker)
    .map((token) => token.text)
    .join('');
};

describe('the JSON view shows what the token says', () => {
  it('keeps a __proto__ member when a long list is shortened', () => {
    const parsed = parseJson('{"__proto__":{"admin":true},"a":[1,2,3],"b":1}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const text = shown(parsed.value);
    expect(text).toContain('"__proto__": {\n    "admin": true\n  }');
    expect(text).toContain('… 1 more items');
  });

  it('keeps the source text of integers beyond 2^53, and says which', () => {
    const parsed = parseJson(
      '{"big":12345678901234567890,"list":[9007199254740993],"ok":9007199254740992}',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({
      big: 12345678901234567000,
      list: [9007199254740992],
      ok: 9007199254740992,
    });
    expect(parsed.roundedNumbers).toEqual([
      { path: ['big'], source: '12345678901234567890', value: 12345678901234567000 },
      { path: ['list', 0], source: '9007199254740993', value: 9007199254740992 },
    ]);
  });
});

describe('rounded numbers in view', () => {
  const text = '{"big":12345678901234567890,"list":[1,9007199254740993],"small":5}';
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error('test JSON must parse');

  it('are printed with their digits and marked, everything else as JSON.stringify prints it', () => {
    const limited = limitForDisplay(parsed.value, 100, parsed.roundedNumbers);
    expect(limited.rounded).toBe(2);
    const tokens = tokenizeJson(limited.value, Infinity, limited.marker);
    expect(tokens.map((token) => token.text).join('')).toBe(
      '{\n  "big": 12345678901234567890,\n  "list": [\n    1,\n    9007199254740993\n  ],\n  "small": 5\n}',
    );
    expect(tokens.filter((token) => token.rounded).map((token) => token.text)).toEqual([
      '12345678901234567890',
      '9007199254740993',
    ]);
  });

  it('are quoted with their digits in compact JSON', () => {
    expect(stringifyWithSourceDigits(parsed.value, parsed.roundedNumbers)).toBe(
      '{"big":12345678901234567890,"list":[1,9007199254740993],"small":5}',
    );
  });
});
