import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode-token.ts';
import { encodeBase64url } from './base64url.ts';
import { parseJson } from './parse-json.ts';
import { parseKeys } from '../verify/parse-keys.ts';

const utf8 = (text: string) => encodeBase64url(new TextEncoder().encode(text));

describe('deeply nested, unterminated JSON', () => {
  it.each([5_000, 8_000, 100_000])(
    '%d levels are a depth failure, not a stack overflow',
    (depth) => {
      expect(parseJson('['.repeat(depth))).toEqual({ ok: false, reason: 'depth', depth });
      expect(parseJson(`{"a":${'{"a":'.repeat(depth - 1)}`)).toEqual({
        ok: false,
        reason: 'depth',
        depth,
      });
    },
  );

  it('in the payload is a decode error that names the segment', () => {
    const decoded = decodeToken(`${utf8('{"alg":"RS256"}')}.${utf8('['.repeat(8_000))}.AQID`);
    expect(decoded.errors.map((error) => [error.code, error.message])).toEqual([
      [
        'json-too-deep',
        'Payload segment: the JSON is nested 8,000 levels deep; Tokenscope shows at most 256 levels.',
      ],
    ]);
  });

  it('in the header is a decode error that names the segment', () => {
    const decoded = decodeToken(`${utf8('{"a":'.repeat(6_000))}.${utf8('{}')}.AQID`);
    expect(decoded.errors[0]?.message).toBe(
      'Header segment: the JSON is nested 6,000 levels deep; Tokenscope shows at most 256 levels.',
    );
  });

  it('in Keys is a key error that says how deep', () => {
    const parsed = parseKeys('{"keys":'.repeat(7_000));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('json-too-deep');
    expect(parsed.error.message).toBe(
      'The keys are JSON nested 7,000 levels deep; Tokenscope reads at most 256 levels, and no key set needs more than 3.',
    );
  });
});
