import type { KeyType } from './algorithms.ts';

/** How the key material reached Tokenscope, as the user would name it. */
export type KeyFormat = 'jwks' | 'jwk' | 'spki' | 'pkcs1' | 'x509' | 'secret';

/** Where a key set came from: pasted by the user, or fetched from the issuer's jwks_uri. */
export type KeyOrigin = 'pasted' | 'issuer';

/**
 * The members of a JWK that verification reads. Private members never get here: readers
 * drop them (with a warning) before a key is built.
 */
export interface PublicJwk {
  kty: KeyType;
  kid?: string;
  use?: string;
  key_ops?: string[];
  alg?: string;
  x5t?: string;
  n?: string;
  e?: string;
  crv?: string;
  x?: string;
  y?: string;
  k?: string;
}

export interface CertificateInfo {
  /** DER bytes, for the x5t thumbprint (SHA-1 of the certificate, RFC 7515 §4.1.7). */
  der: Uint8Array;
  subject: string | undefined;
  notBefore: string | undefined;
  notAfter: string | undefined;
}

export interface VerificationKey {
  /** 1-based position in its key set; names the key when it has no kid. */
  position: number;
  format: KeyFormat;
  jwk: PublicJwk;
  /** "RSA 2048 public key", "EC P-256 public key", "HMAC secret, 32 bytes (UTF-8 text)". */
  description: string;
  certificate: CertificateInfo | undefined;
  warnings: string[];
}

export interface KeySet {
  origin: KeyOrigin;
  /** "JWKS with 3 keys", "RSA 2048 public key (PEM SPKI)". */
  description: string;
  keys: VerificationKey[];
  /** Entries that were not usable, each with the reason ("key 2: kty "X25519" …"). */
  skipped: string[];
  warnings: string[];
}

/** `key "abc"` when the key has a kid, else `key 2`. Kids are quoted with JSON escaping. */
export function keyLabel(key: VerificationKey): string {
  return key.jwk.kid === undefined ? `key ${key.position}` : `key ${JSON.stringify(key.jwk.kid)}`;
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
