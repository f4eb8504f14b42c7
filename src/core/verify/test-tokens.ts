/**
 * Signing helpers for the verify unit tests (imported by *.test.ts files only). Tokens are
 * signed here so the tests control every header parameter, including hostile ones.
 */
import { CompactSign, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { decodeToken, type DecodedToken } from '../token/decode-token.ts';
import { encodeBase64url } from '../token/base64url.ts';

export interface TestKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export async function makeKeyPair(alg: string, members: Partial<JWK> = {}): Promise<TestKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey, publicKey, publicJwk: { ...(await exportJWK(publicKey)), ...members } };
}

/** A compact JWS with exactly the given protected header. */
export async function signToken(
  header: Record<string, unknown>,
  payload: unknown,
  key: CryptoKey | Uint8Array,
): Promise<string> {
  const bytes = new TextEncoder().encode(
    typeof payload === 'string' ? payload : JSON.stringify(payload),
  );
  return new CompactSign(bytes).setProtectedHeader(header as { alg: string }).sign(key);
}

/** HMAC-SHA256 by hand, for headers jose refuses to produce (unknown crit, b64). */
export async function signHs256Raw(
  header: Record<string, unknown>,
  payload: unknown,
  secret: Uint8Array,
): Promise<string> {
  const input = `${encodeBase64url(JSON.stringify(header))}.${encodeBase64url(JSON.stringify(payload))}`;
  const key = await crypto.subtle.importKey(
    'raw',
    secret as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input));
  return `${input}.${encodeBase64url(new Uint8Array(signature))}`;
}

export function decode(token: string): DecodedToken {
  const decoded = decodeToken(token);
  if (decoded.errors.length > 0) throw decoded.errors[0];
  return decoded;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
