import { decodeToken } from '../token/decode-token.ts';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/**
 * Whether text is exactly one compact JWS (a signed or unsecured JWT) that decodes without
 * error: the test for a JWE's plaintext being a nested token (RFC 7519 §5.2, §11.2).
 */
export function isCompactJws(text: string): boolean {
  if (!COMPACT_JWS.test(text)) return false;
  const decoded = decodeToken(text);
  return (
    (decoded.format === 'jws' || decoded.format === 'unsecured') && decoded.errors.length === 0
  );
}
