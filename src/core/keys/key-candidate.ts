import type { JWK } from 'jose';
import type { KeyIdentity, KeyVisibility } from './key-identity.ts';

/** How a key reached Tokenscope, as the user would name it. */
export type KeyTextFormat =
  'jwk' | 'jwks' | 'pkcs8' | 'pkcs1' | 'sec1' | 'spki' | 'rsa-public' | 'x509' | 'secret';

/** The key itself, in the form jose imports: a JWK, a PKCS#8 PEM, or secret bytes. */
export type KeyMaterial =
  | { type: 'jwk'; jwk: JWK }
  | { type: 'pkcs8'; pem: string }
  | { type: 'secret'; bytes: Uint8Array };

/** One key read from pasted text, described but not yet imported. */
export interface KeyCandidate {
  /** 1-based position in a JWKS or among PEM blocks; 1 for a single key. */
  position: number;
  format: KeyTextFormat;
  identity: KeyIdentity;
  visibility: KeyVisibility;
  kid: string | undefined;
  /** A JWK's own restrictions (RFC 7517 §4.2–4.4), checked before any use. */
  use: string | undefined;
  alg: string | undefined;
  keyOps: string[] | undefined;
  material: KeyMaterial;
  /** "RSA 2048 private key (PEM PKCS#8)". */
  description: string;
}

export const FORMAT_NAMES: Record<KeyTextFormat, string> = {
  jwk: 'JWK',
  jwks: 'JWKS entry',
  pkcs8: 'PEM PKCS#8',
  pkcs1: 'PEM PKCS#1',
  sec1: 'PEM SEC1',
  spki: 'PEM SPKI',
  'rsa-public': 'PEM PKCS#1',
  x509: 'X.509 certificate',
  secret: 'secret',
};
