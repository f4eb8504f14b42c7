import { decodeBase64Text } from './base64.ts';
import {
  describeJsonFailure,
  isJsonObject,
  MAX_NESTING,
  parseJson,
  type JsonObject,
} from '../token/parse-json.ts';
import { readJwk } from './read-jwk.ts';
import { readJwks } from './read-jwks.ts';
import { looksLikePem, readPemBlocks, readPemBody, type PemKey } from './read-pem.ts';
import { KeyError } from './verify-errors.ts';
import { encodeBase64url } from '../token/base64url.ts';
import { findWeakSecretProblems } from './weak-secret.ts';
import { pluralize, type KeySet, type VerificationKey } from './verification-key.ts';

/** How the user says an HMAC secret is written. Key formats are detected; this is not. */
export type SecretEncoding = 'utf8' | 'base64' | 'base64url';

export type KeyParseResult = { ok: true; keySet: KeySet } | { ok: false; error: KeyError };

const ENCODING_NAMES: Record<SecretEncoding, string> = {
  utf8: 'UTF-8 text',
  base64: 'base64',
  base64url: 'base64url',
};

/** HS256's minimum (RFC 7518 §3.2); the verdict re-checks against the token's own algorithm. */
const MINIMUM_SECRET_BYTES = 32;

/**
 * Works out what was pasted into Keys — a JWKS, a JWK, PEM (SPKI, PKCS#1, certificate), bare
 * base64 DER or else an HMAC secret — and says what it understood. Pure and synchronous:
 * nothing pasted leaves this function except as the returned key set.
 */
export function parseKeys(text: string, secretEncoding: SecretEncoding = 'utf8'): KeyParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return failure(new KeyError('empty', 'Nothing was pasted into Keys.'));
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonKeys(trimmed);
  if (looksLikePem(trimmed)) return parsePem(trimmed);
  if (secretEncoding === 'utf8') {
    const bare = readBareDer(trimmed);
    if (bare)
      return {
        ok: true,
        keySet: singleKeySet(bare, `${bare.description} (base64 DER without PEM armour)`),
      };
  }
  return parseSecret(text, trimmed, secretEncoding);
}

function parseJsonKeys(text: string): KeyParseResult {
  const parsed = parseJson(text);
  if (!parsed.ok && parsed.reason === 'depth') {
    return failure(
      new KeyError(
        'json-too-deep',
        `The keys are JSON nested ${parsed.depth.toLocaleString('en')} levels deep; Tokenscope reads at most ${MAX_NESTING} levels, and no key set needs more than 3.`,
      ),
    );
  }
  if (!parsed.ok) {
    return failure(
      new KeyError(
        'json-syntax',
        `The keys look like JSON but are not valid JSON: ${describeJsonFailure(parsed)}.`,
      ),
    );
  }
  const value = parsed.value;
  if (Array.isArray(value) || (isJsonObject(value) && 'keys' in value)) {
    const keySet = readJwks(value, 'pasted');
    return keySet instanceof KeyError ? failure(keySet) : { ok: true, keySet };
  }
  if (isJsonObject(value) && 'kty' in value) return parseSingleJwk(value);
  if (isJsonObject(value) && typeof value.jwks_uri === 'string') {
    return failure(
      new KeyError(
        'discovery-document',
        `This is a discovery document, not keys. Put its address into Discovery URL and press Fetch keys, or open its jwks_uri (${value.jwks_uri}) and paste that JWKS here.`,
      ),
    );
  }
  return failure(
    new KeyError(
      'not-a-key',
      'This JSON is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
    ),
  );
}

function parseSingleJwk(value: JsonObject): KeyParseResult {
  const result = readJwk(value);
  if (!result.ok)
    return failure(new KeyError(result.code, `This JWK cannot be used: ${result.message}.`));
  const key: VerificationKey = {
    position: 1,
    format: 'jwk',
    jwk: result.jwk,
    description: result.description,
    certificate: undefined,
    warnings: result.warnings,
  };
  if (result.jwk.kty === 'oct' && result.jwk.k !== undefined) {
    const bytes = decodeBase64Text(result.jwk.k, 'base64url');
    if (bytes.ok) key.warnings.push(...findWeakSecretProblems(bytes.bytes, MINIMUM_SECRET_BYTES));
  }
  return {
    ok: true,
    keySet: {
      origin: 'pasted',
      description: `${result.description} (JWK)`,
      keys: [key],
      skipped: [],
      warnings: [],
    },
  };
}

function parsePem(text: string): KeyParseResult {
  const blocks = readPemBlocks(text);
  if (blocks instanceof KeyError) return failure(blocks);
  const keys = blocks.map((block, index) => pemKey(block, index + 1));
  const descriptions = keys.map((key) => key.description);
  const description =
    keys.length === 1
      ? descriptions[0]!
      : `${pluralize(keys.length, 'PEM block')}: ${descriptions.join('; ')}`;
  return { ok: true, keySet: { origin: 'pasted', description, keys, skipped: [], warnings: [] } };
}

const PEM_FORMAT_NAMES = { spki: 'PEM SPKI', pkcs1: 'PEM PKCS#1' } as const;

function pemKey(block: PemKey, position: number): VerificationKey {
  let description: string;
  if (block.format === 'x509') {
    const subject = block.certificate?.subject;
    description = `X.509 certificate${subject ? ` for CN=${subject}` : ''} with an ${block.description}`;
  } else {
    const name =
      block.format === 'spki' || block.format === 'pkcs1' ? PEM_FORMAT_NAMES[block.format] : 'PEM';
    description = `${block.description} (${name})`;
  }
  return {
    position,
    format: block.format,
    jwk: block.jwk,
    description,
    certificate: block.certificate,
    warnings: [],
  };
}

/** An unarmoured SPKI or certificate, e.g. an x5c entry copied out of a JWKS. */
function readBareDer(text: string): VerificationKey | undefined {
  if (!/^MI[A-Za-z0-9+/\s]{60,}={0,2}$/.test(text)) return undefined;
  const decoded = decodeBase64Text(text.replace(/\s+/g, ''), 'base64');
  if (!decoded.ok) return undefined;
  for (const label of ['CERTIFICATE', 'PUBLIC KEY']) {
    const key = readPemBody(label, decoded.bytes);
    if (!(key instanceof KeyError)) return pemKey(key, 1);
  }
  return undefined;
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
