import { encodeBase64url } from '../token/base64url.ts';

export type TokenHashDigest = 'SHA-256' | 'SHA-384' | 'SHA-512';

export type TokenHashAlgorithm =
  | {
      ok: true;
      digest: TokenHashDigest;
      /** Set when the choice rests on an assumption. */ note?: string;
    }
  | { ok: false; reason: string };

const BY_SIZE: Record<string, TokenHashDigest> = {
  '256': 'SHA-256',
  '384': 'SHA-384',
  '512': 'SHA-512',
};

/**
 * The hash of `at_hash` / `c_hash` (OpenID Connect Core §3.1.3.6, §3.2.2.9, §3.3.2.11): the one
 * the ID token's `alg` uses. JWA names it in the algorithm for HS/RS/PS/ES; EdDSA does not,
 * because the curve is a property of the key, not of the token. The OpenID Connect working
 * group settled on SHA-512 for Ed25519 (connect issue #1125, recorded in the OpenID Connect
 * Token Hash Algorithms guide), and Ed25519 is the curve in practice, so EdDSA is read as
 * Ed25519 and says so. Ed448 would need SHAKE256, which Web Crypto does not offer.
 */
export function tokenHashAlgorithm(alg: unknown): TokenHashAlgorithm {
  if (typeof alg !== 'string') {
    return { ok: false, reason: 'The ID token has no alg, so there is no hash to compute.' };
  }
  const sized = /^(?:HS|RS|PS|ES)(256|384|512)$/.exec(alg);
  if (sized) return { ok: true, digest: BY_SIZE[sized[1]!]! };
  if (alg === 'ES256K') return { ok: true, digest: 'SHA-256' };
  if (alg === 'Ed25519') return { ok: true, digest: 'SHA-512' };
  if (alg === 'EdDSA') {
    return {
      ok: true,
      digest: 'SHA-512',
      note: 'alg EdDSA is read as Ed25519, whose hash is SHA-512 (the OpenID Connect working group’s rule); an Ed448 key would use SHAKE256.',
    };
  }
  if (alg === 'Ed448') {
    return {
      ok: false,
      reason: 'alg Ed448 hashes with SHAKE256, which Web Crypto does not provide.',
    };
  }
  if (alg.toLowerCase() === 'none') {
    return {
      ok: false,
      reason: 'alg "none" names no hash: an unsecured ID token binds nothing to it.',
    };
  }
  return {
    ok: false,
    reason: `alg ${JSON.stringify(alg)} names no hash that at_hash or c_hash could use.`,
  };
}

/**
 * The left half of the digest of the value's ASCII octets, base64url-encoded. A value outside
 * ASCII is hashed as UTF-8 (which is the same bytes for ASCII); it cannot match any real claim.
 */
export async function computeTokenHash(value: string, digest: TokenHashDigest): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest(digest, new TextEncoder().encode(value)));
  return encodeBase64url(bytes.slice(0, bytes.length / 2));
}
