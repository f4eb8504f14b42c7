import { decodeBase64url, findBase64urlProblem } from '../token/base64url.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { bitLength } from '../verify/rsa-public-key.ts';
import { FORMAT_NAMES, type KeyCandidate } from './key-candidate.ts';
import { nameKey, type KeyIdentity, type KeyVisibility } from './key-identity.ts';

const RSA_PRIVATE_MEMBERS = ['p', 'q', 'dp', 'dq', 'qi'] as const;

export interface JwkProblem {
  problem: 'jwk-invalid' | 'unsupported-key-type';
  reason: string;
}

export function invalid(reason: string): JwkProblem {
  return { problem: 'jwk-invalid', reason };
}

function unsupportedType(reason: string): JwkProblem {
  return { problem: 'unsupported-key-type', reason };
}

export function isProblem(value: object): value is JwkProblem {
  return 'problem' in value;
}

/**
 * Reads one JWK (RFC 7517 §4, RFC 7518 §6, RFC 8037 §2) into a candidate, or says why it
 * cannot be one. Only the members that define the key are kept for import; "use", "alg" and
 * "key_ops" are kept apart so their restrictions can be explained rather than surface as
 * Web Crypto's terse refusal.
 */
export function readJwkCandidate(
  value: JsonObject,
  position: number,
  format: 'jwk' | 'jwks',
): KeyCandidate | JwkProblem {
  const kty = value.kty;
  if (typeof kty !== 'string') return invalid('it has no "kty" (key type) string');
  const members = (names: readonly string[]): Record<string, string> | JwkProblem => {
    const out: Record<string, string> = {};
    for (const name of names) {
      const member = value[name];
      if (member === undefined) continue;
      if (typeof member !== 'string' || findBase64urlProblem(member) || member === '') {
        return invalid(`its "${name}" member is not a base64url string`);
      }
      out[name] = member;
    }
    return out;
  };
  let identity: KeyIdentity;
  let jwk: Record<string, string>;
  switch (kty) {
    case 'RSA': {
      const read = members(['n', 'e', 'd', ...RSA_PRIVATE_MEMBERS]);
      if (isProblem(read)) return read;
      if (!read.n || !read.e) return invalid('an RSA JWK needs "n" and "e"');
      const missing = RSA_PRIVATE_MEMBERS.filter((name) => read[name] === undefined);
      if (read.d !== undefined && missing.length > 0) {
        return invalid(
          `this RSA private JWK has "d" but not ${missing.map((name) => `"${name}"`).join(', ')}; Web Crypto needs every private member (RFC 7518 §6.3.2)`,
        );
      }
      identity = { kty: 'RSA', bits: bitLength(decodeBase64url(read.n)) };
      jwk = { kty, ...read };
      break;
    }
    case 'EC': {
      const crv = value.crv;
      if (crv !== 'P-256' && crv !== 'P-384' && crv !== 'P-521') {
        return typeof crv === 'string'
          ? unsupportedType(
              `curve ${JSON.stringify(crv)} is not supported (P-256, P-384 and P-521 are)`,
            )
          : invalid('an EC JWK needs a "crv" (curve) string');
      }
      const read = members(['x', 'y', 'd']);
      if (isProblem(read)) return read;
      if (!read.x || !read.y) return invalid('an EC JWK needs "x" and "y"');
      identity = { kty: 'EC', crv };
      jwk = { kty, crv, ...read };
      break;
    }
    case 'OKP': {
      const crv = value.crv;
      if (crv !== 'Ed25519' && crv !== 'X25519') {
        return typeof crv === 'string'
          ? unsupportedType(
              `curve ${JSON.stringify(crv)} is not supported by Web Crypto (Ed25519 and X25519 are)`,
            )
          : invalid('an OKP JWK needs a "crv" string');
      }
      const read = members(['x', 'd']);
      if (isProblem(read)) return read;
      if (!read.x) return invalid('an OKP JWK needs "x"');
      identity = { kty: 'OKP', crv };
      jwk = { kty, crv, ...read };
      break;
    }
    case 'oct': {
      const read = members(['k']);
      if (isProblem(read)) return read;
      if (!read.k) return invalid('a symmetric JWK needs a non-empty "k"');
      identity = { kty: 'oct', bytes: decodeBase64url(read.k).length };
      jwk = { kty, ...read };
      break;
    }
    default:
      return unsupportedType(
        `kty ${JSON.stringify(kty)} is not a key type Tokenscope can use (RSA, EC, OKP and oct are)`,
      );
  }
  const visibility: KeyVisibility =
    kty === 'oct' ? 'secret' : jwk.d !== undefined ? 'private' : 'public';
  const keyOps = value.key_ops;
  return {
    position,
    format,
    identity,
    visibility,
    kid: typeof value.kid === 'string' ? value.kid : undefined,
    use: typeof value.use === 'string' ? value.use : undefined,
    alg: typeof value.alg === 'string' ? value.alg : undefined,
    keyOps: Array.isArray(keyOps)
      ? keyOps.filter((op): op is string => typeof op === 'string')
      : undefined,
    material: { type: 'jwk', jwk },
    description: `${nameKey(identity, visibility)} (${FORMAT_NAMES[format]})`,
  };
}
