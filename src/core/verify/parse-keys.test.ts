import { generateKeyPairSync } from 'node:crypto';
import { exportSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import { parseKeys, type KeyParseResult } from './parse-keys.ts';
import { EC_CERTIFICATE, RSA_CERTIFICATE, RSA_PKCS1, RSA_SPKI } from './test-fixtures.ts';
import { makeKeyPair } from './test-tokens.ts';
import type { KeySet } from './verification-key.ts';
import { KeyError } from './verify-errors.ts';

/** 2048-bit numbers that are odd and even, to isolate one RSA problem at a time. */
const ODD_MODULUS = Buffer.alloc(256, 0xc3).toString('base64url');
const EVEN_MODULUS = Buffer.alloc(256, 0xc2).toString('base64url');

function keySetOf(result: KeyParseResult): KeySet {
  if (!result.ok) throw result.error;
  return result.keySet;
}

function errorOf(result: KeyParseResult): KeyError {
  if (result.ok) throw new Error(`expected an error, got ${result.keySet.description}`);
  return result.error;
}

describe('parseKeys: JSON', () => {
  it('describes a JWKS by its usable keys and says which it skipped', async () => {
    const rsa = await makeKeyPair('RS256', { kid: 'a' });
    const ec = await makeKeyPair('ES256', { kid: 'b' });
    const ed = await makeKeyPair('EdDSA', { kid: 'c' });
    const jwks = {
      keys: [rsa.publicJwk, ec.publicJwk, ed.publicJwk, { kty: 'OKP', crv: 'X25519', x: 'AA' }],
    };
    const keySet = keySetOf(parseKeys(JSON.stringify(jwks)));
    expect(keySet.description).toBe('JWKS with 3 keys, 1 skipped');
    expect(keySet.keys.map((key) => key.description)).toEqual([
      'RSA 2048 public key',
      'EC P-256 public key',
      'Ed25519 public key',
    ]);
    expect(keySet.skipped).toEqual([
      'key 4: this is an X25519 key-agreement key, not a signing key',
    ]);
    expect(keySet.origin).toBe('pasted');
  });

  it('reads a single JWK and drops private members with a warning', async () => {
    const { privateKey } = await makeKeyPair('ES384');
    const { exportJWK } = await import('jose');
    const keySet = keySetOf(parseKeys(JSON.stringify(await exportJWK(privateKey))));
    expect(keySet.description).toBe('EC P-384 public key (JWK)');
    expect(keySet.keys[0]!.jwk).not.toHaveProperty('d');
    expect(keySet.keys[0]!.warnings[0]).toMatch(/^This JWK contains private key material \(d\)/);
  });

  it('reads an HMAC JWK and warns when the secret is short', () => {
    const keySet = keySetOf(parseKeys('{"kty":"oct","k":"c2VjcmV0"}'));
    expect(keySet.description).toBe('HMAC secret, 6 bytes (JWK)');
    expect(keySet.keys[0]!.warnings.join(' ')).toContain('well-known default');
  });

  it.each([
    ['{"keys": []}', 'jwks-empty', 'The JWKS has no keys.'],
    [
      '{"keys": {}}',
      'jwks-invalid',
      'A JWKS is a JSON object with a "keys" array, and this one has none.',
    ],
    [
      '{"kty": "RSA", "e": "AQAB"}',
      'jwk-invalid',
      'This JWK cannot be used: the "n" member is missing.',
    ],
    [
      '{"kty": "EC", "crv": "P-256", "x": "AAAA", "y": "AAAA"}',
      'jwk-invalid',
      'This JWK cannot be used: on P-256 the coordinates "x" and "y" must be 32 bytes each, not 3 and 3.',
    ],
    [
      '{"kty": "RSA", "n": "AA==", "e": "AQAB"}',
      'jwk-invalid',
      'This JWK cannot be used: the "n" member is not canonical base64url (character 3).',
    ],
    [
      '{"kty": "EC", "crv": "secp256k1", "x": "", "y": ""}',
      'unsupported-key-type',
      'This JWK cannot be used: curve secp256k1 (ES256K) is not supported by Web Crypto.',
    ],
    [
      '{"kty": "OKP", "crv": "X25519", "x": ""}',
      'unsupported-key-type',
      'This JWK cannot be used: this is an X25519 key-agreement key, not a signing key.',
    ],
    [
      '{"kty": "RSA", "n": "", "e": "AQAB"}',
      'jwk-invalid',
      'This JWK cannot be used: this RSA key is not a usable public key: its modulus "n" is empty.',
    ],
    [
      '{"kty": "RSA", "n": "AAAA", "e": "AQAB"}',
      'jwk-invalid',
      'This JWK cannot be used: this RSA key is not a usable public key: its modulus "n" is zero.',
    ],
    [
      `{"kty": "RSA", "n": "${ODD_MODULUS}", "e": "AQ"}`,
      'jwk-invalid',
      'This JWK cannot be used: this RSA key is not a usable public key: its public exponent "e" is 1, which makes every signature equal to the message it signs: anyone could forge one.',
    ],
    [
      `{"kty": "RSA", "n": "${ODD_MODULUS}", "e": "AA"}`,
      'jwk-invalid',
      'This JWK cannot be used: this RSA key is not a usable public key: its public exponent "e" is 0.',
    ],
    [
      `{"kty": "RSA", "n": "${ODD_MODULUS}", "e": "AQAA"}`,
      'jwk-invalid',
      'This JWK cannot be used: this RSA key is not a usable public key: its public exponent "e" is even.',
    ],
    [
      `{"kty": "RSA", "n": "${EVEN_MODULUS}", "e": "AQAB"}`,
      'jwk-invalid',
      'This JWK cannot be used: this RSA key is not a usable public key: its modulus "n" is even, so it is not the product of two large primes.',
    ],
    [
      '{"kty": "RSA", "n": "Aw", "e": "AQAB"}',
      'jwk-invalid',
      'This JWK cannot be used: this RSA key is not a usable public key: its public exponent "e" is not smaller than its modulus "n".',
    ],
    [
      '{"kty": "oct", "k": ""}',
      'jwk-invalid',
      'This JWK cannot be used: its "k" (secret) is empty.',
    ],
    [
      '{"kty": "RSA", ',
      'json-syntax',
      'The keys look like JSON but are not valid JSON: expected a member name in double quotes at character 15.',
    ],
    [
      '{"issuer": "https://x", "jwks_uri": "https://x/keys"}',
      'discovery-document',
      'This is a discovery document, not keys. Put its address into Discovery URL and press Fetch keys, or open its jwks_uri (https://x/keys) and paste that JWKS here.',
    ],
    [
      '{"hello": "world"}',
      'not-a-key',
      'This JSON is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
    ],
    ['   ', 'empty', 'Nothing was pasted into Keys.'],
  ])('rejects %s with %s', (text, code, message) => {
    const error = errorOf(parseKeys(text));
    expect(error).toBeInstanceOf(KeyError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('reads a bare array of JWKs as a JWKS, and says so', async () => {
    const rsa = await makeKeyPair('RS256');
    const keySet = keySetOf(parseKeys(JSON.stringify([rsa.publicJwk])));
    expect(keySet.description).toBe('JWKS with 1 key');
    expect(keySet.warnings[0]).toContain('bare JSON array');
  });
});

describe('parseKeys: PEM', () => {
  it('reads an SPKI public key', () => {
    const keySet = keySetOf(parseKeys(RSA_SPKI));
    expect(keySet.description).toBe('RSA 2048 public key (PEM SPKI)');
    expect(keySet.keys[0]!.format).toBe('spki');
  });

  it('finds the same RSA key in the SPKI, the PKCS#1 form and the certificate', () => {
    const spki = keySetOf(parseKeys(RSA_SPKI)).keys[0]!.jwk;
    const pkcs1 = keySetOf(parseKeys(RSA_PKCS1));
    const certificate = keySetOf(parseKeys(RSA_CERTIFICATE));
    expect(pkcs1.description).toBe('RSA 2048 public key (PEM PKCS#1)');
    expect(pkcs1.keys[0]!.jwk).toEqual(spki);
    expect(certificate.keys[0]!.jwk).toEqual(spki);
  });

  it('describes a certificate by its subject and key, and keeps its dates', () => {
    const keySet = keySetOf(parseKeys(EC_CERTIFICATE));
    expect(keySet.description).toBe(
      'X.509 certificate for CN=Tokenscope test signer EC with an EC P-256 public key',
    );
    const certificate = keySet.keys[0]!.certificate!;
    expect(certificate.notBefore).toBe('2026-11-22T02:24:42Z');
    expect(certificate.notAfter).toBe('2126-10-29T02:24:42Z');
  });

  it('reads several PEM blocks as one key set', () => {
    const keySet = keySetOf(parseKeys(`${EC_CERTIFICATE}\n\n${RSA_SPKI}\n`));
    expect(keySet.keys).toHaveLength(2);
    expect(keySet.description).toBe(
      '2 PEM blocks: X.509 certificate for CN=Tokenscope test signer EC with an EC P-256 public key; RSA 2048 public key (PEM SPKI)',
    );
  });

  it.each(['EdDSA', 'ES384', 'ES512', 'PS256'])('reads a %s SPKI exported by jose', async (alg) => {
    const { publicKey, publicJwk } = await makeKeyPair(alg);
    const keySet = keySetOf(parseKeys(await exportSPKI(publicKey)));
    expect(keySet.keys[0]!.jwk).toEqual(publicJwk);
  });

  it('reads base64 DER without PEM armour, e.g. an x5c entry', () => {
    const body = RSA_CERTIFICATE.split('\n').slice(1, -1).join('');
    const keySet = keySetOf(parseKeys(body));
    expect(keySet.description).toBe(
      'X.509 certificate for CN=Tokenscope test signer RSA with an RSA 2048 public key (base64 DER without PEM armour)',
    );
  });

  it('refuses a private key and says to treat it as exposed', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const error = errorOf(parseKeys(pem));
    expect(error.code).toBe('pem-private-key');
    expect(error.message).toBe(
      'This is a private key (BEGIN PRIVATE KEY). Verification needs only the public key: paste the public key or the certificate instead, and treat this private key as exposed.',
    );
  });

  it.each([
    [
      RSA_SPKI.replace('-----END PUBLIC KEY-----', ''),
      'pem-invalid',
      'The text has a "-----BEGIN" line but no complete PEM block: check that the "-----END …-----" line was copied too.',
    ],
    [
      RSA_SPKI.replace('MIIBIjAN', 'MIIB*jAN'),
      'pem-invalid',
      'PEM block 1 (PUBLIC KEY): character 5 ("*") is not base64.',
    ],
    [
      RSA_SPKI.replace('wQIDAQAB', 'wQIDAQ'),
      'der-invalid',
      'PEM block 1 (PUBLIC KEY): The DER structure is malformed: an element is longer than the data holding it.',
    ],
    [
      '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----',
      'pem-unsupported',
      'PEM block 1 (CERTIFICATE REQUEST): "CERTIFICATE REQUEST" is not a key format Tokenscope reads; paste a PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE block, a JWK or a JWKS.',
    ],
  ])('rejects bad PEM with a precise message (%#)', (text, code, message) => {
    const error = errorOf(parseKeys(text));
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('names an unsupported key algorithm', () => {
    const { publicKey } = generateKeyPairSync('ed448');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const error = errorOf(parseKeys(pem));
    expect(error.code).toBe('unsupported-key-type');
    expect(error.message).toBe(
      'PEM block 1 (PUBLIC KEY): This is an Ed448 key, which Web Crypto does not support.',
    );
  });
});

describe('parseKeys: every public-key encoding before any secret (algorithm confusion)', () => {
  const { publicKey: rsa } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { publicKey: ec } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { publicKey: ed } = generateKeyPairSync('ed25519');
  const der = (key: typeof rsa, type: 'spki' | 'pkcs1') => key.export({ type, format: 'der' });
  const spkiPem = rsa.export({ type: 'spki', format: 'pem' }).toString();

  /** Each bare encoding, as it would be pasted, with what it must be understood as. */
  const BARE: [string, string, string][] = [
    [
      'EC P-256 SPKI, base64',
      der(ec, 'spki').toString('base64'),
      'EC P-256 public key (base64 DER SPKI)',
    ],
    [
      'Ed25519 SPKI, base64',
      der(ed, 'spki').toString('base64'),
      'Ed25519 public key (base64 DER SPKI)',
    ],
    [
      'RSA SPKI, base64',
      der(rsa, 'spki').toString('base64'),
      'RSA 2048 public key (base64 DER SPKI)',
    ],
    [
      'RSA PKCS#1, base64',
      der(rsa, 'pkcs1').toString('base64'),
      'RSA 2048 public key (base64 DER PKCS#1)',
    ],
    [
      'EC P-256 SPKI, base64url',
      der(ec, 'spki').toString('base64url'),
      'EC P-256 public key (base64url DER SPKI)',
    ],
    [
      'RSA PKCS#1, base64url',
      der(rsa, 'pkcs1').toString('base64url'),
      'RSA 2048 public key (base64url DER PKCS#1)',
    ],
    [
      'RSA SPKI, base64 in 64-character lines',
      spkiPem.split('\n').slice(1, -2).join('\n'),
      'RSA 2048 public key (base64 DER SPKI)',
    ],
    ['JSON-escaped PEM', spkiPem.trim().replaceAll('\n', '\\n'), 'RSA 2048 public key (PEM SPKI)'],
    ['JSON-escaped PEM in quotes', JSON.stringify(spkiPem), 'RSA 2048 public key (PEM SPKI)'],
    [
      'a quoted JWK',
      JSON.stringify(JSON.stringify(ec.export({ format: 'jwk' }))),
      'EC P-256 public key (JWK)',
    ],
  ];

  it.each(
    BARE.flatMap(([name, text, description]) =>
      (['utf8', 'base64', 'base64url'] as const).map(
        (encoding) => [name, encoding, text, description] as const,
      ),
    ),
  )('recognises %s with secret encoding %s', (_name, encoding, text, description) => {
    const keySet = keySetOf(parseKeys(text, encoding));
    // A random key's base64url may happen to use neither '-' nor '_': then it is base64 too.
    const written = /[-_]/.test(text) ? description : description.replace('base64url', 'base64');
    expect(keySet.description).toBe(written);
    expect(keySet.keys[0]!.jwk.kty).not.toBe('oct');
  });

  it('says when it read a JSON-escaped PEM', () => {
    expect(keySetOf(parseKeys(spkiPem.trim().replaceAll('\n', '\\n'))).warnings).toEqual([
      'The PEM was JSON-escaped ("\\n" for each line break); it was read as PEM.',
    ]);
  });

  const CONFUSION =
    'is a public key, not a secret: RSA 2048 public key (PEM SPKI). Using a public key as an HMAC secret is algorithm confusion, the classic forgery (RFC 8725 §2.1): anyone can read the key, so a token MACed with it proves nothing, and Tokenscope never uses one as a secret. Paste the real HMAC secret, or check an RS, PS, ES or EdDSA token with this key.';

  it.each([
    ['base64', 'This secret (decoded from base64)'],
    ['base64url', 'This secret (decoded from base64url)'],
    ['utf8', 'This secret, decoded from base64,'],
  ] as const)('refuses a %s secret whose bytes are a PEM public key', (encoding, subject) => {
    const text = Buffer.from(spkiPem).toString(encoding === 'base64url' ? 'base64url' : 'base64');
    const error = errorOf(parseKeys(text, encoding));
    expect(error.code).toBe('secret-is-public-key');
    expect(error.message).toBe(`${subject} ${CONFUSION}`);
  });

  it('refuses a secret whose bytes are a DER certificate', () => {
    const body = RSA_CERTIFICATE.split('\n').slice(1, -1).join('');
    const hex = Buffer.from(body, 'base64').toString('base64');
    const error = errorOf(parseKeys(Buffer.from(hex).toString('base64'), 'base64'));
    expect(error.message).toMatch(
      /^This secret \(decoded from base64\) is a public key, not a secret: X\.509 certificate for CN=Tokenscope test signer RSA with an RSA 2048 public key \(base64 DER without PEM armour\)\. Using a public key as an HMAC secret is algorithm confusion/,
    );
  });

  it('refuses an oct JWK whose "k" is a public key, and skips it in a JWKS', async () => {
    const k = der(rsa, 'spki').toString('base64url');
    const error = errorOf(parseKeys(JSON.stringify({ kty: 'oct', k })));
    expect(error.code).toBe('secret-is-public-key');
    expect(error.message).toMatch(
      /^This JWK's "k" is a public key, not a secret: RSA 2048 public key \(DER SPKI\)\. Using a public key as an HMAC secret is algorithm confusion/,
    );
    const other = await makeKeyPair('ES256');
    const keySet = keySetOf(
      parseKeys(JSON.stringify({ keys: [{ kty: 'oct', k }, other.publicJwk] })),
    );
    expect(keySet.description).toBe('JWKS with 1 key, 1 skipped');
    expect(keySet.skipped[0]).toMatch(/^key 1: its "k" is a public key, not a secret/);
  });

  it('still takes base64 text that is no key as a secret, and suggests decoding it', () => {
    const keySet = keySetOf(parseKeys('hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg'));
    expect(keySet.keys[0]!.format).toBe('secret');
  });
});

describe('parseKeys: HMAC secrets', () => {
  it('takes anything else as a UTF-8 secret and warns when it is a known default', () => {
    const keySet = keySetOf(parseKeys('your-256-bit-secret'));
    expect(keySet.description).toBe('HMAC secret, 19 bytes (UTF-8 text)');
    expect(keySet.keys[0]!.warnings).toEqual([
      'This secret is a well-known default from tutorials and samples: anyone can forge tokens signed with it.',
      'The secret is 19 bytes; HS256 needs at least 32 (RFC 7518 §3.2). Short secrets can be brute-forced offline from a single token.',
    ]);
  });

  it('decodes base64 and base64url secrets when the user says so', () => {
    expect(keySetOf(parseKeys('+/+/', 'base64')).keys[0]!.jwk.k).toBe('-_-_');
    expect(keySetOf(parseKeys('-_-_', 'base64url')).keys[0]!.jwk.k).toBe('-_-_');
    expect(keySetOf(parseKeys('AAAA', 'base64')).description).toBe('HMAC secret, 3 bytes (base64)');
  });

  it.each([
    [
      '-_-_',
      'base64',
      "The secret is not valid base64: it contains characters of base64url ('- _'), not base64.",
    ],
    [
      '+/+/',
      'base64url',
      "The secret is not valid base64url: it contains characters of base64 ('+ /'), not base64url.",
    ],
    [
      'AAAAA',
      'base64',
      'The secret is not valid base64: 5 characters is not a possible base64 length.',
    ],
    [
      'AB',
      'base64url',
      'The secret is not valid base64url: its last character sets bits that encode nothing (not canonical base64url).',
    ],
  ] as const)('rejects %s as %s', (text, encoding, message) => {
    const error = errorOf(parseKeys(text, encoding));
    expect(error.code).toBe('secret-invalid');
    expect(error.message).toBe(message);
  });

  it('suggests base64 when a UTF-8 secret looks encoded', () => {
    const keySet = keySetOf(parseKeys('hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg'));
    expect(keySet.keys[0]!.warnings).toContain(
      'This secret looks base64-encoded. If it is, choose base64 or base64url so the decoded bytes are used.',
    );
  });

  it('ignores surrounding whitespace and says so', () => {
    const keySet = keySetOf(parseKeys('  a-long-enough-secret-of-thirty-two-bytes!\n'));
    expect(keySet.keys[0]!.warnings).toEqual([
      'Spaces and line breaks around the secret were ignored.',
    ]);
  });
});
