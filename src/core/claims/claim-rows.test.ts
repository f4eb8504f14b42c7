import { describe, expect, it } from 'vitest';
import { buildClaimRows, PREVIEW_LENGTH } from './claim-rows.ts';
import {
  decodeJwe,
  decodeParts,
  decodeTexts,
  TEST_NOW,
  V1_ACCESS_PAYLOAD,
  V1_HEADER,
} from './test-tokens.ts';

describe('buildClaimRows', () => {
  it('lists header parameters, then payload claims, in token order', () => {
    const rows = buildClaimRows(decodeParts(V1_HEADER, V1_ACCESS_PAYLOAD), TEST_NOW);
    expect(rows.map((row) => `${row.location}:${row.name}`)).toEqual([
      ...Object.keys(V1_HEADER).map((name) => `header:${name}`),
      ...Object.keys(V1_ACCESS_PAYLOAD).map((name) => `payload:${name}`),
    ]);
  });

  it('keeps integer-like names where the token writes them', () => {
    const rows = buildClaimRows(decodeTexts('{"alg":"RS256"}', '{"sub":"a","7":"x"}'), TEST_NOW);
    expect(rows.map((row) => row.name)).toEqual(['alg', 'sub', '7']);
  });

  it('describes known claims from the registry and unknown ones as custom', () => {
    const rows = buildClaimRows(
      decodeParts({ alg: 'RS256', 'x-trace': 1 }, { exp: 1, favourite: 'teal' }),
      TEST_NOW,
    );
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('alg')?.entry?.title).toBe('Algorithm');
    expect(byName.get('exp')?.description).toMatch(/stops being valid/);
    expect(byName.get('x-trace')?.entry).toBeUndefined();
    expect(byName.get('x-trace')?.description).toMatch(/^Custom header parameter/);
    expect(byName.get('favourite')?.description).toMatch(/^Custom claim/);
  });

  it('uses the header meaning of nonce in the header and the payload meaning in the payload', () => {
    const rows = buildClaimRows(
      decodeParts({ alg: 'RS256', nonce: 'a' }, { nonce: 'b' }),
      TEST_NOW,
    );
    expect(rows[1]?.description).toMatch(/Microsoft/);
    expect(rows[2]?.description).toMatch(/sign-in request/);
  });

  it('writes strings as they are and other values as compact JSON', () => {
    const rows = buildClaimRows(
      decodeParts({ alg: 'RS256' }, { s: 'a "quoted" <b>', n: 1.5, l: ['x', 2], o: { a: null } }),
      TEST_NOW,
    );
    expect(rows.slice(1).map((row) => row.text)).toEqual([
      'a "quoted" <b>',
      '1.5',
      '["x",2]',
      '{"a":null}',
    ]);
  });

  it('never links header parameters, even https ones', () => {
    const rows = buildClaimRows(
      decodeParts({ alg: 'RS256', jku: 'https://evil.example/keys' }, {}),
      TEST_NOW,
    );
    expect(rows[1]?.link).toBeUndefined();
  });

  it('links https values only', () => {
    const rows = buildClaimRows(
      decodeParts(
        { alg: 'RS256' },
        { picture: 'https://example.com/me.png', website: 'javascript:alert(1)' },
      ),
      TEST_NOW,
    );
    expect(rows[1]?.link).toBe('https://example.com/me.png');
    expect(rows[2]?.link).toBeUndefined();
  });

  it('gives a preview of long values, without splitting a character', () => {
    const long = '😀'.repeat(PREVIEW_LENGTH + 10);
    const rows = buildClaimRows(decodeParts({ alg: 'RS256' }, { long, short: 'x' }), TEST_NOW);
    expect(rows[1]?.preview).toBe('😀'.repeat(PREVIEW_LENGTH));
    expect(rows[1]?.text).toBe(long);
    expect(rows[2]?.preview).toBeUndefined();
  });

  it('shows invisible characters and says so', () => {
    const rows = buildClaimRows(decodeParts({ alg: 'RS256' }, { name: 'exe.\u202Egpj' }), TEST_NOW);
    expect(rows[1]?.text).toBe('exe.\u202Egpj');
    expect(rows[1]?.shown).toBe('exe.⟨U+202E⟩gpj');
    expect(rows[1]?.annotation.notes).toEqual([
      {
        tone: 'warning',
        text: 'Contains 1 invisible or direction-changing character, shown as ⟨U+…⟩.',
      },
    ]);
  });

  it('marks names given twice and shows the value JSON.parse keeps', () => {
    const rows = buildClaimRows(
      decodeTexts('{"alg":"RS256"}', '{"exp":1,"sub":"a","exp":2}'),
      TEST_NOW,
    );
    expect(rows.map((row) => [row.name, row.value, row.duplicated])).toEqual([
      ['alg', 'RS256', false],
      ['exp', 2, true],
      ['sub', 'a', false],
    ]);
  });

  it('annotates values', () => {
    const rows = buildClaimRows(decodeParts(V1_HEADER, V1_ACCESS_PAYLOAD), TEST_NOW);
    const wids = rows.find((row) => row.name === 'wids');
    expect(wids?.annotation.list?.items[0]?.meaning).toBe('Global Administrator');
  });

  it('shows only the header of a JWE or a token whose payload is not a JSON object', () => {
    expect(
      buildClaimRows(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM' }), TEST_NOW).map(
        (row) => row.name,
      ),
    ).toEqual(['alg', 'enc']);
    expect(buildClaimRows(decodeParts({ alg: 'HS256' }, 'hello'), TEST_NOW)).toHaveLength(1);
    expect(buildClaimRows(decodeParts({ alg: 'HS256' }, [1, 2]), TEST_NOW)).toHaveLength(1);
  });

  it('gives nothing for an empty or invalid input', () => {
    expect(buildClaimRows(decodeParts({ alg: 'RS256' }, {}), TEST_NOW)).toHaveLength(1);
  });
});
