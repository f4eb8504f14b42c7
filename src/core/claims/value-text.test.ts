import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../token/parse-json.ts';
import { TOO_DEEP_TEXT, valueText } from './value-text.ts';

describe('valueText', () => {
  it('writes strings as they are and other values as compact JSON', () => {
    expect(valueText('a "b"')).toBe('a "b"');
    expect(valueText({ a: [1, null, true] })).toBe('{"a":[1,null,true]}');
  });

  it('gives a placeholder for values too deeply nested to stringify', () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`) as JsonValue;
    expect(valueText(deep)).toBe(TOO_DEEP_TEXT);
  });
});
