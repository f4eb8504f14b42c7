import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CompactSign, compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import type { SigningAlgorithm } from './jose-algorithms.ts';
import { KeyMaterialError } from './key-errors.ts';
import { readSigningKey, type SigningKeyInput } from './read-signing-key.ts';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const p521 = generateKeyPairSync('ec', { namedCurve: 'P-521' });
const ed25519 = generateKeyPairSync('ed25519');
const x25519 = generateKeyPairSync('x25519');

const pem = (key: KeyObject, type: 'pkcs1' | 'pkcs8' | 'sec1' | 'spki') =>
  key.export({ type, format: 'pem' } as never) as unknown as string;
const jwk = (key: KeyObject, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...key.export({ format: 'jwk' }), ...extra });

async function read(input: Partial<SigningKeyInput> & { keyText: string; alg: SigningAlgorithm }) {
  return readSigningKey({ secretEncoding: 'utf8', ...input });
}

async function failure(
  input: Partial<SigningKeyInput> & { keyText: string; alg: SigningAlgorithm },
) {
  const result = await read(input);
  if (result.ok) throw new Error(`expected a failure, got ${result.signingKey.description}`);
  expect(result.error).toBeInstanceOf(KeyMaterialError);
  return { code: result.error.code, message: result.error.message };
}

/** Signs with what was read and verifies with the public key: the key really is usable. */
async function signsAndVerifies(
  keyText: string,
  alg: SigningAlgorithm,
  verifyKey: KeyObject | Uint8Array,
) {
  const result = await read({ keyText, alg });
  if (!result.ok) throw result.error;
  const token = await new CompactSign(new TextEncoder().encode('{"sub":"x"}'))
    .setProtectedHeader({ alg })
    .sign(result.signingKey.key);
  await compactVerify(token, verifyKey, { algorithms: [alg] });
  return result.signingKey;
}

describe('readSigningKey reads every key format', () => {
  it.each([
    ['PEM PKCS#8', pem(rsa.privateKey, 'pkcs8'), 'RS256', 'RSA 2048 private key (PEM PKCS#8)'],
    ['PEM PKCS#1', pem(rsa.privateKey, 'pkcs1'), 'PS384', 'RSA 2048 private key (PEM PKCS#1)'],
    ['JWK', jwk(rsa.privateKey), 'RS512', 'RSA 2048 private key (JWK)'],
  ] as const)('RSA as %s', async (_format, keyText, alg, description) => {
    const key = await signsAndVerifies(keyText, alg, rsa.publicKey);
    expect(key.description).toBe(description);
    expect(key.warnings).toEqual([]);
    expect(key.key).not.toBeInstanceOf(Uint8Array);
    expect((key.key as CryptoKey).extractable).toBe(false);
  });

  it.each([
    ['PEM SEC1', pem(p256.privateKey, 'sec1'), 'EC P-256 private key (PEM SEC1)'],
    ['PEM PKCS#8', pem(p256.privateKey, 'pkcs8'), 'EC P-256 private key (PEM PKCS#8)'],
    ['JWK', jwk(p256.privateKey), 'EC P-256 private key (JWK)'],
  ] as const)('EC as %s', async (_format, keyText, description) => {
    expect((await signsAndVerifies(keyText, 'ES256', p256.publicKey)).description).toBe(
      description,
    );
  });

  it('SEC1 with the EC PARAMETERS block openssl ecparam -genkey writes first', async () => {
    const withParameters = `-----BEGIN EC PARAMETERS-----\nBgUrgQQAIw==\n-----END EC PARAMETERS-----\n${pem(p521.privateKey, 'sec1')}`;
    expect((await signsAndVerifies(withParameters, 'ES512', p521.publicKey)).description).toBe(
      'EC P-521 private key (PEM SEC1)',
    );
  });

  it('Ed25519 as PEM PKCS#8 and JWK', async () => {
    await signsAndVerifies(pem(ed25519.privateKey, 'pkcs8'), 'EdDSA', ed25519.publicKey);
    await signsAndVerifies(jwk(ed25519.privateKey), 'EdDSA', ed25519.publicKey);
  });

  it('an HMAC secret as UTF-8, base64, base64url or an oct JWK', async () => {
    const bytes = new Uint8Array(48).map((_, index) => index * 5 + 1);
    const base64 = Buffer.from(bytes).toString('base64');
    const base64url = Buffer.from(bytes).toString('base64url');
    const utf8 = 'correct horse battery staple, correct horse battery staple';
    expect((await read({ keyText: utf8, alg: 'HS256' })).ok).toBe(true);
    const fromUtf8 = await signsAndVerifies(utf8, 'HS256', new TextEncoder().encode(utf8));
    expect(fromUtf8.description).toBe('secret, 58 bytes (UTF-8 text)');
    for (const [secretEncoding, keyText, description] of [
      ['base64', base64, 'secret, 48 bytes (base64)'],
      ['base64url', base64url, 'secret, 48 bytes (base64url)'],
      ['utf8', JSON.stringify({ kty: 'oct', k: base64url }), 'symmetric key, 48 bytes (JWK)'],
    ] as const) {
      const result = await read({ keyText, alg: 'HS384', secretEncoding });
      if (!result.ok) throw result.error;
      expect(result.signingKey.description).toBe(description);
      expect(result.signingKey.key).toEqual(bytes);
      expect(result.signingKey.warnings).toEqual([]);
    }
  });

  it('one JWKS entry: the only one that fits, or the one the header kid names', async () => {
    const jwks = JSON.stringify({
      keys: [
        { ...p256.publicKey.export({ format: 'jwk' }), kid: 'ec-public' },
        { ...rsa.privateKey.export({ format: 'jwk' }), kid: 'rsa-1' },
        { ...rsa.privateKey.export({ format: 'jwk' }), kid: 'rsa-2' },
        { ...ed25519.privateKey.export({ format: 'jwk' }), kid: 'ed' },
      ],
    });
    const only = await read({ keyText: jwks, alg: 'EdDSA' });
    expect(only.ok && [only.signingKey.kid, only.signingKey.description]).toEqual([
      'ed',
      'Ed25519 private key (JWKS entry)',
    ]);
    const named = await read({ keyText: jwks, alg: 'RS256', kid: 'rsa-2' });
    expect(named.ok && named.signingKey.kid).toBe('rsa-2');
    expect(await failure({ keyText: jwks, alg: 'RS256' })).toEqual({
      code: 'ambiguous-key',
      message:
        '2 keys in this JWKS can sign RS256 (key "rsa-1" and key "rsa-2"): put the "kid" of the one to use in the header.',
    });
    expect(await failure({ keyText: jwks, alg: 'RS256', kid: 'rsa-3' })).toEqual({
      code: 'kid-not-found',
      message:
        'No key in this JWKS has the kid "rsa-3" named in the header (its kids: "ec-public", "rsa-1", "rsa-2", "ed").',
    });
    expect(await failure({ keyText: jwks, alg: 'ES256' })).toEqual({
      code: 'public-key',
      message:
        'This is the EC P-256 public key (JWKS entry): signing with ES256 needs the private key (a JWK with "d", or a PEM PRIVATE KEY block).',
    });
    expect(await failure({ keyText: jwks, alg: 'ES384' })).toEqual({
      code: 'no-usable-key',
      message:
        'None of the 4 keys in this JWKS can sign ES384. key "ec-public": This is a P-256 EC key: it signs ES256, not ES384. key "rsa-1": This is an RSA 2048 key: it signs RS256, RS384, RS512, PS256, PS384 and PS512, not ES384. key "rsa-2": This is an RSA 2048 key: it signs RS256, RS384, RS512, PS256, PS384 and PS512, not ES384. key "ed": This is an Ed25519 key: it signs EdDSA, not ES384.',
    });
  });
});

