/**
 * The JOSE algorithms Tokenscope signs, encrypts and decrypts with, and the key each needs.
 * The encoder offers a short list (the algorithms people meet in OAuth / OpenID Connect);
 * decryption accepts everything jose 6 implements, because the token decides, not the user.
 */

export type SigningAlgorithm =
  | 'HS256'
  | 'HS384'
  | 'HS512'
  | 'RS256'
  | 'RS384'
  | 'RS512'
  | 'PS256'
  | 'PS384'
  | 'PS512'
  | 'ES256'
  | 'ES384'
  | 'ES512'
  | 'EdDSA';

/** The JWE "alg" values the encoder offers. */
export type KeyManagementAlgorithm =
  'RSA-OAEP-256' | 'ECDH-ES' | 'ECDH-ES+A256KW' | 'A256KW' | 'dir';

/** The JWE "enc" values the encoder offers. */
export type ContentEncryption = 'A128GCM' | 'A256GCM' | 'A128CBC-HS256';

/** What the encoder's Algorithm box holds: a JWS alg, or a JWE alg (with an enc beside it). */
export type EncoderAlgorithm = SigningAlgorithm | KeyManagementAlgorithm;

/**
 * A kind of key, as far as algorithms care: RSA of any size, one EC curve, one OKP curve, or
 * a symmetric key.
 */
export type KeyShape = 'RSA' | 'P-256' | 'P-384' | 'P-521' | 'Ed25519' | 'X25519' | 'oct';

export const SIGNING_ALGORITHMS: readonly SigningAlgorithm[] = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

export const KEY_MANAGEMENT_ALGORITHMS: readonly KeyManagementAlgorithm[] = [
  'RSA-OAEP-256',
  'ECDH-ES',
  'ECDH-ES+A256KW',
  'A256KW',
  'dir',
];

export const CONTENT_ENCRYPTIONS: readonly ContentEncryption[] = [
  'A128GCM',
  'A256GCM',
  'A128CBC-HS256',
];

export const DEFAULT_CONTENT_ENCRYPTION: ContentEncryption = 'A256GCM';

const ECDH_SHAPES: readonly KeyShape[] = ['P-256', 'P-384', 'P-521', 'X25519'];

const SIGNING_SHAPES: Record<SigningAlgorithm, KeyShape> = {
  HS256: 'oct',
  HS384: 'oct',
  HS512: 'oct',
  RS256: 'RSA',
  RS384: 'RSA',
  RS512: 'RSA',
  PS256: 'RSA',
  PS384: 'RSA',
  PS512: 'RSA',
  ES256: 'P-256',
  ES384: 'P-384',
  ES512: 'P-521',
  EdDSA: 'Ed25519',
};

/**
 * Every JWE "alg" jose 6 decrypts (RFC 7518 §4, RFC 8037 for X25519), with the key shapes it
 * takes and, for AES key wrapping, the exact key length. PBES2 takes a password.
 */
export const DECRYPTION_ALGORITHMS = {
  'RSA-OAEP': { shapes: ['RSA'], secretBytes: undefined },
  'RSA-OAEP-256': { shapes: ['RSA'], secretBytes: undefined },
  'RSA-OAEP-384': { shapes: ['RSA'], secretBytes: undefined },
  'RSA-OAEP-512': { shapes: ['RSA'], secretBytes: undefined },
  'ECDH-ES': { shapes: ECDH_SHAPES, secretBytes: undefined },
  'ECDH-ES+A128KW': { shapes: ECDH_SHAPES, secretBytes: undefined },
  'ECDH-ES+A192KW': { shapes: ECDH_SHAPES, secretBytes: undefined },
  'ECDH-ES+A256KW': { shapes: ECDH_SHAPES, secretBytes: undefined },
  A128KW: { shapes: ['oct'], secretBytes: 16 },
  A192KW: { shapes: ['oct'], secretBytes: 24 },
  A256KW: { shapes: ['oct'], secretBytes: 32 },
  A128GCMKW: { shapes: ['oct'], secretBytes: 16 },
  A192GCMKW: { shapes: ['oct'], secretBytes: 24 },
  A256GCMKW: { shapes: ['oct'], secretBytes: 32 },
  dir: { shapes: ['oct'], secretBytes: undefined },
  'PBES2-HS256+A128KW': { shapes: [], secretBytes: undefined },
  'PBES2-HS384+A192KW': { shapes: [], secretBytes: undefined },
  'PBES2-HS512+A256KW': { shapes: [], secretBytes: undefined },
} as const satisfies Record<
  string,
  { shapes: readonly KeyShape[]; secretBytes: number | undefined }
