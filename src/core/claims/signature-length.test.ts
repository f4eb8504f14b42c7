import { describe, expect, it } from 'vitest';
import { describeSignatureLength } from './signature-length.ts';

describe('describeSignatureLength', () => {
  it.each([
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
    ['ES256', 64],
    ['ES384', 96],
    ['ES512', 132],
    ['EdDSA', 64],
    ['EdDSA', 114],
    ['Ed25519', 64],
    ['RS256', 256],
    ['RS256', 512],
    ['PS384', 384],
  ])('accepts %s with %i bytes', (alg, length) => {
    expect(describeSignatureLength(alg, length)).toBeUndefined();
  });

  it('says a truncated RSA signature cannot verify', () => {
    expect(describeSignatureLength('RS256', 14)).toBe(
      "The signature is 14 bytes long, but an RS256 signature is as long as the RSA key's modulus: 256 bytes for a 2048-bit key, more for longer keys. It was cut short (documentation cuts the tokens it publishes on purpose) or altered: no key can verify it.",
    );
  });

  it('says "a PS256"', () => {
    expect(describeSignatureLength('PS256', 10)).toMatch(/but a PS256 signature/);
  });

  it('says a short RSA signature comes from a weak key', () => {
    expect(describeSignatureLength('RS256', 128)).toBe(
      'The signature is 128 bytes long, so the RSA key that made it has a modulus of at most 1024 bits: too weak, and verifiers such as jose refuse RSA keys under 2048 bits (256-byte signatures).',
    );
  });

  it('names the fixed lengths of HMAC, ECDSA and EdDSA', () => {
    expect(describeSignatureLength('ES256', 72)).toBe(
      'The signature is 72 bytes long, but an ES256 signature is always 64 bytes. It was cut short or altered: no key can verify it.',
    );
    expect(describeSignatureLength('EdDSA', 1)).toBe(
      'The signature is 1 byte long, but an EdDSA signature is always 64 bytes or 114 bytes. It was cut short or altered: no key can verify it.',
    );
  });

  it('leaves an empty signature (said elsewhere) and unknown algorithms alone', () => {
    expect(describeSignatureLength('RS256', 0)).toBeUndefined();
    expect(describeSignatureLength('XYZ', 3)).toBeUndefined();
    expect(describeSignatureLength(undefined, 3)).toBeUndefined();
  });
});