describe('readSigningKey with several PEM blocks', () => {
  it('needs exactly one that fits, and PEM has no kid to choose by', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const two = `${pem(rsa.privateKey, 'pkcs8')}\n${pem(other, 'pkcs1')}`;
    expect(await failure({ keyText: two, alg: 'RS256' })).toEqual({
      code: 'ambiguous-key',
      message: '2 keys pasted can sign RS256 (key 1 and key 2): paste only the one to use.',
    });
    expect(await failure({ keyText: two, alg: 'ES256' })).toEqual({
      code: 'no-usable-key',
      message:
        'None of the 2 keys pasted can sign ES256. key 1: This is an RSA 2048 key: it signs RS256, RS384, RS512, PS256, PS384 and PS512, not ES256. key 2: This is an RSA 2048 key: it signs RS256, RS384, RS512, PS256, PS384 and PS512, not ES256.',
    });
    const mixed = `${pem(p256.publicKey, 'spki')}\n${pem(ed25519.privateKey, 'pkcs8')}`;
    expect((await read({ keyText: mixed, alg: 'EdDSA' })).ok).toBe(true);
  });
});

describe('readSigningKey says why a key cannot sign', () => {
  it('nothing pasted', async () => {
    expect(await failure({ keyText: '  \n', alg: 'ES256' })).toEqual({
      code: 'empty',
      message:
        'Paste a key into Signing key: ES256 needs a P-256 EC private key (JWK, or PEM: PRIVATE KEY or EC PRIVATE KEY).',
    });
  });

  it('a key for another algorithm names the algorithms it is for', async () => {
    expect(await failure({ keyText: pem(p256.privateKey, 'sec1'), alg: 'RS256' })).toEqual({
      code: 'wrong-algorithm',
      message: 'This is a P-256 EC key: it signs ES256, not RS256.',
    });
    expect(await failure({ keyText: pem(p256.privateKey, 'pkcs8'), alg: 'ES384' })).toEqual({
      code: 'wrong-algorithm',
      message: 'This is a P-256 EC key: it signs ES256, not ES384.',
    });
    expect(await failure({ keyText: jwk(rsa.privateKey), alg: 'HS256' })).toEqual({
      code: 'wrong-algorithm',
      message:
        'This is an RSA 2048 key: it signs RS256, RS384, RS512, PS256, PS384 and PS512, not HS256.',
    });
    expect(
      await failure({ keyText: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }), alg: 'PS256' }),
    ).toEqual({
      code: 'wrong-algorithm',
      message: 'This is a 6-byte symmetric key: it signs HS256, HS384 and HS512, not PS256.',
    });
    expect(await failure({ keyText: pem(x25519.privateKey, 'pkcs8'), alg: 'EdDSA' })).toEqual({
      code: 'wrong-algorithm',
      message:
        'This is an X25519 key: it is for JWE key agreement (ECDH-ES and ECDH-ES+A256KW) and cannot sign EdDSA.',
    });
  });

  it('a public key where the private key is needed', async () => {
    expect(await failure({ keyText: pem(rsa.publicKey, 'spki'), alg: 'RS256' })).toEqual({
      code: 'public-key',
      message:
        'This is the RSA 2048 public key (PEM SPKI): signing with RS256 needs the private key (a JWK with "d", or a PEM PRIVATE KEY block).',
    });
    expect(await failure({ keyText: jwk(ed25519.publicKey), alg: 'EdDSA' })).toEqual({
      code: 'public-key',
      message:
        'This is the Ed25519 public key (JWK): signing with EdDSA needs the private key (a JWK with "d", or a PEM PRIVATE KEY block).',
    });
  });

  it('text that is no key, for an algorithm that needs one', async () => {
    expect(await failure({ keyText: 'my-secret', alg: 'RS256' })).toEqual({
      code: 'not-a-key',
      message:
        'This is not a key: RS256 needs an RSA private key of at least 2048 bits (JWK, or PEM: PRIVATE KEY or RSA PRIVATE KEY). A secret typed as text only signs HS256, HS384 and HS512.',
    });
  });

  it('an RSA key under 2048 bits', async () => {
    const short = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(await failure({ keyText: pem(short, 'pkcs1'), alg: 'PS256' })).toEqual({
      code: 'key-too-short',
      message: 'This RSA key is 1024 bits; PS256 needs at least 2048 (RFC 7518 §3.3).',
    });
  });

  it('a JWK whose use, alg or key_ops rule signing out', async () => {
    expect(await failure({ keyText: jwk(rsa.privateKey, { use: 'enc' }), alg: 'RS256' })).toEqual({
      code: 'key-restricted',
      message:
        'This key is marked "use": "enc" (encryption), so it is not for signatures. Remove "use" from the key if it really is meant for both.',
    });
    expect(await failure({ keyText: jwk(rsa.privateKey, { alg: 'RS256' }), alg: 'PS256' })).toEqual(
      {
        code: 'key-restricted',
        message:
          'This key is marked "alg": "RS256", so it is not for PS256. Choose RS256, or remove "alg" from the key.',
      },
    );
    expect(
      await failure({ keyText: jwk(p256.privateKey, { key_ops: ['verify'] }), alg: 'ES256' }),
    ).toEqual({
      code: 'key-restricted',
      message: 'This key\'s "key_ops" (verify) do not include "sign", so it may not sign.',
    });
  });

  it("a weak HMAC secret signs, with the verifier's own warnings", async () => {
    const result = await read({ keyText: 'secret', alg: 'HS256' });
    expect(result.ok && result.signingKey.warnings).toEqual([
      'This secret is a well-known default from tutorials and samples: anyone can forge tokens signed with it.',
      'The secret is 6 bytes; HS256 needs at least 32 (RFC 7518 §3.2). Short secrets can be brute-forced offline from a single token.',
    ]);
    const hs512 = await read({ keyText: 'x'.repeat(40), alg: 'HS512' });
    expect(hs512.ok && hs512.signingKey.warnings).toEqual([
      'The secret is 40 bytes; HS512 needs at least 64 (RFC 7518 §3.2). Short secrets can be brute-forced offline from a single token.',
      'Every byte of the secret is the same: it is not random.',
    ]);
  });

  it('a kid in the header that the key does not have', async () => {
    const result = await read({
      keyText: jwk(p256.privateKey, { kid: 'a' }),
      alg: 'ES256',
      kid: 'b',
    });
    expect(result.ok && result.signingKey.warnings).toEqual([
      'The header names kid "b", but this key\'s kid is "a": a verifier that picks keys by kid will not find it.',
    ]);
  });

  it('a secret that is not valid in the chosen encoding', async () => {
    expect(await failure({ keyText: 'abc+/', alg: 'HS256', secretEncoding: 'base64url' })).toEqual({
      code: 'secret-invalid',
      message:
        "The secret is not valid base64url: it contains characters of base64 ('+ /'), not base64url.",
    });
  });

  it('a key Web Crypto refuses to import', async () => {
    const broken = { ...p256.privateKey.export({ format: 'jwk' }), x: 'AAAA' };
    const result = await failure({ keyText: JSON.stringify(broken), alg: 'ES256' });
    expect(result.code).toBe('key-unusable');
    expect(result.message).toMatch(
      /^The EC P-256 private key \(JWK\) could not be imported for ES256: .+\.$/,
    );
  });
});
