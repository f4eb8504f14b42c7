import type { JWK } from 'jose';
import { decodeBase64url, findBase64urlProblem } from '../token/base64url.ts';
import {
  describeJsonFailure,
  isJsonObject,
  parseJson,
  type JsonObject,
  type JsonValue,
} from '../token/parse-json.ts';
import { decodeBase64Text } from '../verify/base64.ts';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { bitLength } from '../verify/read-jwk.ts';
import { readPemBody } from '../verify/read-pem.ts';
import { KeyError } from '../verify/verify-errors.ts';
import { readPkcs8, readX25519Spki, reframePkcs1, reframeSec1, toPem } from './key-der.ts';
import { KeyMaterialError } from './key-errors.ts';
import { nameKey, type KeyIdentity, type KeyVisibility } from './key-identity.ts';

/** How a key reached Tokenscope, as the user would name it. */
export type KeyTextFormat =
  'jwk' | 'jwks' | 'pkcs8' | 'pkcs1' | 'sec1' | 'spki' | 'rsa-public' | 'x509' | 'secret';

/** The key itself, in the form jose imports: a JWK, a PKCS#8 PEM, or secret bytes. */
export type KeyMaterial =
  | { type: 'jwk'; jwk: JWK }
  | { type: 'pkcs8'; pem: string }
  | { type: 'secret'; bytes: Uint8Array };

/** One key read from pasted text, described but not yet imported. */
export interface KeyCandidate {
  /** 1-based position in a JWKS or among PEM blocks; 1 for a single key. */
  position: number;
  format: KeyTextFormat;
  identity: KeyIdentity;
  visibility: KeyVisibility;
  kid: string | undefined;
  /** A JWK's own restrictions (RFC 7517 §4.2–4.4), checked before any use. */
  use: string | undefined;
  alg: string | undefined;
  keyOps: string[] | undefined;
  material: KeyMaterial;
  /** "RSA 2048 private key (PEM PKCS#8)". */
  description: string;
}

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

const FORMAT_NAMES: Record<KeyTextFormat, string> = {
  jwk: 'JWK',
  jwks: 'JWKS entry',
  pkcs8: 'PEM PKCS#8',
  pkcs1: 'PEM PKCS#1',
  sec1: 'PEM SEC1',
  spki: 'PEM SPKI',
  'rsa-public': 'PEM PKCS#1',
  x509: 'X.509 certificate',
  secret: 'secret',
};

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
  if (trimmed.includes('-----BEGIN ')) return readPemKeys(trimmed);
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
    const read = readPrivateOrPublicJwk(value, 1, 'jwk');
    return 'problem' in read
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
      ? readPrivateOrPublicJwk(entry, index + 1, 'jwks')
      : invalid('it is not a JSON object');
    if ('problem' in read) skipped.push(`key ${index + 1}: ${read.reason}`);
    else candidates.push(read);
  });
  if (candidates.length === 0) {
    return fail('jwks-empty', `None of the keys in this JWKS can be read (${skipped.join('; ')}).`);
  }
  return { ok: true, candidates, fromSet: true, skipped };
}

const RSA_PRIVATE_MEMBERS = ['p', 'q', 'dp', 'dq', 'qi'] as const;

interface JwkProblem {
  problem: 'jwk-invalid' | 'unsupported-key-type';
  reason: string;
}

function invalid(reason: string): JwkProblem {
  return { problem: 'jwk-invalid', reason };
}

function unsupportedType(reason: string): JwkProblem {
  return { problem: 'unsupported-key-type', reason };
}

function isProblem(value: object): value is JwkProblem {
  return 'problem' in value;
}

/**
 * Reads one JWK (RFC 7517 §4, RFC 7518 §6, RFC 8037 §2) into a candidate, or says why it
 * cannot be one. Only the members that define the key are kept for import; "use", "alg" and
 * "key_ops" are kept apart so their restrictions can be explained rather than surface as
 * Web Crypto's terse refusal.
 */
