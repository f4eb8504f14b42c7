import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';
import { encodeBase64url } from '../token/base64url.ts';
import { publicMembers } from './import-key.ts';
import { isSigningAlgorithm, type EncoderAlgorithm, type KeyShape } from './jose-algorithms.ts';

/**
 * A key as the key tools show it: every representation as ready-to-render text. JSON is
 * printed exactly as JSON.stringify(value, null, 2) prints it.
 */
export interface KeyView {
  kind: 'key-pair' | 'public-key' | 'secret';
  /** "RSA 2048 key pair for RS256", "EC P-256 public key (PEM SPKI)". */
  description: string;
  /** The private JWK; undefined for a public key or a secret. */
  privateJwk: string | undefined;
  /** The public JWK; undefined for a secret. */
  publicJwk: string | undefined;
  /** PEM PKCS#8 (BEGIN PRIVATE KEY); undefined for a public key or a secret. */
  privatePem: string | undefined;
  /** PEM SPKI (BEGIN PUBLIC KEY); undefined for a secret. */
  publicPem: string | undefined;
  /** A secret as an oct JWK and as base64url / base64 text; undefined for asymmetric keys. */
  secret: { jwk: string; base64url: string; base64: string } | undefined;
  /** RFC 7638 SHA-256 thumbprint of the public JWK (of the oct JWK for a secret), base64url. */
  thumbprint: string;
  /** {"keys": [public JWK with kid, use and alg]} to paste into Keys; undefined for a secret. */
  jwks: string | undefined;
}

/** The order members are printed in: identity first, then the key, public before private. */
const MEMBER_ORDER = [
  'kty',
  'kid',
  'use',
  'alg',
  'crv',
  'x',
  'y',
  'n',
  'e',
  'd',
  'p',
  'q',
  'dp',
  'dq',
  'qi',
  'k',
];

/** A JWK with its members in MEMBER_ORDER and nothing Web Crypto added (ext, key_ops). */
export function orderJwk(jwk: JWK): JWK {
  const ordered: Record<string, unknown> = {};
  for (const name of MEMBER_ORDER) {
    const value = (jwk as Record<string, unknown>)[name];
    if (value !== undefined) ordered[name] = value;
  }
  return ordered as JWK;
}

export function printJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** RFC 7638 §3: SHA-256 over the required members, in jose. */
export function calculateThumbprint(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(jwk, 'sha256');
}

/** The JWS alg a key shape implies on its own, where only one fits; else undefined. */
const IMPLIED_SIGNING_ALG: Partial<Record<KeyShape, string>> = {
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
};

/** The alg jose needs to import a key of this shape for export (any alg of the family works). */
export const IMPORT_ALG: Record<Exclude<KeyShape, 'oct'>, string> = {
  RSA: 'RS256',
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
  X25519: 'ECDH-ES',
};

/**
 * Builds the view of an asymmetric key from extractable CryptoKeys. The JWKS entry's kid is
 * the given kid or else the thumbprint; its alg is the chosen algorithm, or the one the curve
 * implies; its use follows from the algorithm (X25519 keys only encrypt).
 */
export async function viewAsymmetricKey(input: {
  description: string;
  shape: Exclude<KeyShape, 'oct'>;
  privateKey: CryptoKey | undefined;
  publicKey: CryptoKey;
  algorithm: EncoderAlgorithm | undefined;
  kid: string | undefined;
}): Promise<KeyView> {
  const publicJwk = orderJwk(await exportJWK(input.publicKey));
  const privateJwk = input.privateKey ? orderJwk(await exportJWK(input.privateKey)) : undefined;
  const thumbprint = await calculateThumbprint(publicJwk);
  const alg = input.algorithm ?? IMPLIED_SIGNING_ALG[input.shape];
  const use =
    input.algorithm !== undefined
      ? isSigningAlgorithm(input.algorithm)
        ? 'sig'
        : 'enc'
      : input.shape === 'X25519'
        ? 'enc'
        : 'sig';
  const entry = orderJwk({
    ...publicJwk,
    kid: input.kid ?? thumbprint,
    use,
    ...(alg ? { alg } : {}),
  } as JWK);
  return {
    kind: input.privateKey ? 'key-pair' : 'public-key',
    description: input.description,
    privateJwk: privateJwk ? printJson(privateJwk) : undefined,
    publicJwk: printJson(publicJwk),
    privatePem: input.privateKey ? await exportPKCS8(input.privateKey) : undefined,
    publicPem: await exportSPKI(input.publicKey),
    secret: undefined,
    thumbprint,
    jwks: printJson({ keys: [entry] }),
  };
}

/** The public half of an extractable private key, as a CryptoKey jose can export as SPKI. */
export async function derivePublicKey(privateKey: CryptoKey, alg: string): Promise<CryptoKey> {
  const jwk = publicMembers(await exportJWK(privateKey));
  return (await importJWK(jwk, alg, { extractable: true })) as CryptoKey;
}

export async function viewSecret(description: string, bytes: Uint8Array): Promise<KeyView> {
  const jwk: JWK = { kty: 'oct', k: encodeBase64url(bytes) };
  const base64url = jwk.k!;
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  return {
    kind: 'secret',
    description,
    privateJwk: undefined,
    publicJwk: undefined,
    privatePem: undefined,
    publicPem: undefined,
    secret: {
      jwk: printJson(jwk),
      base64url,
      base64: base64 + '='.repeat((4 - (base64.length % 4)) % 4),
    },
    thumbprint: await calculateThumbprint(jwk),
    jwks: undefined,
  };
}
