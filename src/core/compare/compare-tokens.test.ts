import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeJwe,
  TEST_NOW_SECONDS,
  V2_ACCESS_PAYLOAD,
  V2_HEADER,
} from '../claims/test-tokens.ts';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import type { JsonObject, JsonValue } from '../token/parse-json.ts';
import { compareTokens, DIFFERENCE_COLUMNS } from './compare-tokens.ts';
import { diffClaims, signedDuration } from './diff-claims.ts';
import { sameJson } from './same-json.ts';

const SIGNATURE = new Uint8Array([1, 2, 3, 4]);

function token(payload: object, header: object = V2_HEADER, signature = SIGNATURE) {
  return decodeToken(encodeToken(header, payload, signature));
}

/** The table as the UI renders it: Where, Claim, First, Second, Change. */
function rows(first: object, second: object, header?: [object, object]) {
  return compareTokens(token(first, header?.[0]), token(second, header?.[1])).differences.map(
    (difference) => [
      difference.whereText,
      difference.claim,
      difference.firstText,
      difference.secondText,
      difference.changeText,
    ],
  );
}

describe('compareTokens', () => {
  it('lists only the claims that differ, with time claims as durations', () => {
    const renewed = {
      ...V2_ACCESS_PAYLOAD,
      iat: V2_ACCESS_PAYLOAD.iat + 3900,
      nbf: V2_ACCESS_PAYLOAD.nbf + 3900,
      exp: V2_ACCESS_PAYLOAD.exp + 3900,
      uti: 'Qm9vdGhTdHJhcEF0Mw',
    };
    expect(DIFFERENCE_COLUMNS).toEqual(['Where', 'Claim', 'First', 'Second', 'Change']);
    expect(rows(V2_ACCESS_PAYLOAD, renewed)).toEqual([
      [
        'Payload',
        'iat',
        '1736941800 (2025-01-15T11:50:00Z)',
        '1736945700 (2025-01-15T12:55:00Z)',
        'iat +1h05m',
      ],
      [
        'Payload',
        'nbf',
        '1736941800 (2025-01-15T11:50:00Z)',
        '1736945700 (2025-01-15T12:55:00Z)',
        'nbf +1h05m',
      ],
      [
        'Payload',
        'exp',
        '1736946300 (2025-01-15T13:05:00Z)',
        '1736950200 (2025-01-15T14:10:00Z)',
        'exp +1h05m',
      ],
      ['Payload', 'uti', 'Qm9vdGhTdHJhcEF0Mg', 'Qm9vdGhTdHJhcEF0Mw', 'changed'],
    ]);
  });

  it('writes durations as the simulator does, earlier ones negative and short ones in seconds', () => {
    expect(rows({ exp: TEST_NOW_SECONDS }, { exp: TEST_NOW_SECONDS + 9000 })[0]?.[4]).toBe(
      'exp +2h30m',
    );
    expect(rows({ exp: TEST_NOW_SECONDS }, { exp: TEST_NOW_SECONDS - 72000 })[0]?.[4]).toBe(
      'exp -20h00m',
    );
    expect(rows({ auth_time: 10 }, { auth_time: 40 })[0]?.[4]).toBe('auth_time +30s');
    expect(rows({ updated_at: 0 }, { updated_at: 3600 })[0]?.[4]).toBe('updated_at +1h00m');
    expect(signedDuration(0.5)).toBe('+0.5s');
  });

  it('compares scope lists and role, group and aud arrays as sets', () => {
    expect(
      rows(
        {
          scp: 'Orders.Read User.Read',
          roles: ['a', 'b'],
          groups: ['g1'],
          aud: 'api://x',
          wids: ['w'],
        },
        {
          scp: 'User.Read  Orders.Write',
          roles: ['b', 'a'],
          groups: ['g1', 'g2'],
          aud: ['api://x', 'api://y'],
          wids: ['w', 'w'],
        },
      ),
    ).toEqual([
      [
        'Payload',
        'scp',
        'Orders.Read User.Read',
        'User.Read  Orders.Write',
        'added "Orders.Write"; removed "Orders.Read"',
      ],
      ['Payload', 'groups', '["g1"]', '["g1","g2"]', 'added "g2"'],
      ['Payload', 'aud', 'api://x', '["api://x","api://y"]', 'added "api://y"'],
    ]);
  });

  it('keeps the set members for the UI', () => {
    const [difference] = compareTokens(
      token({ amr: ['pwd'] }),
      token({ amr: ['pwd', 'mfa', 'mfa'] }),
    ).differences;
    expect(difference).toMatchObject({ change: 'changed', added: ['mfa'], removed: [] });
  });

  it('lists added and removed claims and header parameters', () => {
    expect(
      rows({ a: 1 }, { b: { c: [1] } }, [
        { alg: 'RS256', kid: 'k1' },
        { alg: 'RS256', typ: 'JWT' },
      ]),
    ).toEqual([
      ['Header', 'kid', 'k1', '—', 'removed'],
      ['Header', 'typ', '—', 'JWT', 'added'],
      ['Payload', 'a', '1', '—', 'removed'],
      ['Payload', 'b', '—', '{"c":[1]}', 'added'],
    ]);
  });

  it('compares nested values structurally, whatever the member order', () => {
    expect(
      rows({ x: { a: 1, b: [1, { c: 2, d: 3 }] } }, { x: { b: [1, { d: 3, c: 2 }], a: 1 } }),
    ).toEqual([]);
    expect(rows({ x: [1, 2] }, { x: [2, 1] })).toEqual([
      ['Payload', 'x', '[1,2]', '[2,1]', 'changed'],
    ]);
  });

  it('says how many claims differ, and when only the signature does', () => {
    expect(compareTokens(token({ a: 1, b: 2 }), token({ a: 2 })).message).toBe(
      '2 differences: 1 changed, 1 removed.',
    );
    expect(compareTokens(token({ a: 1 }), token({ a: 1 }))).toEqual({
      status: 'same',
      message: 'The two tokens have the same header and payload.',
      differences: [],
      notes: [],
    });
    expect(
      compareTokens(token({ a: 1 }), token({ a: 1 }, V2_HEADER, new Uint8Array([9]))).message,
    ).toBe('The two tokens have the same header and payload. Only their signatures differ.');
  });

  it('compares only the headers of encrypted tokens', () => {
    const result = compareTokens(
      decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM' }),
      decodeJwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }),
    );
    expect(result.notes).toEqual([
      'The payload is encrypted (JWE), so only the headers are compared.',
    ]);
    expect(result.differences.map((d) => [d.claim, d.changeText])).toEqual([['alg', 'changed']]);
  });

  it('waits for a second token, and says which token cannot be compared', () => {
    expect(compareTokens(token({}), decodeToken(' ')).message).toBe(
      'Paste a second token to compare.',
    );
    expect(compareTokens(token({}), decodeToken('abc'))).toMatchObject({
      status: 'not-comparable',
      message:
        "The second token has no header to compare: This is not a JWT: it has no '.' separators. Opaque tokens (refresh tokens, authorization codes, some Microsoft consumer-account tokens) carry nothing that can be decoded.",
    });
  });

  it('shows hidden characters and shortens huge values', () => {
    const [difference] = compareTokens(
      token({ name: 'a' }),
      token({ name: `b\u202Ec${'x'.repeat(400)}` }),
    ).differences;
    expect(difference?.secondText.startsWith('b⟨U+202E⟩cxxx')).toBe(true);
    expect(difference?.secondText.endsWith('x…')).toBe(true);
    expect(difference?.secondText.length).toBe(301);
  });
});

