import { encodeBase64url } from './base64url.ts';

/**
 * Builds a compact token from a header, a payload and signature bytes. For tests, example tokens and
 * share links: it signs nothing (signing lives in the verify code).
 */
export function encodeToken(
  header: unknown,
  payload: unknown,
  signature: Uint8Array = new Uint8Array(),
): string {
  const payloadText = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return [
    encodeBase64url(JSON.stringify(header)),
    encodeBase64url(payloadText),
    encodeBase64url(signature),
  ].join('.');
}
