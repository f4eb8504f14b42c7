import { isJsonObject, type JsonValue } from '../token/parse-json.ts';
import { readJsonBody } from './read-json-body.ts';
import { readJwk } from './read-jwk.ts';
import { DiscoveryError, KeyError } from './verify-errors.ts';
import {
  pluralize,
  type KeyOrigin,
  type KeySet,
  type VerificationKey,
} from './verification-key.ts';

/**
 * Reads a JWK Set (RFC 7517 §5). Keys that cannot be used (unknown kty, encryption-only
 * curves, malformed members) are skipped with a reason rather than failing the whole set:
 * real issuers publish mixed sets and the token needs only one of them.
 */
export function readJwks(value: JsonValue, origin: KeyOrigin): KeySet | KeyError {
  const entries = Array.isArray(value) ? value : isJsonObject(value) ? value.keys : undefined;
  if (!Array.isArray(entries)) {
    return new KeyError(
      'jwks-invalid',
      'A JWKS is a JSON object with a "keys" array, and this one has none.',
    );
  }
  const keys: VerificationKey[] = [];
  const skipped: string[] = [];
  const warnings: string[] = [];
  if (Array.isArray(value)) {
    warnings.push('A bare JSON array of keys was read as a JWKS ({"keys": [...]}).');
  }
  entries.forEach((entry, index) => {
    const position = index + 1;
    const result = readJwk(entry);
    if (!result.ok) {
      skipped.push(`key ${position}: ${result.message}`);
      return;
    }
    keys.push({
      position,
      format: 'jwks',
      jwk: result.jwk,
      description: result.description,
      certificate: undefined,
      warnings: result.warnings,
    });
  });
  if (keys.length === 0) {
    const why = skipped.length > 0 ? ` (${skipped.join('; ')})` : '';
    return new KeyError(
      'jwks-empty',
      entries.length === 0
        ? 'The JWKS has no keys.'
        : `None of the JWKS's ${pluralize(entries.length, 'key')} can verify a signature${why}.`,
    );
  }
  const skippedNote = skipped.length > 0 ? `, ${skipped.length} skipped` : '';
  return {
    origin,
    description: `JWKS with ${pluralize(keys.length, 'key')}${skippedNote}`,
    keys,
    skipped,
    warnings,
  };
}

export type JwksResponseResult =
  { ok: true; keySet: KeySet } | { ok: false; error: DiscoveryError | KeyError };

/** Reads the body served at a jwks_uri. */
export function readJwksResponse(body: string, url: string): JwksResponseResult {
  const parsed = readJsonBody(body, url, 'JWKS');
  if (!parsed.ok) return parsed;
  const keySet = readJwks(parsed.value, 'issuer');
  if (keySet instanceof KeyError) {
    return {
      ok: false,
      error: new KeyError(keySet.code, `The JWKS at ${url} cannot be used. ${keySet.message}`),
    };
  }
  return { ok: true, keySet };
}
