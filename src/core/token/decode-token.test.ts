import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode-error.ts';
import { decodeToken, MAX_INPUT_LENGTH } from './decode-token.ts';
import { encodeToken } from './encode-token.ts';

const VECTORS = new URL('../../test-vectors/jose-cookbook/', import.meta.url);
const cookbook = (path: string) =>
  JSON.parse(readFileSync(new URL(path, VECTORS), 'utf8')) as {
    input: { payload: string };
    output: { compact?: string };
  };

/** RFC 7519 §3.1 example JWT, verbatim (its header and payload contain CRLF line breaks). */
const RFC7519_EXAMPLE =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

const header = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
const payload = { iss: 'https://issuer.example', sub: 'alice', exp: 1_900_000_000 };
const token = encodeToken(header, payload, new Uint8Array([1, 2, 3, 4]));
const [h, p, s] = token.split('.') as [string, string, string];
const b64 = (text: string) => Buffer.from(text).toString('base64url');

function onlyError(input: string): DecodeError {
  const decoded = decodeToken(input);
  expect(decoded.errors).toHaveLength(1);
  const error = decoded.errors[0]!;
  expect(error).toBeInstanceOf(DecodeError);
  return error;
}

describe('decodeToken: well-formed tokens', () => {
  it('decodes the RFC 7519 §3.1 example into the exact claims', () => {
    const decoded = decodeToken(RFC7519_EXAMPLE);
    expect(decoded.errors).toEqual([]);
    expect(decoded.format).toBe('jws');
    expect(decoded.header?.value).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(decoded.payload).toMatchObject({
      type: 'json',
      value: { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true },
    });
    expect(decoded.signature).toHaveLength(32);
    expect(decoded.segments.map((segment) => segment.name)).toEqual([
      'header',
      'payload',
      'signature',
    ]);
  });

  it('gives segment offsets in the normalised token', () => {
    const decoded = decodeToken(token);
    expect(decoded.segments.map(({ start, end }) => [start, end])).toEqual([
      [0, h.length],
      [h.length + 1, h.length + 1 + p.length],
      [h.length + p.length + 2, token.length],
    ]);
  });

  it('shows a non-JSON payload as text (RFC 7520 §4.1 cookbook)', () => {
    const vector = cookbook('jws/4_1.rsa_v15_signature.json');
    const decoded = decodeToken(vector.output.compact!);
    expect(decoded.errors).toEqual([]);
    expect(decoded.format).toBe('jws');
    expect(decoded.payload).toEqual({ type: 'text', text: vector.input.payload });
  });

  it('decodes every cookbook JWS compact output without error', () => {
    for (const file of ['4_1.rsa_v15_signature', '4_2.rsa-pss_signature', '4_3.ecdsa_signature']) {
      const decoded = decodeToken(cookbook(`jws/${file}.json`).output.compact!);
      expect(decoded.errors, file).toEqual([]);
      expect(decoded.payload?.type, file).toBe('text');
    }
  });

  it('treats an empty payload as detached content (RFC 7520 §4.5)', () => {
    const decoded = decodeToken(
      cookbook('jws/4_5.signature_with_detached_content.json').output.compact!,
    );
    expect(decoded.errors).toEqual([]);
    expect(decoded.payload).toEqual({ type: 'detached' });
  });

  it('shows only the header of a JWE and says the rest is encrypted (RFC 7520 §5.1)', () => {
    const decoded = decodeToken(
      cookbook('jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json').output.compact!,
    );
    expect(decoded.errors).toEqual([]);
    expect(decoded.format).toBe('jwe');
    expect(decoded.header?.value).toMatchObject({ alg: 'RSA1_5', enc: 'A128CBC-HS256' });
    expect(decoded.payload).toEqual({ type: 'encrypted' });
    expect(decoded.segments.map((segment) => segment.name)).toEqual([
      'header',
      'encrypted-key',
      'iv',
      'ciphertext',
      'tag',
    ]);
  });

  it('accepts a JWE with an empty encrypted key (direct encryption, RFC 7520 §5.6)', () => {
    const decoded = decodeToken(
      cookbook('jwe/5_6.direct_encryption_using_aes-gcm.json').output.compact!,
    );
    expect(decoded.errors).toEqual([]);
    expect(decoded.format).toBe('jwe');
  });

  it('recognises b64:false as an unencoded-payload JWS (RFC 7797)', () => {
    const decoded = decodeToken(cookbook('rfc7797/hmac-sha2_b64_false.json').output.compact!);
    expect(decoded.errors).toEqual([]);
    expect(decoded.format).toBe('jws-unencoded');
    expect(decoded.payload).toMatchObject({ type: 'unencoded' });
  });

  it('labels alg "none" in any letter case as unsecured', () => {
    for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
      const decoded = decodeToken(encodeToken({ alg }, payload));
      expect(decoded.format).toBe('unsecured');
      expect(decoded.errors).toEqual([]);
    }
  });

  it('shows a payload that is neither UTF-8 nor JSON as binary', () => {
    const decoded = decodeToken(
      `${h}.${Buffer.from([0xff, 0xfe, 0x00]).toString('base64url')}.${s}`,
    );
    expect(decoded.errors).toEqual([]);
    expect(decoded.payload).toEqual({ type: 'binary', bytes: new Uint8Array([0xff, 0xfe, 0]) });
  });

  it('reports duplicate member names and keeps the last value, as JSON.parse does', () => {
    const decoded = decodeToken(`${h}.${b64('{"sub":"alice","aud":"a","sub":"mallory"}')}.${s}`);
    expect(decoded.errors).toEqual([]);
    expect(decoded.payload).toMatchObject({
      type: 'json',
      value: { sub: 'mallory', aud: 'a' },
      duplicates: [{ path: 'sub', name: 'sub', values: ['alice', 'mallory'] }],
    });
  });

  it('reports duplicate header parameters', () => {
    const decoded = decodeToken(`${b64('{"alg":"RS256","alg":"none"}')}.${p}.${s}`);
    expect(decoded.header?.duplicates).toEqual([
      { path: 'alg', name: 'alg', values: ['RS256', 'none'] },
    ]);
    expect(decoded.format).toBe('unsecured');
  });

  it('returns empty for empty or blank input', () => {
    expect(decodeToken('').format).toBe('empty');
    expect(decodeToken('  \n ').format).toBe('empty');
  });
});

