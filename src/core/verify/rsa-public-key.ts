/** Bit length of an unsigned big-endian integer. */
export function bitLength(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length && bytes[index] === 0) index++;
  if (index === bytes.length) return 0;
  return (bytes.length - index - 1) * 8 + (32 - Math.clz32(bytes[index]!));
}

/**
 * Why an RSA public key (modulus n and exponent e, unsigned big-endian) cannot be a real key,
 * or undefined. Browsers refuse these on import with an empty message (Chromium's
 * OperationError has none), and e = 1 is worse than unusable: with it the "signature" is the
 * message itself, so anyone could forge one. Short moduli are a separate matter: the key is
 * real but too weak, and jose refuses it with its own message (RFC 7518 §3.3).
 */
export function findRsaKeyProblem(n: Uint8Array, e: Uint8Array): string | undefined {
  if (n.length === 0) return 'its modulus "n" is empty';
  if (e.length === 0) return 'its public exponent "e" is empty';
  const modulusBits = bitLength(n);
  if (modulusBits === 0) return 'its modulus "n" is zero';
  if ((n[n.length - 1]! & 1) === 0) {
    return 'its modulus "n" is even, so it is not the product of two large primes';
  }
  const exponentBits = bitLength(e);
  if (exponentBits === 0) return 'its public exponent "e" is 0';
  if (exponentBits === 1) {
    return 'its public exponent "e" is 1, which makes every signature equal to the message it signs: anyone could forge one';
  }
  if ((e[e.length - 1]! & 1) === 0) return 'its public exponent "e" is even';
  if (exponentBits >= modulusBits) {
    return 'its public exponent "e" is not smaller than its modulus "n"';
  }
  return undefined;
}
