import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EC_CERTIFICATE, RSA_PKCS1, RSA_SPKI } from '../verify/test-fixtures.ts';
import { readKeyText, type KeyTextOptions } from './read-key-text.ts';

const SECRETS: KeyTextOptions = { secretEncoding: 'utf8', secret: { allowed: true } };
const KEYS_ONLY: KeyTextOptions = {
  secretEncoding: 'utf8',
  secret: { allowed: false, notAKey: 'Not a key.' },
};

function error(text: string, options: KeyTextOptions = KEYS_ONLY) {
  const result = readKeyText(text, options);
  return result.ok ? 'read' : { code: result.error.code, message: result.error.message };
}

function descriptions(text: string, options: KeyTextOptions = KEYS_ONLY) {
  const result = readKeyText(text, options);
  if (!result.ok) throw result.error;
  return result.candidates.map((candidate) => candidate.description);
}

describe('readKeyText recognises', () => {
  it('public keys in every PEM form the verifier reads, and X25519', () => {
    const x25519 = generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'pem' });
    expect(descriptions(RSA_SPKI)).toEqual(['RSA 2048 public key (PEM SPKI)']);
    expect(descriptions(RSA_PKCS1)).toEqual(['RSA 2048 public key (PEM PKCS#1)']);
    expect(descriptions(EC_CERTIFICATE)).toEqual(['EC P-256 public key (X.509 certificate)']);
    expect(descriptions(x25519 as string)).toEqual(['X25519 public key (PEM SPKI)']);
  });

  it('several PEM blocks, each a candidate', () => {
    expect(descriptions(`${RSA_SPKI}\n${EC_CERTIFICATE}`)).toEqual([
      'RSA 2048 public key (PEM SPKI)',
      'EC P-256 public key (X.509 certificate)',
    ]);
  });

  it('a bare JSON array as a JWKS, skipping entries it cannot read', () => {
    const result = readKeyText(
      JSON.stringify([{ kty: 'oct', k: 'AAAA' }, { kty: 'OKP', crv: 'Ed448', x: 'AAAA' }, 7]),
      KEYS_ONLY,
    );
    expect(result.ok && result.skipped).toEqual([
      'key 2: curve "Ed448" is not supported by Web Crypto (Ed25519 and X25519 are)',
      'key 3: it is not a JSON object',
    ]);
    expect(result.ok && result.candidates.map((candidate) => candidate.description)).toEqual([
      'symmetric key, 3 bytes (JWKS entry)',
    ]);
  });
});

