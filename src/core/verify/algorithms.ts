/** The JWS algorithms Tokenscope verifies (RFC 7518 §3, RFC 8037, RFC 9864 "Ed25519"). */
export type JwsAlgorithm =
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
  | 'EdDSA'
  | 'Ed25519';

export type KeyType = 'RSA' | 'EC' | 'OKP' | 'oct';

export type SignatureScheme = 'HMAC' | 'RSASSA-PKCS1-v1_5' | 'RSASSA-PSS' | 'ECDSA' | 'EdDSA';

export interface AlgorithmInfo {
  alg: JwsAlgorithm;
  kty: KeyType;
  scheme: SignatureScheme;
  /** Hash output in bytes; for HMAC also the minimum secret length (RFC 7518 §3.2). */
  hashBytes: number;
  /** The curve the algorithm requires, when it fixes one. */
  crv: 'P-256' | 'P-384' | 'P-521' | 'Ed25519' | undefined;
}

function info(
  alg: JwsAlgorithm,
  kty: KeyType,
  scheme: SignatureScheme,
  hashBytes: number,
  crv?: AlgorithmInfo['crv'],
): AlgorithmInfo {
  return { alg, kty, scheme, hashBytes, crv };
}

const ALGORITHMS: Record<JwsAlgorithm, AlgorithmInfo> = {
  HS256: info('HS256', 'oct', 'HMAC', 32),
  HS384: info('HS384', 'oct', 'HMAC', 48),
  HS512: info('HS512', 'oct', 'HMAC', 64),
  RS256: info('RS256', 'RSA', 'RSASSA-PKCS1-v1_5', 32),
  RS384: info('RS384', 'RSA', 'RSASSA-PKCS1-v1_5', 48),
  RS512: info('RS512', 'RSA', 'RSASSA-PKCS1-v1_5', 64),
  PS256: info('PS256', 'RSA', 'RSASSA-PSS', 32),
  PS384: info('PS384', 'RSA', 'RSASSA-PSS', 48),
  PS512: info('PS512', 'RSA', 'RSASSA-PSS', 64),
  ES256: info('ES256', 'EC', 'ECDSA', 32, 'P-256'),
  ES384: info('ES384', 'EC', 'ECDSA', 48, 'P-384'),
  ES512: info('ES512', 'EC', 'ECDSA', 64, 'P-521'),
  EdDSA: info('EdDSA', 'OKP', 'EdDSA', 64, 'Ed25519'),
  Ed25519: info('Ed25519', 'OKP', 'EdDSA', 64, 'Ed25519'),
};

export const SUPPORTED_ALGORITHMS = Object.keys(ALGORITHMS) as JwsAlgorithm[];

/** Exact, case-sensitive lookup (RFC 7515 §4.1.1: "alg" values are case-sensitive). */
export function lookupAlgorithm(alg: unknown): AlgorithmInfo | undefined {
  return typeof alg === 'string' && Object.hasOwn(ALGORITHMS, alg)
    ? ALGORITHMS[alg as JwsAlgorithm]
    : undefined;
}

const KEY_TYPE_NAMES: Record<KeyType, string> = {
  RSA: 'an RSA public key',
  EC: 'an elliptic-curve (EC) public key',
  OKP: 'an Ed25519 public key',
  oct: 'a shared HMAC secret',
};

/** "an RSA public key" — what kind of key an algorithm needs. */
export function describeKeyTypeNeeded(kty: KeyType): string {
  return KEY_TYPE_NAMES[kty];
}
