import {
  isJsonObject,
  describeJsonFailure,
  parseJson,
  type JsonValue,
} from '../token/parse-json.ts';
import { decodeBase64Text } from '../verify/base64.ts';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import type { KeyCandidate } from './key-candidate.ts';
import { KeyMaterialError } from './key-errors.ts';
import type { KeyIdentity } from './key-identity.ts';
import { invalid, isProblem, readJwkCandidate } from './read-jwk-candidate.ts';
import { readPemCandidates } from './read-pem-candidates.ts';

export type KeyTextResult =
  | { ok: true; candidates: KeyCandidate[]; fromSet: boolean; skipped: string[] }
  | { ok: false; error: KeyMaterialError };

export interface KeyTextOptions {
  secretEncoding: SecretEncoding;
  /**
   * Whether text that is neither JSON nor PEM is a secret (HMAC, AES) or a mistake. When it
   * is a mistake, `notAKey` says what should have been pasted.
   */
  secret: { allowed: true } | { allowed: false; notAKey: string };
}

const SECRET_ENCODING_NAMES: Record<SecretEncoding, string> = {
  utf8: 'UTF-8 text',
  base64: 'base64',
  base64url: 'base64url',
};

/**
 * Works out what key text was pasted — a JWK, a JWKS, PEM blocks (private or public) or a
 * secret — and reads each key far enough to say what it is. Nothing is imported here: the
 * caller decides, knowing the algorithm, which candidate to use and how.
 */
export function readKeyText(text: string, options: KeyTextOptions): KeyTextResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJsonKeys(trimmed);
  if (trimmed.includes('-----BEGIN ')) {
    const read = readPemCandidates(trimmed);
    return read.ok ? { ...read, fromSet: false, skipped: [] } : read;
  }
  if (!options.secret.allowed) return fail('not-a-key', options.secret.notAKey);
  return readSecret(trimmed, options.secretEncoding);
}

function readJsonKeys(text: string): KeyTextResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return fail(
      'json-syntax',
      `The key looks like JSON but is not valid JSON: ${describeJsonFailure(parsed)}.`,
    );
  }
  const value = parsed.value;
  if (Array.isArray(value) || (isJsonObject(value) && 'keys' in value)) return readJwks(value);
  if (isJsonObject(value) && 'kty' in value) {
    const read = readJwkCandidate(value, 1, 'jwk');
    return isProblem(read)
      ? fail(read.problem, `This JWK cannot be used: ${read.reason}.`)
      : { ok: true, candidates: [read], fromSet: false, skipped: [] };
  }
  return fail(
    'not-a-key',
    'This JSON is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
  );
}

function readJwks(value: JsonValue): KeyTextResult {
  const entries = Array.isArray(value) ? value : isJsonObject(value) ? value.keys : undefined;
  if (!Array.isArray(entries)) {
    return fail('not-a-key', 'A JWKS is a JSON object with a "keys" array, and this one has none.');
  }
  if (entries.length === 0) return fail('jwks-empty', 'The JWKS has no keys.');
  const candidates: KeyCandidate[] = [];
  const skipped: string[] = [];
  entries.forEach((entry, index) => {
    const read = isJsonObject(entry)
      ? readJwkCandidate(entry, index + 1, 'jwks')
      : invalid('it is not a JSON object');
    if (isProblem(read)) skipped.push(`key ${index + 1}: ${read.reason}`);
    else candidates.push(read);
  });
  if (candidates.length === 0) {
    return fail('jwks-empty', `None of the keys in this JWKS can be read (${skipped.join('; ')}).`);
  }
  return { ok: true, candidates, fromSet: true, skipped };
}

function readSecret(trimmed: string, encoding: SecretEncoding): KeyTextResult {
  if (trimmed === '') return fail('empty', 'The secret is empty.');
  let bytes: Uint8Array;
  if (encoding === 'utf8') bytes = new TextEncoder().encode(trimmed);
  else {
    const decoded = decodeBase64Text(trimmed, encoding);
    if (!decoded.ok)
      return fail('secret-invalid', `The secret is not valid ${encoding}: ${decoded.message}.`);
    bytes = decoded.bytes;
  }
  const identity: KeyIdentity = { kty: 'oct', bytes: bytes.length };
  return {
    ok: true,
    fromSet: false,
    skipped: [],
    candidates: [
      {
        position: 1,
        format: 'secret',
        identity,
        visibility: 'secret',
        kid: undefined,
        use: undefined,
        alg: undefined,
        keyOps: undefined,
        material: { type: 'secret', bytes },
        description: `secret, ${bytes.length} bytes (${SECRET_ENCODING_NAMES[encoding]})`,
      },
    ],
  };
}

function fail(code: KeyMaterialError['code'], message: string): KeyTextResult {
  return { ok: false, error: new KeyMaterialError(code, message) };
}
