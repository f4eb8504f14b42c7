import type { JsonValue } from '../token/parse-json.ts';

// Bidirectional controls would let a link's text read differently from where it goes.
const HIDDEN_CHARACTERS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

/**
 * The URL to link to when a claim value is exactly one https URL; undefined otherwise. Only
 * https is ever linked: javascript:, data: and http: values stay inert text.
 */
export function findHttpsLink(value: JsonValue): string | undefined {
  if (typeof value !== 'string' || !/^https:\/\/\S+$/i.test(value)) return undefined;
  if (HIDDEN_CHARACTERS.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === ''
    ? url.href
    : undefined;
}