// Names with a meaning of their own (set and time claims) are tested above; these are plain.
const SPECIAL = new Set([
  'scp',
  'scope',
  'roles',
  'groups',
  'wids',
  'amr',
  'aud',
  'exp',
  'nbf',
  'iat',
  'auth_time',
  'updated_at',
  'pwd_exp',
]);
const name = fc.string({ maxLength: 6 }).filter((key) => !SPECIAL.has(key));
const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;
const claims = fc.dictionary(name, json, { maxKeys: 8 }) as fc.Arbitrary<JsonObject>;

/** The same members in reverse order, nested objects included. */
function reordered(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(reordered);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, member]) => [key, reordered(member)]),
    );
  }
  return value;
}

describe('diffClaims properties', () => {
  it('finds nothing between a claims set and itself, or itself reordered', () => {
    fc.assert(
      fc.property(claims, (a) => {
        expect(diffClaims('payload', a, a)).toEqual([]);
        expect(diffClaims('payload', a, reordered(a) as JsonObject)).toEqual([]);
      }),
    );
  });

  it('lists exactly the members that differ, each once', () => {
    fc.assert(
      fc.property(claims, claims, (a, b) => {
        const listed = diffClaims('payload', a, b).map((difference) => difference.claim);
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        const differing = [...keys].filter(
          (key) => !(Object.hasOwn(a, key) && Object.hasOwn(b, key) && sameJson(a[key], b[key])),
        );
        expect(new Set(listed)).toEqual(new Set(differing));
        expect(listed.length).toBe(differing.length);
      }),
    );
  });

  it('says added, removed or changed as the members do', () => {
    fc.assert(
      fc.property(claims, claims, (a, b) => {
        for (const difference of diffClaims('payload', a, b)) {
          const inA = Object.hasOwn(a, difference.claim);
          const inB = Object.hasOwn(b, difference.claim);
          expect(difference.change).toBe(inA && inB ? 'changed' : inA ? 'removed' : 'added');
        }
      }),
    );
  });
});
