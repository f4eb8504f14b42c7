import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import {
  CompactEncrypt,
  CompactSign,
  compactDecrypt,
  compactVerify,
  importJWK,
  importPKCS8,
  type JWK,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { parseKeys } from '../verify/parse-keys.ts';
import { EC_CERTIFICATE } from '../verify/test-fixtures.ts';
import { convertKey } from './convert-key.ts';
import { generateKey } from './generate-key.ts';
import {
  KEY_MANAGEMENT_ALGORITHMS,
  SIGNING_ALGORITHMS,
  type ContentEncryption,
} from './jose-algorithms.ts';
import { calculateThumbprint, type KeyView } from './key-view.ts';
import { readSigningKey } from './read-signing-key.ts';

/** RFC 7638 §3.1: the example RSA key and its SHA-256 thumbprint. */
const RFC7638_KEY: JWK = {
  kty: 'RSA',
  n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
  e: 'AQAB',
  alg: 'RS256',
  kid: '2011-04-29',
};

async function view(result: Promise<{ ok: true; view: KeyView } | { ok: false; error: Error }>) {
  const settled = await result;
  if (!settled.ok) throw settled.error;
  return settled.view;
}

describe('calculateThumbprint', () => {
  it('gives RFC 7638 §3.1 thumbprint of its example key', async () => {
    expect(await calculateThumbprint(RFC7638_KEY)).toBe(
      'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
    );
  });

  it('is what the key tools show for the same key', async () => {
    const shown = await view(
      convertKey({ keyText: JSON.stringify(RFC7638_KEY), secretEncoding: 'utf8' }),
    );
    expect(shown.thumbprint).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
    // The key already has a kid, which tokens may name: the JWKS keeps it.
    expect(JSON.parse(shown.jwks!)).toEqual({
      keys: [{ kty: 'RSA', kid: '2011-04-29', use: 'sig', n: RFC7638_KEY.n, e: 'AQAB' }],
    });
  });
});

/** Generating RSA keys takes seconds on a busy machine; nothing here waits on a clock. */
const KEYGEN = { timeout: 60_000 };

describe('generateKey', KEYGEN, () => {
  it.each(SIGNING_ALGORITHMS)(
    '%s: the private key signs, the public JWKS verifies',
    async (alg) => {
      const generated = await view(generateKey(alg));
      const keyText = generated.secret?.base64url ?? generated.privatePem!;
      const signing = await readSigningKey({ keyText, alg, secretEncoding: 'base64url' });
      if (!signing.ok) throw signing.error;
      expect(signing.signingKey.warnings).toEqual([]);
      const token = await new CompactSign(new TextEncoder().encode('{}'))
        .setProtectedHeader({ alg })
        .sign(signing.signingKey.key);
      if (generated.kind === 'secret') {
        expect(generated.secret!.jwk).toBe(
          JSON.stringify({ kty: 'oct', k: generated.secret!.base64url }, null, 2),
        );
        expect(generated.jwks).toBeUndefined();
        await compactVerify(token, signing.signingKey.key);
        return;
      }
      const jwks = JSON.parse(generated.jwks!) as { keys: JWK[] };
      expect(jwks.keys).toHaveLength(1);
      const [entry] = jwks.keys;
      expect(entry).toMatchObject({ kid: generated.thumbprint, alg, use: 'sig' });
      expect(entry).not.toHaveProperty('d');
      expect(await calculateThumbprint(JSON.parse(generated.publicJwk!) as JWK)).toBe(
        generated.thumbprint,
      );
      await compactVerify(token, await importJWK(entry!, alg));
      // The JWKS is ready for the verifier's Keys box.
      const pasted = parseKeys(generated.jwks!);
      expect(pasted.ok && pasted.keySet.keys.map((key) => key.jwk.kid)).toEqual([
        generated.thumbprint,
      ]);
      expect(generated.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(generated.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
      expect(JSON.parse(generated.privateJwk!)).toHaveProperty('d');
    },
  );

  it.each(KEY_MANAGEMENT_ALGORITHMS.filter((alg) => alg !== 'dir'))(
    '%s: the public key encrypts, the private key decrypts',
    async (alg) => {
      const generated = await view(generateKey(alg));
      const plaintext = new TextEncoder().encode('hello');
      if (generated.kind === 'secret') {
        expect(generated.description).toBe('AES-256 key of 32 random bytes for A256KW');
        const key = Buffer.from(generated.secret!.base64, 'base64');
        expect(key).toHaveLength(32);
        const jwe = await new CompactEncrypt(plaintext)
          .setProtectedHeader({ alg, enc: 'A256GCM' })
          .encrypt(key);
        expect((await compactDecrypt(jwe, key)).plaintext).toEqual(plaintext);
        return;
      }
      const jwks = JSON.parse(generated.jwks!) as { keys: JWK[] };
      expect(jwks.keys[0]).toMatchObject({ kid: generated.thumbprint, alg, use: 'enc' });
      const jwe = await new CompactEncrypt(plaintext)
        .setProtectedHeader({ alg, enc: 'A128GCM' })
        .encrypt(await importJWK(JSON.parse(generated.publicJwk!) as JWK, alg));
      const privateKey = await importPKCS8(generated.privatePem!, alg);
      expect((await compactDecrypt(jwe, privateKey)).plaintext).toEqual(plaintext);
    },
  );

  it.each([
    ['A128GCM', 16],
    ['A256GCM', 32],
    ['A128CBC-HS256', 32],
  ] as [ContentEncryption, number][])(
    'dir with %s: a key of exactly %i bytes',
    async (enc, bytes) => {
      const generated = await view(generateKey('dir', { enc }));
      expect(generated.description).toBe(`Key of ${bytes} random bytes for dir with ${enc}`);
      const key = Buffer.from(generated.secret!.base64url, 'base64url');
      expect(key).toHaveLength(bytes);
      expect(generated.secret!.base64).toBe(key.toString('base64'));
    },
  );

  it('describes what it made, with the options chosen', async () => {
    expect((await view(generateKey('PS256', { modulusLength: 3072 }))).description).toBe(
      'RSA 3072 key pair for PS256',
    );
    expect((await view(generateKey('ES384'))).description).toBe('EC P-384 key pair for ES384');
    expect((await view(generateKey('EdDSA'))).description).toBe('Ed25519 key pair for EdDSA');
    expect((await view(generateKey('HS384'))).description).toBe(
      'Secret of 48 random bytes for HS384',
    );
    const x25519 = await view(generateKey('ECDH-ES+A256KW', { crv: 'X25519' }));
    expect(x25519.description).toBe('X25519 key pair for ECDH-ES+A256KW');
    expect(JSON.parse(x25519.publicJwk!)).toMatchObject({ kty: 'OKP', crv: 'X25519' });
  });
});

describe('convertKey', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });

  it('PEM PKCS#1 → private and public JWK, and PEM PKCS#8 / SPKI as OpenSSL writes them', async () => {
    const shown = await view(
      convertKey({
        keyText: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
        secretEncoding: 'utf8',
      }),
    );
    expect(shown.kind).toBe('key-pair');
    expect(shown.description).toBe('RSA 2048 private key (PEM PKCS#1)');
    const { kty, n, e, d, p, q, dp, dq, qi } = rsa.privateKey.export({ format: 'jwk' });
    expect(shown.privateJwk).toBe(JSON.stringify({ kty, n, e, d, p, q, dp, dq, qi }, null, 2));
    expect(shown.publicJwk).toBe(JSON.stringify({ kty, n, e }, null, 2));
    expect(shown.privatePem).toBe(
      (rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string).trim(),
    );
    expect(shown.publicPem).toBe(
      (rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string).trim(),
    );
    // RSA signs with RS* and PS* alike, so the JWKS does not guess an alg.
    expect(JSON.parse(shown.jwks!)).toEqual({
      keys: [{ kty, kid: shown.thumbprint, use: 'sig', n, e }],
    });
  });

  it('private JWK → PEM, and back to the same JWK', async () => {
    const jwk = p384.privateKey.export({ format: 'jwk' });
    const toPem = await view(convertKey({ keyText: JSON.stringify(jwk), secretEncoding: 'utf8' }));
    expect(toPem.privatePem).toBe(
      (p384.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string).trim(),
    );
    const back = await view(convertKey({ keyText: toPem.privatePem!, secretEncoding: 'utf8' }));
    expect(JSON.parse(back.privateJwk!)).toEqual(jwk);
    expect(JSON.parse(back.jwks!).keys[0]).toMatchObject({ alg: 'ES384', use: 'sig' });
  });

  it('public keys: certificate → JWK, JWK → SPKI; no private forms', async () => {
    const fromCertificate = await view(
      convertKey({ keyText: EC_CERTIFICATE, secretEncoding: 'utf8' }),
    );
    expect(fromCertificate.kind).toBe('public-key');
    expect(fromCertificate.privateJwk).toBeUndefined();
    expect(fromCertificate.privatePem).toBeUndefined();
    const expected = createPublicKey(EC_CERTIFICATE);
    expect(JSON.parse(fromCertificate.publicJwk!)).toEqual(expected.export({ format: 'jwk' }));
    const fromJwk = await view(
      convertKey({ keyText: fromCertificate.publicJwk!, secretEncoding: 'utf8' }),
    );
    expect(fromJwk.publicPem).toBe(
      (expected.export({ type: 'spki', format: 'pem' }) as string).trim(),
    );
  });

  it('a secret → oct JWK and base64 forms, and no JWKS', async () => {
    const shown = await view(convertKey({ keyText: 'aGVsbG8', secretEncoding: 'base64url' }));
    expect(shown).toEqual({
      kind: 'secret',
      description: 'secret, 5 bytes (base64url)',
      privateJwk: undefined,
      publicJwk: undefined,
      privatePem: undefined,
      publicPem: undefined,
      secret: {
        jwk: '{\n  "kty": "oct",\n  "k": "aGVsbG8"\n}',
        base64url: 'aGVsbG8',
        base64: 'aGVsbG8=',
      },
      thumbprint: await calculateThumbprint({ kty: 'oct', k: 'aGVsbG8' }),
      jwks: undefined,
    });
  });

  it('labels the JWKS entry with the algorithm given, and refuses one the key cannot do', async () => {
    const pem = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const forOaep = await view(
      convertKey({ keyText: pem, secretEncoding: 'utf8', algorithm: 'RSA-OAEP-256' }),
    );
    expect(JSON.parse(forOaep.jwks!).keys[0]).toMatchObject({ alg: 'RSA-OAEP-256', use: 'enc' });
    const result = await convertKey({ keyText: pem, secretEncoding: 'utf8', algorithm: 'ES256' });
    expect(result.ok || [result.error.code, result.error.message]).toEqual([
      'wrong-algorithm',
      'This is an RSA 2048 key: it signs RS256, RS384, RS512, PS256, PS384 and PS512, not ES256.',
    ]);
  });

  it('asks for one key when given several, and for a key when given none', async () => {
    const two = JSON.stringify({
      keys: [
        { ...rsa.publicKey.export({ format: 'jwk' }), kid: 'a' },
        { ...p384.publicKey.export({ format: 'jwk' }), kid: 'b' },
      ],
    });
    const several = await convertKey({ keyText: two, secretEncoding: 'utf8' });
    expect(several.ok || [several.error.code, several.error.message]).toEqual([
      'ambiguous-key',
      'This holds 2 keys (key "a" (RSA 2048 public key (JWKS entry)); key "b" (EC P-384 public key (JWKS entry))): paste one key to convert.',
    ]);
    const none = await convertKey({ keyText: ' ', secretEncoding: 'utf8' });
    expect(none.ok || [none.error.code, none.error.message]).toEqual([
      'empty',
      'Paste a key to convert: a JWK, a PEM block or a secret.',
    ]);
  });
});
