import { decodeBase64url } from '../token/base64url.ts';
import { isJsonObject, parseJson } from '../token/parse-json.ts';

/** A `WWW-Authenticate: Bearer …` challenge (RFC 6750 §3), its auth-params by name. */
export interface BearerChallenge {
  /** In the order given, names lower-cased, values unquoted; a repeated name is kept once. */
  parameters: { name: string; value: string }[];
  error: string | undefined;
  errorDescription: string | undefined;
  /** Space-separated scopes the resource requires (RFC 6750 §3). */
  scope: string | undefined;
  realm: string | undefined;
  /**
   * The `claims` parameter of a claims challenge (Continuous Access Evaluation), decoded from
   * base64 to its JSON text, or undefined when absent or unreadable.
   */
  claims: string | undefined;
}

/** Long enough for any real challenge; a pasted novel is not parsed. */
const MAX_CHALLENGE = 8192;

/**
 * Finds the first Bearer challenge in the text (a whole header line, or the value alone) and
 * reads its parameters: `name="quoted \" string"` or `name=token`, comma-separated.
 */
export function parseBearerChallenge(text: string): BearerChallenge | undefined {
  const start = /\bBearer\b(?=\s+[A-Za-z_][\w-]*\s*=)/i.exec(text);
  if (!start) return undefined;
  const rest = text.slice(start.index + start[0].length, start.index + MAX_CHALLENGE);
  const params = new Map<string, string>();
  const param = /\s*,?\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\\n]|\\.)*)"|([^\s,"]+))/y;
  let match: RegExpExecArray | null;
  while ((match = param.exec(rest)) !== null) {
    const name = match[1]!.toLowerCase();
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
    if (!params.has(name)) params.set(name, value);
  }
  if (params.size === 0) return undefined;
  const claims = params.get('claims');
  return {
    parameters: [...params].map(([name, value]) => ({ name, value })),
    error: params.get('error'),
    errorDescription: params.get('error_description'),
    scope: params.get('scope'),
    realm: params.get('realm'),
    claims: claims === undefined ? undefined : decodeClaims(claims),
  };
}

/**
 * The claims request is base64 (Microsoft sends the standard alphabet, with padding) of a
 * JSON object such as {"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}.
 */
function decodeClaims(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.startsWith('{')) return validJson(trimmed);
  const base64url = trimmed.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (!/^[A-Za-z0-9_-]+$/.test(base64url) || base64url.length % 4 === 1) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64url(base64url));
    return validJson(text);
  } catch {
    return undefined;
  }
}

function validJson(text: string): string | undefined {
  const parsed = parseJson(text);
  return parsed.ok && isJsonObject(parsed.value) ? JSON.stringify(parsed.value) : undefined;
}
