import { decodeBase64Text } from './base64.ts';
import { encodeBase64url } from '../token/base64url.ts';
import {
  describeConfusedSecret,
  findPublicKeyInSecret,
  MINIMUM_SECRET_BYTES,
  readKeyText,
  type KeyParseResult,
} from './read-key-text.ts';
import { KeyError } from './verify-errors.ts';
import { findWeakSecretProblems } from './weak-secret.ts';
import { pluralize, type KeySet, type VerificationKey } from './verification-key.ts';

export type { KeyParseResult } from './read-key-text.ts';

/** How the user says an HMAC secret is written. Key formats are detected; this is not. */
export type SecretEncoding = 'utf8' | 'base64' | 'base64url';

const ENCODING_NAMES: Record<SecretEncoding, string> = {
  utf8: 'UTF-8 text',
  base64: 'base64',
  base64url: 'base64url',
};

/**
 * Works out what was pasted into Keys — a JWKS, a JWK, PEM (SPKI, PKCS#1, certificate), bare
 * base64 DER or else an HMAC secret — and says what it understood. Key formats are recognised
 * first in every secret encoding, and a secret whose bytes are a public key is refused. Pure
 * and synchronous: nothing pasted leaves this function except as the returned key set.
 */
export function parseKeys(text: string, secretEncoding: SecretEncoding = 'utf8'): KeyParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return failure(new KeyError('empty', 'Nothing was pasted into Keys.'));
  return readKeyText(trimmed) ?? parseSecret(text, trimmed, secretEncoding);
}

function parseSecret(raw: string, trimmed: string, encoding: SecretEncoding): KeyParseResult {
  let bytes: Uint8Array;
  if (encoding === 'utf8') {
    bytes = new TextEncoder().encode(trimmed);
  } else {
    const decoded = decodeBase64Text(trimmed, encoding);
    if (!decoded.ok) {
      return failure(
        new KeyError('secret-invalid', `The secret is not valid ${encoding}: ${decoded.message}.`),
      );
    }
    bytes = decoded.bytes;
  }
  const confused = findConfusion(trimmed, bytes, encoding);
  if (confused) return failure(new KeyError('secret-is-public-key', confused));
  const key: VerificationKey = {
    position: 1,
    format: 'secret',
    jwk: { kty: 'oct', k: encodeBase64url(bytes) },
    description: `HMAC secret, ${pluralize(bytes.length, 'byte')} (${ENCODING_NAMES[encoding]})`,
    certificate: undefined,
    warnings: findWeakSecretProblems(bytes, MINIMUM_SECRET_BYTES),
  };
  if (raw !== trimmed) key.warnings.push('Spaces and line breaks around the secret were ignored.');
  if (encoding === 'utf8' && looksBase64Encoded(trimmed)) {
    key.warnings.push(
      'This secret looks base64-encoded. If it is, choose base64 or base64url so the decoded bytes are used.',
    );
  }
  return { ok: true, keySet: singleKeySet(key, key.description) };
}

/**
 * Why these secret bytes must not be used, when they are a public key or certificate: as they
 * are, or — for text — once decoded from base64 or base64url, which the "looks base64-encoded"
 * hint would otherwise invite the user to do.
 */
function findConfusion(
  trimmed: string,
  bytes: Uint8Array,
  encoding: SecretEncoding,
): string | undefined {
  const decodedFrom = encoding === 'utf8' ? '' : ` (decoded from ${encoding})`;
  const direct = findPublicKeyInSecret(bytes);
  if (direct) return describeConfusedSecret(`This secret${decodedFrom}`, direct);
  const text = encoding === 'utf8' ? trimmed : undefined;
  if (text === undefined) return undefined;
  for (const variant of ['base64', 'base64url'] as const) {
    const decoded = decodeBase64Text(text.replace(/\s+/g, ''), variant);
    const inside = decoded.ok ? findPublicKeyInSecret(decoded.bytes) : undefined;
    if (inside) return describeConfusedSecret(`This secret, decoded from ${variant},`, inside);
  }
  return undefined;
}

/** Long, alphabet-only and mixing cases and digits: more likely encoded bytes than a passphrase. */
function looksBase64Encoded(text: string): boolean {
  return (
    /^[A-Za-z0-9+/_-]{22,}={0,2}$/.test(text) &&
    /[A-Z]/.test(text) &&
    /[a-z]/.test(text) &&
    /[0-9]/.test(text) &&
    text.length % 4 !== 1
  );
}

function singleKeySet(key: VerificationKey, description: string): KeySet {
  return { origin: 'pasted', description, keys: [key], skipped: [], warnings: [] };
}

function failure(error: KeyError): KeyParseResult {
  return { ok: false, error };
}