>;

export type DecryptionAlgorithm = keyof typeof DECRYPTION_ALGORITHMS;

/** Every JWE "enc" jose 6 decrypts, with its content encryption key length in bytes. */
export const CONTENT_KEY_BYTES = {
  A128GCM: 16,
  A192GCM: 24,
  A256GCM: 32,
  'A128CBC-HS256': 32,
  'A192CBC-HS384': 48,
  'A256CBC-HS512': 64,
} as const satisfies Record<string, number>;

export type DecryptionEncryption = keyof typeof CONTENT_KEY_BYTES;

export function isSigningAlgorithm(value: unknown): value is SigningAlgorithm {
  return typeof value === 'string' && Object.hasOwn(SIGNING_SHAPES, value);
}

export function isKeyManagementAlgorithm(value: unknown): value is KeyManagementAlgorithm {
  return typeof value === 'string' && (KEY_MANAGEMENT_ALGORITHMS as string[]).includes(value);
}

export function isContentEncryption(value: unknown): value is ContentEncryption {
  return typeof value === 'string' && (CONTENT_ENCRYPTIONS as string[]).includes(value);
}

export function isDecryptionAlgorithm(value: unknown): value is DecryptionAlgorithm {
  return typeof value === 'string' && Object.hasOwn(DECRYPTION_ALGORITHMS, value);
}

export function isDecryptionEncryption(value: unknown): value is DecryptionEncryption {
  return typeof value === 'string' && Object.hasOwn(CONTENT_KEY_BYTES, value);
}

/** The key shape a signing algorithm needs (one per algorithm: the key decides the family). */
export function signingShape(alg: SigningAlgorithm): KeyShape {
  return SIGNING_SHAPES[alg];
}

/** HS256 → 32: RFC 7518 §3.2's minimum secret length, and the hash output length. */
export function hmacHashBytes(alg: SigningAlgorithm): number | undefined {
  return alg.startsWith('HS') ? Number(alg.slice(2)) / 8 : undefined;
}

/** The key shapes a JWE alg takes, for the algorithms the encoder offers or jose decrypts. */
export function keyManagementShapes(alg: DecryptionAlgorithm): readonly KeyShape[] {
  return DECRYPTION_ALGORITHMS[alg].shapes;
}

/**
 * The exact symmetric key length a JWE alg needs: AES key wrapping fixes it, `dir` takes the
 * content encryption key itself, so the enc fixes it. Undefined for asymmetric algorithms.
 */
export function exactSecretBytes(
  alg: DecryptionAlgorithm,
  enc: DecryptionEncryption,
): number | undefined {
  return alg === 'dir' ? CONTENT_KEY_BYTES[enc] : DECRYPTION_ALGORITHMS[alg].secretBytes;
}

export function isPasswordBased(alg: DecryptionAlgorithm): boolean {
  return alg.startsWith('PBES2');
}

export interface AlgorithmOption {
  value: EncoderAlgorithm;
  /** "RS256 — RSASSA-PKCS1-v1_5 with SHA-256" */
  label: string;
  group: 'Sign (JWS)' | 'Encrypt (JWE)';
}

const HASH_NAMES = { '256': 'SHA-256', '384': 'SHA-384', '512': 'SHA-512' } as const;

