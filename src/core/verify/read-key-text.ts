import {
  describeJsonFailure,
  isJsonObject,
  MAX_NESTING,
  parseJson,
  type JsonObject,
} from '../token/parse-json.ts';
import { decodeBase64Text } from './base64.ts';
import { readJwk } from './read-jwk.ts';
import { readJwks } from './read-jwks.ts';
import { looksLikePem, readPemBlocks, readPemBody, type PemKey } from './read-pem.ts';
import { KeyError } from './verify-errors.ts';
import { findWeakSecretProblems } from './weak-secret.ts';
import { pluralize, type KeySet, type VerificationKey } from './verification-key.ts';

export type KeyParseResult = { ok: true; keySet: KeySet } | { ok: false; error: KeyError };

/** HS256's minimum (RFC 7518 §3.2); the verdict re-checks against the token's own algorithm. */
export const MINIMUM_SECRET_BYTES = 32;

/**
 * Key material in every encoding Tokenscope reads — JWKS, JWK, PEM (also JSON-escaped or inside
 * a JSON string), and bare base64 or base64url DER of an SPKI, a PKCS#1 RSA key or an X.509
 * certificate — or undefined when the text is none of them and may be a secret. Everything
 * this recognises must be recognised before a secret is considered, whatever the secret
 * encoding: a public key read as an HMAC secret is the algorithm-confusion forgery.
 */
