import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToken, type DecodedToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import type { JsonValue } from '../token/parse-json.ts';
import { buildClaimRows } from './claim-rows.ts';
import { findFindings } from './find-findings.ts';
import type { Finding, FindingId } from './finding.ts';
import { summarizeToken } from './token-summary.ts';
import {
  decodeJwe,
  decodeParts,
  decodeTexts,
  TEST_NOW,
  TEST_NOW_SECONDS,
  V1_ACCESS_PAYLOAD,
  V1_HEADER,
  V2_ACCESS_PAYLOAD,
  V2_APP_ONLY_PAYLOAD,
  V2_HEADER,
  V2_ID_TOKEN_PAYLOAD,
  withoutClaim,
} from './test-tokens.ts';

const BASE_HEADER = V2_HEADER;
const BASE_PAYLOAD = V2_ACCESS_PAYLOAD;

const ids = (decoded: DecodedToken) => findFindings(decoded).map((finding) => finding.id);
const find = (decoded: DecodedToken, id: FindingId): Finding | undefined =>
  findFindings(decoded).find((finding) => finding.id === id);
const withHeader = (extra: object) => decodeParts({ ...BASE_HEADER, ...extra }, BASE_PAYLOAD);
const withPayload = (extra: object) => decodeParts(BASE_HEADER, { ...BASE_PAYLOAD, ...extra });

describe('findFindings on ordinary tokens', () => {
  it.each([
    ['v1.0 access token', decodeParts(V1_HEADER, V1_ACCESS_PAYLOAD)],
    ['v2.0 access token', decodeParts(V2_HEADER, V2_ACCESS_PAYLOAD)],
    ['v2.0 app-only token', decodeParts(V2_HEADER, V2_APP_ONLY_PAYLOAD)],
    ['v2.0 ID token', decodeParts(V2_HEADER, V2_ID_TOKEN_PAYLOAD)],
  ])('finds nothing in a %s', (_name, decoded) => {
    expect(findFindings(decoded)).toEqual([]);
  });

  it('finds nothing in an empty input', () => {
    expect(findFindings(decodeToken(''))).toEqual([]);
  });
});

describe('alg-none', () => {
  it('flags alg none in any letter case as an error', () => {
    const finding = find(decodeParts({ alg: 'NoNe' }, BASE_PAYLOAD, new Uint8Array()), 'alg-none');
    expect(finding).toMatchObject({ severity: 'error', title: 'Unsecured token (alg "NoNe")' });
  });

  it('does not flag a signed token', () => {
    expect(ids(withHeader({}))).not.toContain('alg-none');
  });
});

describe('alg-hmac', () => {
  it('notes HMAC algorithms, and warns when the issuer is Microsoft', () => {
    expect(
      find(decodeParts({ alg: 'HS256' }, { iss: 'https://issuer.example', exp: 1 }), 'alg-hmac')
        ?.severity,
    ).toBe('info');
    const microsoft = find(withHeader({ alg: 'HS512' }), 'alg-hmac');
    expect(microsoft?.severity).toBe('warning');
    expect(microsoft?.advice).toMatch(/algorithm confusion/);
    expect(microsoft?.advice).toMatch(
      /^Entra ID signs with asymmetric algorithms such as RS256, never with a shared secret, yet this token names a Microsoft issuer and uses an HMAC: suspect a forgery\./,
    );
  });

  it('does not treat other asymmetric algorithms from a Microsoft issuer as suspicious', () => {
    for (const alg of ['PS256', 'ES256', 'RS384']) {
      expect(ids(withHeader({ alg }))).not.toContain('alg-hmac');
    }
  });

  it('does not flag asymmetric algorithms', () => {
    expect(ids(withHeader({ alg: 'ES256' }))).not.toContain('alg-hmac');
  });
});