describe('readKeyText explains what it cannot read', () => {
  it('JSON that is not valid, not a key, or an empty JWKS', () => {
    expect(error('{"kty": "RSA",}')).toEqual({
      code: 'json-syntax',
      message:
        'The key looks like JSON but is not valid JSON: expected a member name in double quotes at character 15.',
    });
    expect(error('{"issuer": "https://example.com"}')).toEqual({
      code: 'not-a-key',
      message: 'This JSON is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
    });
    expect(error('{"keys": {}}')).toEqual({
      code: 'not-a-key',
      message: 'A JWKS is a JSON object with a "keys" array, and this one has none.',
    });
    expect(error('{"keys": []}')).toEqual({ code: 'jwks-empty', message: 'The JWKS has no keys.' });
    expect(error('{"keys": [{"kty": "EC"}]}')).toEqual({
      code: 'jwks-empty',
      message:
        'None of the keys in this JWKS can be read (key 1: an EC JWK needs a "crv" (curve) string).',
    });
  });

  it('JWKs with missing or malformed members', () => {
    expect(error('{"kty": "RSA", "n": "AQAB"}')).toEqual({
      code: 'jwk-invalid',
      message: 'This JWK cannot be used: an RSA JWK needs "n" and "e".',
    });
    expect(error('{"kty": "RSA", "n": "AQAB", "e": "AQAB", "d": "AQAB"}')).toEqual({
      code: 'jwk-invalid',
      message:
        'This JWK cannot be used: this RSA private JWK has "d" but not "p", "q", "dp", "dq", "qi"; Web Crypto needs every private member (RFC 7518 §6.3.2).',
    });
    expect(error('{"kty": "EC", "crv": "P-256", "x": "a=", "y": "AA"}')).toEqual({
      code: 'jwk-invalid',
      message: 'This JWK cannot be used: its "x" member is not a base64url string.',
    });
    expect(error('{"kty": "EC", "crv": "secp256k1", "x": "AA", "y": "AA"}')).toEqual({
      code: 'unsupported-key-type',
      message:
        'This JWK cannot be used: curve "secp256k1" is not supported (P-256, P-384 and P-521 are).',
    });
    expect(error('{"kty": "AKP", "alg": "ML-DSA-44"}')).toEqual({
      code: 'unsupported-key-type',
      message:
        'This JWK cannot be used: kty "AKP" is not a key type Tokenscope can use (RSA, EC, OKP and oct are).',
    });
    expect(error('{"kty": "oct", "k": ""}')).toEqual({
      code: 'jwk-invalid',
      message: 'This JWK cannot be used: its "k" member is not a base64url string.',
    });
  });

  it('PEM that is broken, encrypted or of another kind', () => {
    expect(error('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PUBLIC KEY-----')).toEqual({
      code: 'pem-invalid',
      message: 'The PEM block "BEGIN PRIVATE KEY" ends with "END PUBLIC KEY".',
    });
    expect(error('-----BEGIN PRIVATE KEY-----\nMIIE')).toEqual({
      code: 'pem-invalid',
      message:
        'The text has a "-----BEGIN" line but no complete PEM key block: check that the "-----END …-----" line was copied too.',
    });
    expect(error('-----BEGIN PRIVATE KEY-----\nA\n-----END PRIVATE KEY-----')).toEqual({
      code: 'pem-invalid',
      message:
        'The PEM block "BEGIN PRIVATE KEY" is not valid base64: 1 characters is not a possible base64 length.',
    });
    expect(error('-----BEGIN PRIVATE KEY-----\nMAMCAQA=\n-----END PRIVATE KEY-----')).toEqual({
      code: 'pem-invalid',
      message:
        'The PEM block "BEGIN PRIVATE KEY" cannot be used. The DER structure is malformed: expected an AlgorithmIdentifier.',
    });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const encrypted = privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'x',
    }) as string;
    expect(error(encrypted)).toEqual({
      code: 'pem-encrypted',
      message:
        'This private key is protected by a passphrase (BEGIN ENCRYPTED PRIVATE KEY), and Tokenscope does not ask for passphrases. Export it without one, for example: openssl pkey -in key.pem -out key-plain.pem',
    });
    const legacy = privateKey.export({
      type: 'sec1',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'x',
    }) as string;
    expect(error(legacy)).toEqual({
      code: 'pem-encrypted',
      message:
        'This private key is protected by a passphrase (Proc-Type: 4,ENCRYPTED), and Tokenscope does not ask for passphrases. Export it without one, for example: openssl pkey -in key.pem -out key-plain.pem',
    });
    expect(
      error('-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----'),
    ).toEqual({
      code: 'pem-unsupported',
      message:
        'This is an OpenSSH private key, which Web Crypto cannot import. Convert it to PKCS#8 (for RSA and ECDSA keys: ssh-keygen -p -m PKCS8 -f <file>), or paste a JWK.',
    });
    expect(error('-----BEGIN DH PARAMETERS-----\nAAAA\n-----END DH PARAMETERS-----')).toEqual({
      code: 'pem-unsupported',
      message:
        '"DH PARAMETERS" is not a key format Tokenscope reads: paste a PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY, PUBLIC KEY or CERTIFICATE block, or a JWK.',
    });
    const ed448 = generateKeyPairSync('ed448').publicKey.export({ type: 'spki', format: 'pem' });
    expect(error(ed448 as string)).toEqual({
      code: 'unsupported-key-type',
      message:
        'The PEM block "BEGIN PUBLIC KEY" cannot be used. This is an Ed448 key, which Web Crypto does not support.',
    });
  });

  it('text where a key is needed, or a secret that does not decode', () => {
    expect(error('hello')).toEqual({ code: 'not-a-key', message: 'Not a key.' });
    expect(error('abc=d', { ...SECRETS, secretEncoding: 'base64' })).toEqual({
      code: 'secret-invalid',
      message: 'The secret is not valid base64: character 4 ("=") is not base64.',
    });
  });
});
