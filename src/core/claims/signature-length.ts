/** Signature lengths in bytes that each algorithm always produces (RFC 7518, RFC 8037). */
const FIXED_LENGTHS: ReadonlyMap<string, readonly number[]> = new Map([
  ['HS256', [32]],
  ['HS384', [48]],
  ['HS512', [64]],
  ['ES256', [64]],
  ['ES256K', [64]],
  ['ES384', [96]],
  ['ES512', [132]],
  ['Ed25519', [64]],
  ['Ed448', [114]],
  ['EdDSA', [64, 114]],
]);

const RSA = /^(?:RS|PS)(?:256|384|512)$/;
/** A 2048-bit modulus: the least that verifiers such as jose accept. */
const RSA_MIN_BYTES = 256;
/** A 512-bit modulus: no RSA key in use is shorter. */
const RSA_ANY_BYTES = 64;

/**
 * Why a signature of `byteLength` bytes cannot be a genuine `alg` signature, or undefined when
 * the length fits (or the algorithm has no length to check). RSA signatures are as long as the
 * key's modulus; HMAC, ECDSA and EdDSA ones have one fixed length. Exported for the verifier.
 */
export function describeSignatureLength(alg: unknown, byteLength: number): string | undefined {
  if (typeof alg !== 'string' || byteLength === 0) return undefined;
  const bytes = `${byteLength} byte${byteLength === 1 ? '' : 's'}`;
  // "an RS256", "an ES256", "an HS256", "an EdDSA", but "a PS256".
  const an = alg.startsWith('P') ? `a ${alg}` : `an ${alg}`;
  const fixed = FIXED_LENGTHS.get(alg);
  if (fixed) {
    if (fixed.includes(byteLength)) return undefined;
    const expected = fixed.map((length) => `${length} bytes`).join(' or ');
    return `The signature is ${bytes} long, but ${an} signature is always ${expected}. It was cut short or altered: no key can verify it.`;
  }
  if (!RSA.test(alg) || byteLength >= RSA_MIN_BYTES) return undefined;
  if (byteLength < RSA_ANY_BYTES) {
    return `The signature is ${bytes} long, but ${an} signature is as long as the RSA key's modulus: 256 bytes for a 2048-bit key, more for longer keys. It was cut short (documentation cuts the tokens it publishes on purpose) or altered: no key can verify it.`;
  }
  return `The signature is ${bytes} long, so the RSA key that made it has a modulus of at most ${byteLength * 8} bits: too weak, and verifiers such as jose refuse RSA keys under 2048 bits (256-byte signatures).`;
}