describe('decodeToken: one precise error per bad input', () => {
  const cases: [string, string, string, string | undefined][] = [
    [
      'no dots',
      'opaque-refresh-token',
      'not-compact',
      "This is not a JWT: it has no '.' separators. Opaque tokens (refresh tokens, authorization codes, some Microsoft consumer-account tokens) carry nothing that can be decoded.",
    ],
    [
      'four segments',
      `${h}.${p}.${s}.${s}`,
      'segment-count',
      'The token has 4 segments; a compact JWS has 3 (header.payload.signature) and a compact JWE has 5. Is one segment of a JWE missing?',
    ],
    [
      'six segments',
      `${h}.${p}.${s}.${s}.${s}.${s}`,
      'segment-count',
      'The token has 6 segments; a compact JWS has 3 (header.payload.signature) and a compact JWE has 5.',
    ],
    [
      'empty header',
      `.${p}.${s}`,
      'segment-empty',
      'Header segment: empty. A token starts with its base64url-encoded JOSE header.',
    ],
    [
      'padding in the header',
      `${b64('{"alg":"HS256"}')}=.${p}.${s}`,
      'base64url-character',
      "Header segment: character 21 is '=' padding, which base64url in JOSE never uses.",
    ],
    [
      'standard base64 + in the payload',
      `${h}.${p.slice(0, 5)}+${p.slice(6)}.${s}`,
      'base64url-character',
      "Payload segment: character 6 is '+', a standard-base64 character (base64url uses '-' instead).",
    ],
    [
      'standard base64 / in the signature',
      `${h}.${p}./${s.slice(1)}`,
      'base64url-character',
      "Signature segment: character 1 is '/', a standard-base64 character (base64url uses '_' instead).",
    ],
    [
      'a space inside the payload',
      `${h}.${p.slice(0, 9)} ${p.slice(9)}.${s}`,
      'base64url-character',
      'Payload segment: character 10 is a space, which base64url does not allow (only A–Z a–z 0–9 - _).',
    ],
    [
      'a line break inside the header',
      `${h.slice(0, 4)}\n${h.slice(4)}.${p}.${s}`,
      'base64url-character',
      'Header segment: character 5 is a line break, which base64url does not allow (only A–Z a–z 0–9 - _).',
    ],
    [
      'a zero-width space inside the signature',
      `${h}.${p}.${s.slice(0, 2)}\u200b${s.slice(2)}`,
      'base64url-character',
      'Signature segment: character 3 is a zero-width space, which base64url does not allow (only A–Z a–z 0–9 - _).',
    ],
    [
      'a stray ? in the payload',
      `${h}.${p}?.${s}`,
      'base64url-character',
      `Payload segment: character ${p.length + 1} is '?' (U+003F), which base64url does not allow (only A–Z a–z 0–9 - _).`,
    ],
    [
      'an ellipsis from a shortened display',
      `${h}.${p.slice(0, 20)}…${p.slice(-4)}.${s}`,
      'base64url-character',
      "Payload segment: character 21 is an ellipsis '…' (was the token shortened for display?), which base64url does not allow (only A–Z a–z 0–9 - _).",
    ],
    [
      'a 4n+1 length',
      `${h}.${p}.AAAAA`,
      'base64url-length',
      'Signature segment: 5 characters is not a possible base64url length (no byte string encodes to 4n+1 characters); the segment was cut short or has a stray character.',
    ],
    [
      'non-zero unused bits',
      `${h}.${p}.AB`,
      'base64url-unused-bits',
      "Signature segment: its last character 'B' (character 2) sets bits that encode nothing, so this is not canonical base64url: the segment was altered.",
    ],
    [
      'a header that is not UTF-8',
      `${Buffer.from([0x7b, 0xc3, 0x28, 0x7d]).toString('base64url')}.${p}.${s}`,
      'utf8-invalid',
      'Header segment: the decoded bytes are not valid UTF-8 text.',
    ],
    [
      'a header that is not JSON',
      `${b64('{"alg":"RS256",}')}.${p}.${s}`,
      'json-syntax',
      'Header segment: the decoded text is not valid JSON — expected a member name in double quotes at character 16.',
    ],
    [
      'a header that is plain text',
      `${b64('hello')}.${p}.${s}`,
      'json-syntax',
      'Header segment: the decoded text is not valid JSON — unexpected character at character 1.',
    ],
    [
      'a payload with a missing comma',
      `${h}.${b64('{"sub":"a" "aud":"b"}')}.${s}`,
      'json-syntax',
      "Payload segment: the decoded text is not valid JSON — expected ',' or a closing bracket at character 12.",
    ],
    [
      'an unterminated payload',
      `${h}.${b64('{"sub":"a"')}.${s}`,
      'json-syntax',
      "Payload segment: the decoded text is not valid JSON — expected '}' at character 11.",
    ],
    [
      'a header that is an array',
      `${b64('["RS256"]')}.${p}.${s}`,
      'header-not-object',
      'Header segment: the JOSE header must be a JSON object, but this one is an array.',
    ],
    [
      'a header without alg',
      `${b64('{"typ":"JWT"}')}.${p}.${s}`,
      'alg-missing',
      'Header segment: there is no "alg" string; every JWS and JWE header must name its algorithm.',
    ],
    [
      'a header whose alg is a number',
      `${b64('{"alg":256}')}.${p}.${s}`,
      'alg-missing',
      'Header segment: there is no "alg" string; every JWS and JWE header must name its algorithm. It is a number.',
    ],
    [
      'a JWE without enc',
      `${b64('{"alg":"dir"}')}..AAAA.AAAA.AAAA`,
      'enc-missing',
      'Header segment: a JWE header must have an "enc" parameter naming the content encryption algorithm.',
    ],
    [
      'a JWE with a broken ciphertext',
      `${b64('{"alg":"dir","enc":"A128GCM"}')}..AAAA.AA=A.AAAA`,
      'base64url-character',
      "Ciphertext segment: character 3 is '=' padding, which base64url in JOSE never uses.",
    ],
    [
      'a signed token stripped of its signature',
      `${h}.${p}.`,
      'signature-empty',
      'Signature segment: empty, although the header says alg "RS256". The signature has been removed, so the token cannot be verified.',
    ],
    [
      'an unsecured token with a signature',
      `${b64('{"alg":"none"}')}.${p}.${s}`,
      'unsecured-with-signature',
      'Signature segment: an unsecured token (alg "none") must have an empty signature, but this one has 4 bytes.',
    ],
    [
      'a URL without a token',
      'https://app.example/callback?code=abc&state=xyz',
      'no-token-in-url',
      'This URL has no id_token, access_token or token parameter in its fragment or query string.',
    ],
    [
      'an identity provider error',
      'https://app.example/#error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent.',
      'error-response',
      'The identity provider sent an error instead of a token: access_denied — AADSTS65004: User declined to consent.',
    ],
    [
      'a JSON-serialised JWS',
      JSON.stringify({ payload: p, protected: h, signature: s }),
      'json-serialization',
      'This is a JWS or JWE in JSON serialization (RFC 7515 §7.2), not a compact token. Tokenscope inspects compact tokens: header.payload.signature.',
    ],
  ];

  it.each(cases)('%s', (_name, input, code, message) => {
    const error = onlyError(input);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('names the failing segment and position', () => {
    const error = onlyError(`${h}.${p.slice(0, 9)} ${p.slice(9)}.${s}`);
    expect(error.segment).toBe('payload');
    expect(error.position).toBe(10);
  });

  it('still decodes the header and payload of a two-segment token', () => {
    const decoded = decodeToken(`${h}.${p}`);
    expect(decoded.errors.map((error) => error.code)).toEqual(['segment-count']);
    expect(decoded.errors[0]!.message).toBe(
      "The token has 2 segments; a compact JWS has 3 (header.payload.signature) and a compact JWE has 5. Is the signature segment missing? Even an unsecured JWT ends with a '.'.",
    );
    expect(decoded.format).toBe('invalid');
    expect(decoded.header?.value).toEqual(header);
    expect(decoded.payload).toMatchObject({ type: 'json', value: payload });
  });

  it('still shows the payload when only the header is broken', () => {
    const decoded = decodeToken(`${h}=.${p}.${s}`);
    expect(decoded.errors.map((error) => error.segment)).toEqual(['header']);
    expect(decoded.header).toBeUndefined();
    expect(decoded.payload).toMatchObject({ type: 'json', value: payload });
    expect(decoded.signature).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it('reports every broken segment, not only the first', () => {
    const decoded = decodeToken(`${h}=.${p}+.${s}/`);
    expect(decoded.errors.map((error) => error.segment)).toEqual([
      'header',
      'payload',
      'signature',
    ]);
  });

  it('keeps the payload text visible when it is broken JSON', () => {
    const decoded = decodeToken(`${h}.${b64('{"sub":')}.${s}`);
    expect(decoded.payload).toEqual({ type: 'text', text: '{"sub":' });
  });

  it('refuses JSON nested too deep to show, without throwing', () => {
    const error = onlyError(`${h}.${b64('['.repeat(10_000) + ']'.repeat(10_000))}.${s}`);
    expect(error.code).toBe('json-too-deep');
    expect(error.message).toBe(
      'Payload segment: the JSON is nested 10,000 levels deep; Tokenscope shows at most 256 levels.',
    );
  });

  it('caps the input size with a clear message', () => {
    const error = onlyError('a'.repeat(MAX_INPUT_LENGTH + 1));
    expect(error.code).toBe('input-too-large');
    expect(error.message).toBe(
      'The input is 4.0 MiB; Tokenscope decodes at most 4.0 MiB. Real tokens are far smaller: check that you pasted a single token.',
    );
  });

  it('decodes an input of just under the cap', () => {
    const big = encodeToken(
      header,
      { groups: ['x'.repeat(MAX_INPUT_LENGTH / 2)] },
      new Uint8Array(4),
    );
    expect(big.length).toBeLessThan(MAX_INPUT_LENGTH);
    expect(decodeToken(big).errors).toEqual([]);
  });
});

describe('decodeToken: properties', () => {
  const json = fc.jsonValue() as fc.Arbitrary<unknown>;
  const object = fc.dictionary(fc.string(), json);

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const decoded = decodeToken(input);
        expect(Array.isArray(decoded.errors)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on token-shaped noise', () => {
    const segment = fc.string({ unit: fc.constantFrom(...'AZaz09-_=+/. \n?'.split('')) });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (segments) => {
        const decoded = decodeToken(segments.join('.'));
        for (const error of decoded.errors) expect(error).toBeInstanceOf(DecodeError);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips decode(encode(header, payload))', () => {
    fc.assert(
      fc.property(
        object,
        object,
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        (extraHeader, claims, sig) => {
          const head = { ...extraHeader, alg: 'ES256' };
          const decoded = decodeToken(encodeToken(head, claims, sig));
          expect(decoded.errors).toEqual([]);
          expect(decoded.header?.value).toEqual(JSON.parse(JSON.stringify(head)));
          expect(decoded.payload).toMatchObject({
            type: 'json',
            value: JSON.parse(JSON.stringify(claims)),
          });
          expect(decoded.signature).toEqual(sig);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
