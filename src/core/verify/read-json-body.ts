import { describeJsonFailure, parseJson, type JsonValue } from '../token/parse-json.ts';
import { DiscoveryError } from './verify-errors.ts';

export type JsonBodyResult = { ok: true; value: JsonValue } | { ok: false; error: DiscoveryError };

/** Parses a fetched body as JSON, recognising the usual impostor: an HTML error or sign-in page. */
export function readJsonBody(body: string, url: string, what: string): JsonBodyResult {
  const parsed = parseJson(body);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const start = body.trimStart().slice(0, 15).toLowerCase();
  const html = start.startsWith('<!doctype') || start.startsWith('<html');
  return {
    ok: false,
    error: new DiscoveryError(
      'not-json',
      html
        ? `${url} returned an HTML page, not the ${what}: check the address (it may be a sign-in or error page).`
        : `${url} did not return JSON, so it is not a ${what}: ${describeJsonFailure(parsed)}.`,
    ),
  };
}
