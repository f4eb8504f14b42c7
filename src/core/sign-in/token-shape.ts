import { decodeToken } from '../token/decode-token.ts';

export type TokenShape = 'JWT' | 'JWE' | 'opaque';

/**
 * What a returned token looks like to the decoder: a compact JWS (signed or unsecured), a
 * compact JWE, or anything else — opaque, as refresh tokens and many access tokens are.
 */
export function tokenShape(value: string): TokenShape {
  const decoded = decodeToken(value);
  // Three dot-separated parts whose header does not decode are not a JWT (MSA refresh tokens).
  if (decoded.header === undefined) return 'opaque';
  switch (decoded.format) {
    case 'jws':
    case 'unsecured':
      return 'JWT';
    case 'jwe':
      return 'JWE';
    default:
      return 'opaque';
  }
}
