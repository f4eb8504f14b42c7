import { describe, expect, it } from 'vitest';
import { describeDecryptionKeyFor } from './decryption-key-hint.ts';

const jwe = (header: object) =>
  `${Buffer.from(JSON.stringify(header)).toString('base64url')}.AA.AA.AA.AA`;

describe('describeDecryptionKeyFor', () => {
  it('names the key a JWE needs', () => {
    expect(describeDecryptionKeyFor(jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }))).toBe(
      'This token (RSA-OAEP-256, A256GCM) needs the RSA private key (a JWK with "d", or a PEM PRIVATE KEY or RSA PRIVATE KEY block).',
    );
    expect(describeDecryptionKeyFor(jwe({ alg: 'ECDH-ES+A256KW', enc: 'A128GCM' }))).toBe(
      'This token (ECDH-ES+A256KW, A128GCM) needs the EC or X25519 private key (a JWK with "d", or a PEM PRIVATE KEY or EC PRIVATE KEY block).',
    );
    expect(describeDecryptionKeyFor(jwe({ alg: 'dir', enc: 'A128CBC-HS256' }))).toBe(
      'This token (dir, A128CBC-HS256) needs the 32-byte shared key (an oct JWK, or its bytes as text in the chosen encoding).',
    );
    expect(describeDecryptionKeyFor(jwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }))).toBe(
      'This token (PBES2-HS256+A128KW, A128GCM) needs the password it was encrypted with, typed as text.',
    );
  });

  it('says nothing for a signed token or an unsupported JWE', () => {
    expect(describeDecryptionKeyFor('eyJhbGciOiJub25lIn0.e30.')).toBeUndefined();
    expect(describeDecryptionKeyFor(jwe({ alg: 'RSA1_5', enc: 'A128GCM' }))).toBeUndefined();
  });
});
