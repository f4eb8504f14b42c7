import { describe, expect, it } from 'vitest';
import {
  ALGORITHM_OPTIONS,
  CONTENT_ENCRYPTION_OPTIONS,
  describeKeyNeeded,
  exactSecretBytes,
  hmacHashBytes,
} from './jose-algorithms.ts';
import { algorithmsForShape, explainWrongAlgorithm } from './key-identity.ts';

describe('the encoder algorithm catalogue', () => {
  it('offers every algorithm of issue 13, grouped and labelled', () => {
    expect(ALGORITHM_OPTIONS.map((option) => `${option.group}: ${option.label}`)).toEqual([
      'Sign (JWS): HS256 — HMAC with SHA-256',
      'Sign (JWS): HS384 — HMAC with SHA-384',
      'Sign (JWS): HS512 — HMAC with SHA-512',
      'Sign (JWS): RS256 — RSASSA-PKCS1-v1_5 with SHA-256',
      'Sign (JWS): RS384 — RSASSA-PKCS1-v1_5 with SHA-384',
      'Sign (JWS): RS512 — RSASSA-PKCS1-v1_5 with SHA-512',
      'Sign (JWS): PS256 — RSASSA-PSS with SHA-256',
      'Sign (JWS): PS384 — RSASSA-PSS with SHA-384',
      'Sign (JWS): PS512 — RSASSA-PSS with SHA-512',
      'Sign (JWS): ES256 — ECDSA P-256 with SHA-256',
      'Sign (JWS): ES384 — ECDSA P-384 with SHA-384',
      'Sign (JWS): ES512 — ECDSA P-521 with SHA-512',
      'Sign (JWS): EdDSA — Ed25519',
      'Encrypt (JWE): RSA-OAEP-256 — RSA-OAEP with SHA-256',
      'Encrypt (JWE): ECDH-ES — elliptic-curve key agreement',
      'Encrypt (JWE): ECDH-ES+A256KW — key agreement with AES-256 key wrap',
      'Encrypt (JWE): A256KW — AES-256 key wrap with a shared key',
      'Encrypt (JWE): dir — direct encryption with a shared key',
    ]);
    expect(CONTENT_ENCRYPTION_OPTIONS.map((option) => option.value)).toEqual([
      'A128GCM',
      'A256GCM',
      'A128CBC-HS256',
    ]);
  });

  it('says what key each algorithm needs', () => {
    expect(describeKeyNeeded('HS384')).toBe(
      'a shared secret of at least 48 bytes (text in the chosen encoding, or an oct JWK)',
    );
    expect(describeKeyNeeded('PS512')).toBe(
      'an RSA private key of at least 2048 bits (JWK, or PEM: PRIVATE KEY or RSA PRIVATE KEY)',
    );
    expect(describeKeyNeeded('ES512')).toBe(
      'a P-521 EC private key (JWK, or PEM: PRIVATE KEY or EC PRIVATE KEY)',
    );
    expect(describeKeyNeeded('EdDSA')).toBe('an Ed25519 private key (JWK, or PEM: PRIVATE KEY)');
    expect(describeKeyNeeded('RSA-OAEP-256')).toBe(
      "the recipient's RSA public key (JWK, or PEM: PUBLIC KEY or CERTIFICATE)",
    );
    expect(describeKeyNeeded('A256KW')).toBe(
      'a 32-byte AES key (text in the chosen encoding, or an oct JWK)',
    );
    expect(describeKeyNeeded('dir', 'A128GCM')).toBe(
      'a 16-byte key, used directly as the A128GCM content encryption key (text in the chosen encoding, or an oct JWK)',
    );
  });

  it('fixes the key length where the algorithm does', () => {
    expect(hmacHashBytes('HS512')).toBe(64);
    expect(hmacHashBytes('RS512')).toBeUndefined();
    expect(exactSecretBytes('dir', 'A128CBC-HS256')).toBe(32);
    expect(exactSecretBytes('dir', 'A256CBC-HS512')).toBe(64);
    expect(exactSecretBytes('A192KW', 'A128GCM')).toBe(24);
    expect(exactSecretBytes('RSA-OAEP', 'A128GCM')).toBeUndefined();
  });
});

describe('explainWrongAlgorithm', () => {
  it('lists what the key is for in the context of the operation', () => {
    expect(algorithmsForShape('oct', 'encrypt')).toEqual(['A256KW', 'dir']);
    expect(explainWrongAlgorithm({ kty: 'OKP', crv: 'Ed25519' }, 'ECDH-ES', 'decrypt')).toBe(
      'This is an Ed25519 key: it only signs (EdDSA) and cannot decrypt ECDH-ES.',
    );
    expect(explainWrongAlgorithm({ kty: 'oct', bytes: 16 }, 'RSA-OAEP', 'decrypt')).toBe(
      'This is a 16-byte symmetric key: it decrypts A128KW, A192KW, A256KW, A128GCMKW, A192GCMKW, A256GCMKW and dir, not RSA-OAEP.',
    );
    expect(explainWrongAlgorithm({ kty: 'EC', crv: 'P-521' }, 'A256KW', 'encrypt')).toBe(
      'This is a P-521 EC key: it encrypts with ECDH-ES and ECDH-ES+A256KW, not A256KW.',
    );
  });
});
