import type { JsonObject } from '../token/parse-json.ts';

/** Header parameters through which a token names its own key (RFC 7515 §4.1.2–4.1.6). */
const KEY_REFERENCES = ['jku', 'x5u', 'jwk', 'x5c'] as const;

export type KeyReference = (typeof KEY_REFERENCES)[number];

export function findTokenNamedKeys(header: JsonObject): KeyReference[] {
  return KEY_REFERENCES.filter((name) => header[name] !== undefined);
}

/**
 * Why a key the token points to is worthless as evidence: whoever forged the token chose it.
 * RFC 8725 §3.10; these URLs are never fetched, so the hostile server learns nothing either.
 */
export function describeTokenNamedKeys(references: readonly KeyReference[]): string {
  const names = references.map((name) => `"${name}"`).join(', ');
  return `The header names its own key (${names}). Tokenscope never fetches or trusts key material chosen by the token itself: a forger would simply name their own key.`;
}