function readPrivateOrPublicJwk(
  value: JsonObject,
  position: number,
  format: 'jwk' | 'jwks',
): KeyCandidate | JwkProblem {
  const kty = value.kty;
  if (typeof kty !== 'string') return invalid('it has no "kty" (key type) string');
  const members = (names: readonly string[]): Record<string, string> | JwkProblem => {
    const out: Record<string, string> = {};
    for (const name of names) {
      const member = value[name];
      if (member === undefined) continue;
      if (typeof member !== 'string' || findBase64urlProblem(member) || member === '') {
        return invalid(`its "${name}" member is not a base64url string`);
      }
      out[name] = member;
    }
    return out;
  };
  let identity: KeyIdentity;
  let jwk: Record<string, string>;
  switch (kty) {
    case 'RSA': {
      const read = members(['n', 'e', 'd', ...RSA_PRIVATE_MEMBERS]);
      if (isProblem(read)) return read;
      if (!read.n || !read.e) return invalid('an RSA JWK needs "n" and "e"');
      const missing = RSA_PRIVATE_MEMBERS.filter((name) => read[name] === undefined);
      if (read.d !== undefined && missing.length > 0) {
        return invalid(
          `this RSA private JWK has "d" but not ${missing.map((name) => `"${name}"`).join(', ')}; Web Crypto needs every private member (RFC 7518 §6.3.2)`,
        );
      }
      identity = { kty: 'RSA', bits: bitLength(decodeBase64url(read.n)) };
      jwk = { kty, ...read };
      break;
    }
    case 'EC': {
      const crv = value.crv;
      if (crv !== 'P-256' && crv !== 'P-384' && crv !== 'P-521') {
        return typeof crv === 'string'
          ? unsupportedType(
              `curve ${JSON.stringify(crv)} is not supported (P-256, P-384 and P-521 are)`,
            )
          : invalid('an EC JWK needs a "crv" (curve) string');
      }
      const read = members(['x', 'y', 'd']);
      if (isProblem(read)) return read;
      if (!read.x || !read.y) return invalid('an EC JWK needs "x" and "y"');
      identity = { kty: 'EC', crv };
      jwk = { kty, crv, ...read };
      break;
    }
    case 'OKP': {
      const crv = value.crv;
      if (crv !== 'Ed25519' && crv !== 'X25519') {
        return typeof crv === 'string'
          ? unsupportedType(
              `curve ${JSON.stringify(crv)} is not supported by Web Crypto (Ed25519 and X25519 are)`,
            )
          : invalid('an OKP JWK needs a "crv" string');
      }
      const read = members(['x', 'd']);
      if (isProblem(read)) return read;
      if (!read.x) return invalid('an OKP JWK needs "x"');
      identity = { kty: 'OKP', crv };
      jwk = { kty, crv, ...read };
      break;
    }
    case 'oct': {
      const read = members(['k']);
      if (isProblem(read)) return read;
      if (!read.k) return invalid('a symmetric JWK needs a non-empty "k"');
      identity = { kty: 'oct', bytes: decodeBase64url(read.k).length };
      jwk = { kty, ...read };
      break;
    }
    default:
      return unsupportedType(
        `kty ${JSON.stringify(kty)} is not a key type Tokenscope can use (RSA, EC, OKP and oct are)`,
      );
  }
  const visibility: KeyVisibility =
    kty === 'oct' ? 'secret' : jwk.d !== undefined ? 'private' : 'public';
  const keyOps = value.key_ops;
  return {
    position,
    format,
    identity,
    visibility,
    kid: typeof value.kid === 'string' ? value.kid : undefined,
    use: typeof value.use === 'string' ? value.use : undefined,
    alg: typeof value.alg === 'string' ? value.alg : undefined,
    keyOps: Array.isArray(keyOps)
      ? keyOps.filter((op): op is string => typeof op === 'string')
      : undefined,
    material: { type: 'jwk', jwk },
    description: `${nameKey(identity, visibility)} (${FORMAT_NAMES[format]})`,
  };
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

function readPemKeys(text: string): KeyTextResult {
  const candidates: KeyCandidate[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const [, label = '', body = '', endLabel] = match;
    if (label !== endLabel) {
      return fail('pem-invalid', `The PEM block "BEGIN ${label}" ends with "END ${endLabel}".`);
    }
    // `openssl ecparam -genkey` writes the curve parameters before the key; the key names them too.
    if (label === 'EC PARAMETERS') continue;
    const read = readPemBlock(label, body, candidates.length + 1);
    if (read instanceof KeyMaterialError) return { ok: false, error: read };
    candidates.push(read);
  }
  if (candidates.length === 0) {
    return fail(
      'pem-invalid',
      'The text has a "-----BEGIN" line but no complete PEM key block: check that the "-----END …-----" line was copied too.',
    );
  }
  return { ok: true, candidates, fromSet: false, skipped: [] };
}

function readPemBlock(
  label: string,
  body: string,
  position: number,
): KeyCandidate | KeyMaterialError {
  switch (label) {
    case 'ENCRYPTED PRIVATE KEY':
      return encryptedPem(label);
    case 'OPENSSH PRIVATE KEY':
      return new KeyMaterialError(
        'pem-unsupported',
        'This is an OpenSSH private key, which Web Crypto cannot import. Convert it to PKCS#8 (for RSA and ECDSA keys: ssh-keygen -p -m PKCS8 -f <file>), or paste a JWK.',
      );
  }
  if (/Proc-Type:\s*4,ENCRYPTED/.test(body)) return encryptedPem(label);
  const decoded = decodeBase64Text(body.replace(/\s+/g, ''), 'base64');
  if (!decoded.ok) {
    return new KeyMaterialError(
      'pem-invalid',
      `The PEM block "BEGIN ${label}" is not valid base64: ${decoded.message}.`,
    );
  }
  const der = decoded.bytes;
  switch (label) {
    case 'PRIVATE KEY':
      return privateCandidate(readPkcs8(der), 'pkcs8', label, position);
    case 'RSA PRIVATE KEY':
      return privateCandidate(reframePkcs1(der), 'pkcs1', label, position);
    case 'EC PRIVATE KEY':
      return privateCandidate(reframeSec1(der), 'sec1', label, position);
    case 'PUBLIC KEY':
    case 'RSA PUBLIC KEY':
    case 'CERTIFICATE':
      return publicCandidate(label, der, position);
    default:
      return new KeyMaterialError(
        'pem-unsupported',
        `"${label}" is not a key format Tokenscope reads: paste a PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY, PUBLIC KEY or CERTIFICATE block, or a JWK.`,
      );
  }
}

function encryptedPem(label: string): KeyMaterialError {
  return new KeyMaterialError(
    'pem-encrypted',
    `This private key is protected by a passphrase (${label === 'ENCRYPTED PRIVATE KEY' ? 'BEGIN ENCRYPTED PRIVATE KEY' : 'Proc-Type: 4,ENCRYPTED'}), and Tokenscope does not ask for passphrases. Export it without one, for example: openssl pkey -in key.pem -out key-plain.pem`,
  );
}

function privateCandidate(
  read: ReturnType<typeof readPkcs8>,
  format: 'pkcs8' | 'pkcs1' | 'sec1',
  label: string,
  position: number,
): KeyCandidate | KeyMaterialError {
  if (!read.ok) {
    return new KeyMaterialError(
      read.unsupported ? 'unsupported-key-type' : 'pem-invalid',
      `The PEM block "BEGIN ${label}" cannot be used. ${read.message}`,
    );
  }
  return {
    position,
    format,
    identity: read.identity,
    visibility: 'private',
    kid: undefined,
    use: undefined,
    alg: undefined,
    keyOps: undefined,
    material: { type: 'pkcs8', pem: toPem('PRIVATE KEY', read.pkcs8) },
    description: `${nameKey(read.identity, 'private')} (${FORMAT_NAMES[format]})`,
  };
}

function publicCandidate(
  label: string,
  der: Uint8Array,
  position: number,
): KeyCandidate | KeyMaterialError {
  const format: KeyTextFormat =
    label === 'PUBLIC KEY' ? 'spki' : label === 'CERTIFICATE' ? 'x509' : 'rsa-public';
  const x25519 = label === 'PUBLIC KEY' ? readX25519Spki(der) : undefined;
  let jwk: JWK;
  let identity: KeyIdentity;
  if (x25519) {
    jwk = x25519;
    identity = { kty: 'OKP', crv: 'X25519' };
  } else {
    const read = readPemBody(label, der);
    if (read instanceof KeyError) {
      return new KeyMaterialError(
        read.code === 'unsupported-key-type' ? 'unsupported-key-type' : 'pem-invalid',
        `The PEM block "BEGIN ${label}" cannot be used. ${read.message}`,
      );
    }
    const { kty, n, crv } = read.jwk;
    jwk = { ...read.jwk };
    identity =
      kty === 'RSA'
        ? { kty, bits: bitLength(decodeBase64url(n ?? '')) }
        : kty === 'EC'
          ? { kty, crv: crv as 'P-256' | 'P-384' | 'P-521' }
          : { kty: 'OKP', crv: 'Ed25519' };
  }
  return {
    position,
    format,
    identity,
    visibility: 'public',
    kid: undefined,
    use: undefined,
    alg: undefined,
    keyOps: undefined,
    material: { type: 'jwk', jwk },
    description: `${nameKey(identity, 'public')} (${FORMAT_NAMES[format]})`,
  };
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
