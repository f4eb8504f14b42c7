import { isCompactJws } from './compact-jws.ts';
import { toHex } from '../token/hex.ts';
import { parseJson, type JsonObject, type JsonValue } from '../token/parse-json.ts';

/** What a JWE carried, ready to show. */
export type DecryptedPlaintext =
  /** A signed JWT inside: decode and verify it like any token. */
  | { type: 'nested-jwt'; token: string; because: 'cty' | 'content' }
  /** JSON (an encrypted but unsigned claims set, or anything else): printed as JSON.stringify(value, null, 2). */
  | { type: 'json'; value: JsonValue; text: string; prettyText: string }
  | { type: 'text'; text: string }
  /** Not UTF-8: the first bytes in hex. */
  | { type: 'binary'; byteLength: number; hex: string; truncated: boolean };

/** Enough bytes to recognise a format; more would be a wall of hex. */
const HEX_PREVIEW_BYTES = 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Classifies decrypted bytes. "cty": "JWT" (any letter case, RFC 7519 §5.2) announces a
 * nested JWT; a plaintext that is a compact JWS is one too, and its missing "cty" is a warning.
 */
export function readPlaintext(
  bytes: Uint8Array,
  header: JsonObject,
): { plaintext: DecryptedPlaintext; warnings: string[] } {
  const saysJwt = typeof header.cty === 'string' && header.cty.toUpperCase() === 'JWT';
  const notJws = saysJwt
    ? ['The header says "cty": "JWT", but the plaintext is not a compact JWS.']
    : [];
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      plaintext: {
        type: 'binary',
        byteLength: bytes.length,
        hex: toHex(bytes.subarray(0, HEX_PREVIEW_BYTES), ' '),
        truncated: bytes.length > HEX_PREVIEW_BYTES,
      },
      warnings: notJws,
    };
  }
  const trimmed = text.trim();
  if (isCompactJws(trimmed)) {
    const warnings = saysJwt
      ? []
      : [
          'The plaintext is a signed JWT, but the header lacks "cty": "JWT" (RFC 7519 §5.2 requires it for nested tokens), so some receivers will not look inside.',
        ];
    return {
      plaintext: { type: 'nested-jwt', token: trimmed, because: saysJwt ? 'cty' : 'content' },
      warnings,
    };
  }
  const warnings = notJws;
  const first = trimmed[0];
  if (first === '{' || first === '[') {
    const parsed = parseJson(text);
    if (parsed.ok) {
      return {
        plaintext: {
          type: 'json',
          value: parsed.value,
          text,
          prettyText: JSON.stringify(parsed.value, null, 2),
        },
        warnings,
      };
    }
  }
  return { plaintext: { type: 'text', text }, warnings };
}