function signingLabel(alg: SigningAlgorithm): string {
  if (alg === 'EdDSA') return 'EdDSA — Ed25519';
  const hash = HASH_NAMES[alg.slice(2) as keyof typeof HASH_NAMES];
  const family = alg.slice(0, 2);
  const scheme =
    family === 'HS'
      ? 'HMAC'
      : family === 'RS'
        ? 'RSASSA-PKCS1-v1_5'
        : family === 'PS'
          ? 'RSASSA-PSS'
          : `ECDSA ${signingShape(alg)}`;
  return `${alg} — ${scheme} with ${hash}`;
}

const KEY_MANAGEMENT_LABELS: Record<KeyManagementAlgorithm, string> = {
  'RSA-OAEP-256': 'RSA-OAEP-256 — RSA-OAEP with SHA-256',
  'ECDH-ES': 'ECDH-ES — elliptic-curve key agreement',
  'ECDH-ES+A256KW': 'ECDH-ES+A256KW — key agreement with AES-256 key wrap',
  A256KW: 'A256KW — AES-256 key wrap with a shared key',
  dir: 'dir — direct encryption with a shared key',
};

/** The options of the encoder's Algorithm box, in display order. */
export const ALGORITHM_OPTIONS: readonly AlgorithmOption[] = [
  ...SIGNING_ALGORITHMS.map((alg): AlgorithmOption => ({
    value: alg,
    label: signingLabel(alg),
    group: 'Sign (JWS)',
  })),
  ...KEY_MANAGEMENT_ALGORITHMS.map((alg): AlgorithmOption => ({
    value: alg,
    label: KEY_MANAGEMENT_LABELS[alg],
    group: 'Encrypt (JWE)',
  })),
];

/** The options of the encoder's content encryption box (shown for a JWE alg). */
export const CONTENT_ENCRYPTION_OPTIONS: readonly { value: ContentEncryption; label: string }[] = [
  { value: 'A128GCM', label: 'A128GCM — AES-128-GCM' },
  { value: 'A256GCM', label: 'A256GCM — AES-256-GCM' },
  { value: 'A128CBC-HS256', label: 'A128CBC-HS256 — AES-128-CBC with HMAC SHA-256' },
];

const PRIVATE_PEM = 'PRIVATE KEY';

/**
 * What the key box needs for the chosen algorithm, in words, for its hint text: "an RSA
 * private key of at least 2048 bits (JWK, or PEM: PRIVATE KEY or RSA PRIVATE KEY)".
 */
export function describeKeyNeeded(
  algorithm: EncoderAlgorithm,
  enc: ContentEncryption = DEFAULT_CONTENT_ENCRYPTION,
): string {
  if (isSigningAlgorithm(algorithm)) {
    const shape = signingShape(algorithm);
    switch (shape) {
      case 'oct':
        return `a shared secret of at least ${hmacHashBytes(algorithm)} bytes (text in the chosen encoding, or an oct JWK)`;
      case 'RSA':
        return `an RSA private key of at least 2048 bits (JWK, or PEM: ${PRIVATE_PEM} or RSA ${PRIVATE_PEM})`;
      case 'Ed25519':
        return `an Ed25519 private key (JWK, or PEM: ${PRIVATE_PEM})`;
      default:
        return `a ${shape} EC private key (JWK, or PEM: ${PRIVATE_PEM} or EC ${PRIVATE_PEM})`;
    }
  }
  switch (algorithm) {
    case 'RSA-OAEP-256':
      return "the recipient's RSA public key (JWK, or PEM: PUBLIC KEY or CERTIFICATE)";
    case 'ECDH-ES':
    case 'ECDH-ES+A256KW':
      return "the recipient's EC (P-256, P-384, P-521) or X25519 public key (JWK, or PEM: PUBLIC KEY or CERTIFICATE)";
    case 'A256KW':
      return 'a 32-byte AES key (text in the chosen encoding, or an oct JWK)';
    case 'dir':
      return `a ${CONTENT_KEY_BYTES[enc]}-byte key, used directly as the ${enc} content encryption key (text in the chosen encoding, or an oct JWK)`;
  }
}
