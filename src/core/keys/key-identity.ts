import {
  DECRYPTION_ALGORITHMS,
  KEY_MANAGEMENT_ALGORITHMS,
  SIGNING_ALGORITHMS,
  keyManagementShapes,
  signingShape,
  type DecryptionAlgorithm,
  type KeyShape,
} from './jose-algorithms.ts';

/** What a key is, as far as choosing an algorithm goes; never any of its material. */
export type KeyIdentity =
  | { kty: 'RSA'; bits: number }
  | { kty: 'EC'; crv: 'P-256' | 'P-384' | 'P-521' }
  | { kty: 'OKP'; crv: 'Ed25519' | 'X25519' }
  | { kty: 'oct'; bytes: number };

/** Whether the key can sign or decrypt (private, secret) or only verify or encrypt (public). */
export type KeyVisibility = 'private' | 'public' | 'secret';

/** What a key is to be used for; it decides whether a private or a public key is needed. */
export type KeyOperation = 'sign' | 'encrypt' | 'decrypt';

export function keyShape(identity: KeyIdentity): KeyShape {
  switch (identity.kty) {
    case 'RSA':
      return 'RSA';
    case 'oct':
      return 'oct';
    default:
      return identity.crv;
  }
}

/** "an RSA 2048 key", "a P-256 EC key", "an Ed25519 key", "a 16-byte symmetric key". */
export function describeKeyIdentity(identity: KeyIdentity): string {
  switch (identity.kty) {
    case 'RSA':
      return `an RSA ${identity.bits} key`;
    case 'EC':
      return `a ${identity.crv} EC key`;
    case 'OKP':
      return `an ${identity.crv} key`;
    case 'oct':
      return `a ${identity.bytes}-byte symmetric key`;
  }
}

/** "RSA 2048 private key", "EC P-256 public key", "symmetric key, 32 bytes" — a noun phrase. */
export function nameKey(identity: KeyIdentity, visibility: KeyVisibility): string {
  switch (identity.kty) {
    case 'RSA':
      return `RSA ${identity.bits} ${visibility} key`;
    case 'EC':
      return `EC ${identity.crv} ${visibility} key`;
    case 'OKP':
      return `${identity.crv} ${visibility} key`;
    case 'oct':
      return `symmetric key, ${identity.bytes} bytes`;
  }
}

/** The algorithms a key of this shape serves for one operation, in catalogue order. */
export function algorithmsForShape(shape: KeyShape, operation: KeyOperation): string[] {
  if (operation === 'sign') return SIGNING_ALGORITHMS.filter((alg) => signingShape(alg) === shape);
  const catalogue: readonly string[] =
    operation === 'encrypt'
      ? KEY_MANAGEMENT_ALGORITHMS
      : (Object.keys(DECRYPTION_ALGORITHMS) as DecryptionAlgorithm[]);
  return catalogue.filter((alg) => keyManagementShapes(alg as DecryptionAlgorithm).includes(shape));
}

const VERBS: Record<KeyOperation, string> = {
  sign: 'signs',
  encrypt: 'encrypts with',
  decrypt: 'decrypts',
};

/**
 * Why this key cannot be used for `alg`, naming what it is for: "This is a P-256 EC key: it
 * signs ES256, not RS256."
 */
export function explainWrongAlgorithm(
  identity: KeyIdentity,
  alg: string,
  operation: KeyOperation,
): string {
  const what = `This is ${describeKeyIdentity(identity)}`;
  const serves = algorithmsForShape(keyShape(identity), operation);
  if (serves.length > 0) return `${what}: it ${VERBS[operation]} ${listWords(serves)}, not ${alg}.`;
  const other = algorithmsForShape(keyShape(identity), operation === 'sign' ? 'encrypt' : 'sign');
  return operation === 'sign'
    ? `${what}: it is for JWE key agreement (${listWords(other)}) and cannot sign ${alg}.`
    : `${what}: it only signs (${listWords(other)}) and cannot ${operation === 'encrypt' ? 'encrypt with' : 'decrypt'} ${alg}.`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
