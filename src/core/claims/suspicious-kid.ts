import type { JsonValue } from '../token/parse-json.ts';

const MAX_PLAIN_LENGTH = 256;

/**
 * Why a `kid` looks like an attack on a verifier that uses it as a file path, a database
 * query or a shell argument (RFC 8725 §3.10); undefined when it looks like an ordinary label.
 * Base64 characters (`+`, `/`, `=`) are normal in key ids and are not flagged on their own.
 */
export function describeSuspiciousKid(kid: JsonValue | undefined): string | undefined {
  if (kid === undefined) return undefined;
  if (typeof kid !== 'string') {
    return `The key id is ${kid === null ? 'null' : `a ${Array.isArray(kid) ? 'list' : typeof kid}`}, not a string; a verifier that converts it might match the wrong key.`;
  }
  if (kid === '') return 'The key id is empty.';
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u001f\u007f]/.test(kid)) return 'The key id contains control characters.';
  if (
    /\.\.[/\\]|[/\\]\.\.|%2e%2e|%2f|%5c|%00/i.test(kid) ||
    /^\/[a-z]+\//i.test(kid) ||
    kid.includes('\\') ||
    /^file:/i.test(kid)
  ) {
    return 'The key id looks like a file path (directory traversal).';
  }
  if (/['"`;|&$<>{}()]|--|\/\*/.test(kid)) {
    return 'The key id contains characters used for SQL, command or markup injection.';
  }
  if (/\s/.test(kid)) return 'The key id contains spaces.';
  if (kid.length > MAX_PLAIN_LENGTH)
    return `The key id is unusually long (${kid.length} characters).`;
  return undefined;
}
