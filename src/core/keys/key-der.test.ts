import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readPkcs8, readX25519Spki, reframePkcs1, reframeSec1, toPem } from './key-der.ts';

/** One RSA key for the whole file: generating them is the slow part. */
const RSA = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

function der(
  key: ReturnType<typeof createPrivateKey>,
  type: 'pkcs1' | 'pkcs8' | 'sec1',
): Uint8Array {
  return new Uint8Array(key.export({ type, format: 'der' }));
}

describe('reframePkcs1', () => {
  it('gives exactly the PKCS#8 OpenSSL writes for the same RSA key', () => {
    const result = reframePkcs1(der(RSA, 'pkcs1'));
    expect(result).toEqual({
      ok: true,
      identity: { kty: 'RSA', bits: 2048 },
      pkcs8: der(RSA, 'pkcs8'),
    });
  });

  it('says what is wrong with bytes that are not an RSAPrivateKey', () => {
    expect(reframePkcs1(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x00))).toEqual({
      ok: false,
      unsupported: false,
      message: 'The DER structure is malformed: an RSA private key has nine integers.',
    });
    expect(reframePkcs1(Uint8Array.of(0x30, 0x05, 0x02))).toEqual({
      ok: false,
      unsupported: false,
      message: 'The DER structure is malformed: an element is longer than the data holding it.',
    });
  });
});

describe('reframeSec1', () => {
  it.each(['P-256', 'P-384', 'P-521'] as const)(
    'gives exactly the PKCS#8 OpenSSL writes for a %s key',
    (namedCurve) => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve });
      expect(reframeSec1(der(privateKey, 'sec1'))).toEqual({
        ok: true,
        identity: { kty: 'EC', crv: namedCurve },
        pkcs8: der(privateKey, 'pkcs8'),
      });
    },
  );

  it('refuses a key that does not name its curve, and says what to export instead', () => {
    // ECPrivateKey { version 1, privateKey OCTET STRING (32 bytes) } without [0] parameters.
    const bare = Uint8Array.of(
      0x30,
      0x25,
      0x02,
      0x01,
      0x01,
      0x04,
      0x20,
      ...new Uint8Array(32).fill(7),
    );
    expect(reframeSec1(bare)).toEqual({
      ok: false,
      unsupported: true,
      message:
        'This EC private key does not name its curve (it has no [0] parameters), so it cannot be read. Export the key again as PKCS#8 (BEGIN PRIVATE KEY) or as a JWK.',
    });
  });

  it('names an unsupported curve', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    expect(reframeSec1(der(privateKey, 'sec1'))).toEqual({
      ok: false,
      unsupported: true,
      message: 'This is a secp256k1 key (ES256K), which Web Crypto does not support.',
    });
  });
});

describe('readPkcs8', () => {
  it('tells what each key type is', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    const ed = generateKeyPairSync('ed25519').privateKey;
    const x = generateKeyPairSync('x25519').privateKey;
    const identity = (key: typeof RSA) => {
      const result = readPkcs8(der(key, 'pkcs8'));
      return result.ok ? result.identity : result.message;
    };
    expect(identity(RSA)).toEqual({ kty: 'RSA', bits: 2048 });
    expect(identity(ec)).toEqual({ kty: 'EC', crv: 'P-384' });
    expect(identity(ed)).toEqual({ kty: 'OKP', crv: 'Ed25519' });
    expect(identity(x)).toEqual({ kty: 'OKP', crv: 'X25519' });
  });

  it('explains the key types Web Crypto cannot import', () => {
    const message = (key: ReturnType<typeof createPrivateKey>) => {
      const result = readPkcs8(der(key, 'pkcs8'));
      return result.ok ? 'read' : result.message;
    };
    expect(message(generateKeyPairSync('ed448').privateKey)).toBe(
      'This is an Ed448 key, which Web Crypto does not support.',
    );
    expect(message(generateKeyPairSync('rsa-pss', { modulusLength: 2048 }).privateKey)).toBe(
      'This is an RSA key marked for RSASSA-PSS only (OID id-RSASSA-PSS), which Web Crypto cannot import: export it with the plain rsaEncryption identifier (for example as a JWK) instead.',
    );
    expect(
      message(generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).privateKey),
    ).toBe('This is a DSA key, which JOSE does not use.');
  });
});

describe('readX25519Spki', () => {
  it('reads an X25519 public key as a JWK, and nothing else', () => {
    const { publicKey } = generateKeyPairSync('x25519');
    const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
    expect(readX25519Spki(spki)).toEqual({ ...publicKey.export({ format: 'jwk' }) });
    const ed = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
    expect(readX25519Spki(new Uint8Array(ed))).toBeUndefined();
    expect(readX25519Spki(Uint8Array.of(1, 2, 3))).toBeUndefined();
  });
});

describe('toPem', () => {
  it('armours DER as OpenSSL does: base64 in 64-character lines', () => {
    expect(toPem('PRIVATE KEY', der(RSA, 'pkcs8'))).toBe(
      (RSA.export({ type: 'pkcs8', format: 'pem' }) as string).trim(),
    );
  });
});