describe('key references in the header', () => {
  it.each([
    ['jku', 'jku-header', 'https://evil.example/jwks.json'],
    ['x5u', 'x5u-header', 'https://evil.example/cert.pem'],
    ['jwk', 'jwk-header', { kty: 'RSA', n: 'AQAB', e: 'AQAB' }],
    ['x5c', 'x5c-header', ['MIIB']],
  ] as [string, FindingId, JsonValue][])('flags %s', (name, id, value) => {
    const finding = find(withHeader({ [name]: value }), id);
    expect(finding?.severity).toBe('warning');
    expect(finding?.advice).toMatch(/never fetches or trusts it/);
    expect(ids(withHeader({}))).not.toContain(id);
  });
});

describe('kid-suspicious', () => {
  it('flags a path-traversal kid', () => {
    expect(find(withHeader({ kid: '../../../../dev/null' }), 'kid-suspicious')?.advice).toMatch(
      /file path.*exact string/,
    );
  });

  it('does not flag an ordinary kid', () => {
    expect(ids(withHeader({ kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg' }))).not.toContain('kid-suspicious');
  });
});

describe('crit-unknown and crit-invalid', () => {
  it('flags an unknown critical parameter as an error', () => {
    const finding = find(
      withHeader({ 'urn:example:ext': true, crit: ['urn:example:ext'] }),
      'crit-unknown',
    );
    expect(finding?.severity).toBe('error');
    expect(finding?.advice).toMatch(/"urn:example:ext"/);
  });

  it('flags a malformed crit', () => {
    expect(find(withHeader({ crit: [] }), 'crit-invalid')?.severity).toBe('error');
  });

  it('accepts b64 listed in crit', () => {
    const decoded = decodeParts({ alg: 'HS256', b64: false, crit: ['b64'] }, '$.02');
    expect(ids(decoded)).not.toContain('crit-unknown');
    expect(ids(decoded)).not.toContain('crit-invalid');
  });
});

describe('b64-false', () => {
  it('flags an unencoded payload, and a b64 missing from crit', () => {
    expect(
      find(decodeParts({ alg: 'HS256', b64: false, crit: ['b64'] }, '$.02'), 'b64-false')?.title,
    ).toBe('JWS with unencoded payload — not a JWT');
    expect(find(decodeParts({ alg: 'HS256', b64: false }, '$.02'), 'b64-false')?.advice).toMatch(
      /requires b64 to be listed in crit/,
    );
  });

  it('does not flag b64 true', () => {
    expect(ids(withHeader({ b64: true }))).not.toContain('b64-false');
  });
});

describe('encrypted and jwe-compressed', () => {
  it('notes an encrypted token, nested or not', () => {
    expect(find(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM' }), 'encrypted')).toMatchObject({
      severity: 'info',
      title: 'Encrypted token (JWE)',
    });
    expect(
      find(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM', cty: 'JWT' }), 'encrypted')?.title,
    ).toBe('Encrypted token with a nested JWT');
  });

  it('notes compression before encryption', () => {
    expect(ids(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM', zip: 'DEF' }))).toContain(
      'jwe-compressed',
    );
    expect(ids(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM' }))).not.toContain('jwe-compressed');
  });

  it('does not call a JWS encrypted', () => {
    expect(ids(withHeader({}))).not.toContain('encrypted');
  });
});

describe('p2c-high', () => {
  it('flags a huge PBES2 count only', () => {
    expect(
      ids(decodeJwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdA', p2c: 10_000_000 })),
    ).toContain('p2c-high');
    expect(
      ids(decodeJwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdA', p2c: 4096 })),
    ).not.toContain('p2c-high');
  });
});

describe('ms-api-token', () => {
  it('says a token with a nonce in its header cannot be verified by third parties', () => {
    const finding = find(
      decodeParts({ ...V1_HEADER, nonce: 'AQABAAAAAA' }, V1_ACCESS_PAYLOAD),
      'ms-api-token',
    );
    expect(finding?.title).toBe('Microsoft-API token: not verifiable by third parties');
    expect(finding?.advice).toMatch(/does not mean it is forged/);
  });

  it('names the Microsoft API when the audience is one, with or without a nonce', () => {
    const graph = { ...V1_ACCESS_PAYLOAD, aud: 'https://graph.microsoft.com' };
    const withNonce = find(
      decodeParts({ ...V1_HEADER, nonce: 'AQABAAAAAA' }, graph),
      'ms-api-token',
    );
    expect(withNonce?.title).toBe('Microsoft-API token: not verifiable by third parties');
    expect(withNonce?.advice).toMatch(
      /^The nonce in the header and the audience mark a token for Microsoft Graph\./,
    );
    const withoutNonce = find(decodeParts(V1_HEADER, graph), 'ms-api-token');
    expect(withoutNonce).toEqual({
      id: 'ms-api-token',
      severity: 'info',
      title: 'Token for Microsoft Graph: only Microsoft Graph validates it',
      advice:
        'The audience (aud) is Microsoft Graph, a Microsoft API. Only that API validates this token; third parties cannot validate it (Microsoft may use formats and signing of its own that nobody else can check), and an API of yours must not accept it: a token meant for someone else is the confused-deputy mistake. Clients must not parse it either: read expires_in and scope from the token response. A failed signature check here does not mean it is forged.',
    });
  });

  it('does not flag a nonce in the payload', () => {
    expect(ids(decodeParts(V2_HEADER, V2_ID_TOKEN_PAYLOAD))).not.toContain('ms-api-token');
  });
});

describe('duplicate-member', () => {
  it('says which value a last-wins parser takes', () => {
    const finding = find(
      decodeTexts('{"alg":"RS256"}', `{"sub":"alice","exp":${TEST_NOW_SECONDS},"sub":"admin"}`),
      'duplicate-member',
    );
    expect(finding?.severity).toBe('error');
    expect(finding?.advice).toMatch(
      /payload gives "sub" 2 times: a last-wins parser \(JSON\.parse, most JWT libraries\) takes "admin"; a first-wins parser would take "alice"/,
    );
  });

  it('finds duplicates in the header and in nested objects, in one finding', () => {
    const decoded = decodeTexts(
      '{"alg":"RS256","alg":"none"}',
      '{"exp":1,"address":{"country":"SE","country":"NO"}}',
    );
    const found = findFindings(decoded).filter((finding) => finding.id === 'duplicate-member');
    expect(found).toHaveLength(1);
    expect(found[0]?.advice).toMatch(/header gives "alg".*payload gives "address\.country"/);
  });

  it('does not flag distinct names', () => {
    expect(ids(withPayload({}))).not.toContain('duplicate-member');
  });
});

describe('payload-not-json', () => {
  it('notes a JWS whose payload is not a JSON object', () => {
    expect(ids(decodeParts({ alg: 'HS256' }, 'hello'))).toContain('payload-not-json');
    expect(find(decodeParts({ alg: 'HS256' }, [1]), 'payload-not-json')?.advice).toMatch(
      /JSON, but not an object/,
    );
  });

  it('does not flag a JWT', () => {
    expect(ids(withPayload({}))).not.toContain('payload-not-json');
  });
});

describe('no-exp', () => {
  it('flags a JWT without exp', () => {
    const withoutExp = withoutClaim(BASE_PAYLOAD, 'exp');
    expect(find(decodeParts(BASE_HEADER, withoutExp), 'no-exp')?.severity).toBe('warning');
  });

  it('does not flag a token with exp, or a JWE', () => {
    expect(ids(withPayload({}))).not.toContain('no-exp');
    expect(ids(decodeJwe({ alg: 'dir', enc: 'A256GCM' }))).not.toContain('no-exp');
  });
});

describe('long-lifetime', () => {
  it('flags a token valid for more than a day', () => {
    const finding = find(
      withPayload({ nbf: TEST_NOW_SECONDS, exp: TEST_NOW_SECONDS + 30 * 86400 }),
      'long-lifetime',
    );
    expect(finding?.advice).toMatch(/valid for 30 days from nbf to exp/);
  });

  it('allows CAE-capable clients up to 28 hours', () => {
    const lifetime = { nbf: TEST_NOW_SECONDS, exp: TEST_NOW_SECONDS + 26 * 3600 };
    expect(ids(withPayload(lifetime))).toContain('long-lifetime');
    expect(ids(withPayload({ ...lifetime, xms_cc: ['cp1'] }))).not.toContain('long-lifetime');
    expect(
      ids(withPayload({ ...lifetime, exp: TEST_NOW_SECONDS + 29 * 3600, xms_cc: ['cp1'] })),
    ).toContain('long-lifetime');
  });

  it('does not flag an ordinary lifetime', () => {
    expect(ids(withPayload({}))).not.toContain('long-lifetime');
  });
});

describe('lifetime-inconsistent', () => {
  it('flags a token that expires before it starts', () => {
    expect(ids(withPayload({ nbf: TEST_NOW_SECONDS, exp: TEST_NOW_SECONDS - 60 }))).toContain(
      'lifetime-inconsistent',
    );
  });

  it('does not flag an ordinary lifetime', () => {
    expect(ids(withPayload({}))).not.toContain('lifetime-inconsistent');
  });
});

describe('ms-timestamp', () => {
  it('flags dates in milliseconds, and not as a long lifetime', () => {
    const decoded = withPayload({ iat: TEST_NOW, nbf: TEST_NOW, exp: TEST_NOW + 3_600_000 });
    const finding = find(decoded, 'ms-timestamp');
    expect(finding?.advice).toMatch(/^"iat", "nbf" and "exp" look like milliseconds/);
    expect(ids(decoded)).not.toContain('long-lifetime');
  });

  it('does not flag dates in seconds', () => {
    expect(ids(withPayload({}))).not.toContain('ms-timestamp');
  });
});

describe('date-not-numeric', () => {
  it('flags a date claim that is a string', () => {
    expect(find(withPayload({ exp: '1736946000' }), 'date-not-numeric')?.advice).toMatch(
      /^"exp" should be a number/,
    );
  });

  it('does not flag numeric dates', () => {
    expect(ids(withPayload({}))).not.toContain('date-not-numeric');
  });
});

describe('claim-markup', () => {
  it('flags HTML in a claim value or name', () => {
    expect(
      find(withPayload({ name: '<img src=x onerror=alert(1)>' }), 'claim-markup')?.advice,
    ).toMatch(/^"name" contains HTML-like markup/);
    expect(find(withPayload({ '<b>': 1 }), 'claim-markup')?.advice).toMatch(/"<b>"/);
    expect(find(withHeader({ kid: '</script>' }), 'claim-markup')?.advice).toMatch(/header "kid"/);
  });

  it('does not flag ordinary text', () => {
    expect(ids(withPayload({ name: 'a < b and c > d' }))).not.toContain('claim-markup');
  });
});

describe('claim-script-url', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<b>',
  ])('flags %j', (website) => {
    expect(ids(withPayload({ website }))).toContain('claim-script-url');
  });

  it('does not flag https URLs or image data', () => {
    expect(
      ids(withPayload({ website: 'https://example.com', picture: 'data:image/png;base64,AAAA' })),
    ).not.toContain('claim-script-url');
  });
});

describe('claim-bidi-control', () => {
  it('flags a right-to-left override', () => {
    expect(
      find(withPayload({ address: { street_address: 'exe.\u202Egpj' } }), 'claim-bidi-control')
        ?.advice,
    ).toMatch(/^"address\.street_address" contains/);
  });

  it('does not flag right-to-left text without controls', () => {
    expect(ids(withPayload({ name: 'مايا' }))).not.toContain('claim-bidi-control');
  });
});

describe('claim-invisible', () => {
  it('flags invisible characters in values and in claim names, shown as markers', () => {
    const finding = find(
      withPayload({ role: 'user\u{E0061}\u{E0064}', ['ad\u00ADmin']: true }),
      'claim-invisible',
    );
    expect(finding).toEqual({
      id: 'claim-invisible',
      severity: 'warning',
      title: 'Invisible characters in claims',
      advice:
        '"ad⟨U+00AD⟩min" and "role" contain characters that display as nothing (Unicode tag characters, soft hyphens, fillers, zero-width characters), so two values that look the same can differ, or text can be smuggled past a reader. Tokenscope shows each as ⟨U+…⟩; compare values by their characters, not their look.',
    });
  });

  it('leaves bidirectional controls to claim-bidi-control, and plain text alone', () => {
    expect(ids(withPayload({ name: 'exe.\u202Egpj' }))).not.toContain('claim-invisible');
    expect(ids(withPayload({ name: 'Amélie 山田' }))).not.toContain('claim-invisible');
  });
});

describe('claim-deceptive-url', () => {
  it('says where a URL really goes when its text suggests another host', () => {
    const finding = find(
      withPayload({
        website: 'https://evil.example\\@trusted.example/',
        links: ['https://\u0430pple.com'],
      }),
      'claim-deceptive-url',
    );
    expect(finding).toEqual({
      id: 'claim-deceptive-url',
      severity: 'warning',
      title: 'Links that do not go where they seem',
      advice:
        '"website": it reads as a link to trusted.example but opens evil.example: browsers treat "\\" as "/", so the host ends before it and the rest becomes a path. "links[0]": it shows \u0430pple.com but opens xn--pple-43d.com, its punycode form: an internationalised domain name can imitate a familiar one, and it mixes Latin and Cyrillic letters in one name. Tokenscope shows such values as text, never as links; never put one into an href without comparing the host it opens with the one you expect.',
    });
  });

  it('leaves honest URLs alone', () => {
    expect(ids(withPayload({ website: 'https://example.com/a?b#c' }))).not.toContain(
      'claim-deceptive-url',
    );
  });
});

describe('claim-huge', () => {
  it('notes values longer than 4096 characters', () => {
    expect(find(withPayload({ blob: 'x'.repeat(5000) }), 'claim-huge')?.severity).toBe('info');
  });

  it('does not flag ordinary values', () => {
    expect(ids(withPayload({ blob: 'x'.repeat(100) }))).not.toContain('claim-huge');
  });
});

describe('findFindings as a whole', () => {
  it('lists errors first, then warnings, then information', () => {
    const decoded = decodeParts(
      { alg: 'none', jku: 'https://evil.example', nonce: 'n' },
      { sub: 'x' },
      new Uint8Array(),
    );
    expect(findFindings(decoded).map((finding) => finding.severity)).toEqual([
      'error',
      'warning',
      'warning',
      'info',
    ]);
  });

  const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;

  it('never throws and never repeats an id, whatever the claims', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), jsonValue),
        fc.dictionary(fc.string(), jsonValue),
        (header, payload) => {
          const decoded = decodeToken(
            encodeToken({ alg: 'RS256', ...header }, payload, new Uint8Array([1])),
          );
          const found = findFindings(decoded).map((finding) => finding.id);
          expect(new Set(found).size).toBe(found.length);
          buildClaimRows(decoded, TEST_NOW);
          summarizeToken(decoded, TEST_NOW);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives a payload nested ten thousand levels deep', () => {
    const text = `{"exp":1,"deep":${'['.repeat(10_000)}"<b>"${']'.repeat(10_000)}}`;
    const shallow = decodeParts({ alg: 'RS256' }, { exp: 1 });
    const decoded: DecodedToken = {
      ...shallow,
      payload: { type: 'json', value: JSON.parse(text) as JsonValue, text, duplicates: [] },
    };
    expect(ids(decoded)).toContain('claim-markup');
    expect(buildClaimRows(decoded, TEST_NOW).map((row) => row.name)).toEqual([
      'alg',
      'exp',
      'deep',
    ]);
  });
});
