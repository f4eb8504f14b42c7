import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { encodeBase64url } from '../token/base64url.ts';
import { buildClaimRowPage, buildClaimRows } from './claim-rows.ts';
import { TEST_NOW } from './test-tokens.ts';

const utf8 = (text: string) => encodeBase64url(new TextEncoder().encode(text));

describe('claim rows: integers beyond 2^53', () => {
  it('show the digits the token carries and warn that JavaScript reads them rounded', () => {
    const decoded = decodeToken(
      `${utf8('{"alg":"RS256"}')}.${utf8('{"oid_num":12345678901234567890,"ids":[1,9007199254740993]}')}.AQID`,
    );
    const rows = buildClaimRows(decoded, TEST_NOW);
    const big = rows.find((row) => row.name === 'oid_num')!;
    expect(big.text).toBe('12345678901234567890');
    expect(big.annotation.notes).toContainEqual({
      tone: 'warning',
      text: '12345678901234567890 is beyond 2^53: JavaScript, and every verifier built on it, reads it rounded as 12345678901234567000.',
    });
    const ids = rows.find((row) => row.name === 'ids')!;
    expect(ids.text).toBe('[1,9007199254740993]');
    expect(ids.annotation.notes).toContainEqual({
      tone: 'warning',
      text: '9007199254740993 (at [1]) is beyond 2^53: JavaScript, and every verifier built on it, reads it rounded as 9007199254740992.',
    });
  });
});

describe('buildClaimRowPage', () => {
  it('builds only the rows a view shows, and counts them all', () => {
    const claims = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`c${i}`, i]));
    const decoded = decodeToken(
      `${utf8('{"alg":"RS256","kid":"k"}')}.${utf8(JSON.stringify(claims))}.AQID`,
    );
    const page = buildClaimRowPage(decoded, TEST_NOW, 5);
    expect(page.total).toBe(1002);
    expect(page.rows.map((row) => row.name)).toEqual(['alg', 'kid', 'c0', 'c1', 'c2']);
  });
});