export function readKeyText(trimmed: string): KeyParseResult | undefined {
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJsonKeys(trimmed);
  if (trimmed.startsWith('"')) {
    const inner = readJsonString(trimmed);
    const result = inner === undefined ? undefined : readKeyText(inner.trim());
    if (result)
      return withNote(result, 'The key was inside a JSON string; its contents were read.');
  }
  if (looksLikePem(trimmed)) {
    if (/\\[nr]/.test(trimmed)) {
      return withNote(
        readPem(trimmed.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\\\//g, '/')),
        'The PEM was JSON-escaped ("\\n" for each line break); it was read as PEM.',
      );
    }
    return readPem(trimmed);
  }
  return readBareDer(trimmed);
}

/**
 * What a secret's bytes are when they are a public key or certificate in any encoding above,
 * or undefined. Such a "secret" is never used: anyone can read a public key, so a token MACed
 * with it proves nothing (RFC 8725 §2.1).
 */
export function findPublicKeyInSecret(bytes: Uint8Array): string | undefined {
  const der = readPublicKeyDer(bytes);
  if (der) {
    return der instanceof KeyError
      ? 'a public key of a type Tokenscope does not verify with'
      : describePemKey(der, 'DER');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim();
  } catch {
    return undefined;
  }
  const keys = text === '' ? undefined : readKeyText(text);
  if (!keys?.ok) return undefined;
  const publicKeys = keys.keySet.keys.filter((key) => key.jwk.kty !== 'oct');
  return publicKeys.length > 0 ? keys.keySet.description : undefined;
}

/** The refusal for a secret that is a public key: it names algorithm confusion. */
export function describeConfusedSecret(subject: string, what: string): string {
  return `${subject} is a public key, not a secret: ${what}. Using a public key as an HMAC secret is algorithm confusion, the classic forgery (RFC 8725 §2.1): anyone can read the key, so a token MACed with it proves nothing, and Tokenscope never uses one as a secret. Paste the real HMAC secret, or check an RS, PS, ES or EdDSA token with this key.`;
}

function readJsonKeys(text: string): KeyParseResult {
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
    return keySet instanceof KeyError ? failure(keySet) : refuseConfusedSecrets(keySet);
  }
  if (isJsonObject(value) && 'kty' in value) return readSingleJwk(value);
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

function readSingleJwk(value: JsonObject): KeyParseResult {
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
  const confused = publicKeyInOctKey(key);
  if (confused) {
    return failure(
      new KeyError('secret-is-public-key', describeConfusedSecret('This JWK\'s "k"', confused)),
    );
  }
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

/** An "oct" key of a pasted JWKS whose "k" is a public key is skipped, with the reason. */
function refuseConfusedSecrets(keySet: KeySet): KeyParseResult {
  const keys: VerificationKey[] = [];
  const skipped = [...keySet.skipped];
  for (const key of keySet.keys) {
    const confused = publicKeyInOctKey(key);
    if (confused)
      skipped.push(`key ${key.position}: ${describeConfusedSecret('its "k"', confused)}`);
    else keys.push(key);
  }
  if (keys.length === keySet.keys.length) return { ok: true, keySet };
  if (keys.length === 0) {
    return failure(
      new KeyError(
        'secret-is-public-key',
        `None of the JWKS's ${pluralize(keySet.keys.length + keySet.skipped.length, 'key')} can be used (${skipped.join('; ')}).`,
      ),
    );
  }
  const description = `JWKS with ${pluralize(keys.length, 'key')}, ${skipped.length} skipped`;
  return { ok: true, keySet: { ...keySet, description, keys, skipped } };
}

function publicKeyInOctKey(key: VerificationKey): string | undefined {
  if (key.jwk.kty !== 'oct' || key.jwk.k === undefined) return undefined;
  const bytes = decodeBase64Text(key.jwk.k, 'base64url');
  return bytes.ok ? findPublicKeyInSecret(bytes.bytes) : undefined;
}

function readPem(text: string): KeyParseResult {
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

/**
 * Unarmoured DER — an x5c entry copied out of a JWKS, a key exported without PEM lines — in
 * base64 or base64url, line breaks allowed.
 */
function readBareDer(text: string): KeyParseResult | undefined {
  if (!/^[A-Za-z0-9+/_\-\s]+={0,2}$/.test(text)) return undefined;
  const compact = text.replace(/\s+/g, '');
  const variant = /[-_]/.test(compact) ? 'base64url' : 'base64';
  const decoded = decodeBase64Text(compact, variant);
  if (!decoded.ok) return undefined;
  const der = readPublicKeyDer(decoded.bytes);
  if (der === undefined) return undefined;
  if (der instanceof KeyError) return failure(der);
  const key = pemKey(der, 1, `${variant} DER`);
  const description =
    der.format === 'x509'
      ? `${key.description} (${variant} DER without PEM armour)`
      : key.description;
  return {
    ok: true,
    keySet: { origin: 'pasted', description, keys: [key], skipped: [], warnings: [] },
  };
}

/**
 * DER that is an SPKI, a PKCS#1 RSA public key or an X.509 certificate; a KeyError when it is
 * one of those shapes with a key Tokenscope cannot use; undefined when it is none of them.
 */
function readPublicKeyDer(bytes: Uint8Array): PemKey | KeyError | undefined {
  if (bytes[0] !== 0x30) return undefined;
  let unsupported: KeyError | undefined;
  for (const label of ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE']) {
    const key = readPemBody(label, bytes);
    if (!(key instanceof KeyError)) return key;
    if (key.code === 'unsupported-key-type') unsupported ??= key;
  }
  return unsupported;
}

const FORMAT_NAMES = { spki: 'SPKI', pkcs1: 'PKCS#1' } as const;

/** How the key was written: "PEM", "DER", "base64 DER", "base64url DER". */
type Armour = string;

/** "RSA 2048 public key (PEM SPKI)", "X.509 certificate for CN=… with an EC P-256 public key". */
function describePemKey(block: PemKey, armour: Armour): string {
  if (block.format === 'x509') {
    const subject = block.certificate?.subject;
    return `X.509 certificate${subject ? ` for CN=${subject}` : ''} with an ${block.description}`;
  }
  const format =
    block.format === 'spki' || block.format === 'pkcs1' ? ` ${FORMAT_NAMES[block.format]}` : '';
  return `${block.description} (${armour}${format})`;
}

function pemKey(block: PemKey, position: number, armour: Armour = 'PEM'): VerificationKey {
  return {
    position,
    format: block.format,
    jwk: block.jwk,
    description: describePemKey(block, armour),
    certificate: block.certificate,
    warnings: [],
  };
}

function readJsonString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function withNote(result: KeyParseResult, note: string): KeyParseResult {
  if (!result.ok) return result;
  return { ok: true, keySet: { ...result.keySet, warnings: [...result.keySet.warnings, note] } };
}

function failure(error: KeyError): KeyParseResult {
  return { ok: false, error };
}
