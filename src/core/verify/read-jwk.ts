import { decodeBase64url, findBase64urlProblem } from '../token/base64url.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../token/parse-json.ts';
import { bitLength, findRsaKeyProblem } from './rsa-public-key.ts';
import type { KeyErrorCode } from './verify-errors.ts';
import type { PublicJwk } from './verification-key.ts';

export type JwkReadResult =
  | { ok: true; jwk: PublicJwk; description: string; warnings: string[] }
  | { ok: false; code: KeyErrorCode; message: string };

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'];

const EC_COORDINATE_BYTES: Record<string, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

const NOT_FOR_SIGNATURES: Record<string, string> = {
  X25519: 'an X25519 key-agreement key',
  X448: 'an X448 key-agreement key',
};

/**
 * Reads one JWK (RFC 7517 §4) into the members verification uses, checking each as strictly
 * as a token segment. Private members are dropped with a warning: whoever pasted them has
 * exposed them, and Tokenscope only ever needs the public half.
 */
export function readJwk(value: JsonValue): JwkReadResult {
  if (!isJsonObject(value)) return fail('jwk-invalid', 'a JWK must be a JSON object');
  const kty = value.kty;
  if (typeof kty !== 'string') return fail('jwk-invalid', 'it has no "kty" (key type) string');
  const warnings: string[] = [];
  const privateMembers = PRIVATE_MEMBERS.filter((name) => name in value);
  if (privateMembers.length > 0 && kty !== 'oct') {
    warnings.push(
      `This JWK contains private key material (${privateMembers.join(', ')}). Only its public part is used; treat a private key that was pasted into a web page or published in a JWKS as exposed.`,
    );
  }
  const common = readCommonMembers(value, warnings);
  switch (kty) {
    case 'RSA':
      return readRsa(value, common, warnings);
    case 'EC':
      return readEc(value, common, warnings);
    case 'OKP':
      return readOkp(value, common, warnings);
    case 'oct':
      return readOct(value, common, warnings);
    case 'AKP':
      return fail(
        'unsupported-key-type',
        'kty "AKP" (ML-DSA, post-quantum) keys are not supported by Web Crypto in browsers yet',
      );
    default:
      return fail(
        'unsupported-key-type',
        `kty ${JSON.stringify(kty)} is not a key type for JWS signatures`,
      );
  }
}

type CommonMembers = Omit<PublicJwk, 'kty'>;

function readCommonMembers(value: JsonObject, warnings: string[]): CommonMembers {
  const common: CommonMembers = {};
  for (const name of ['kid', 'use', 'alg', 'x5t'] as const) {
    const member = value[name];
    if (member === undefined) continue;
    if (typeof member === 'string') common[name] = member;
    else warnings.push(`Its "${name}" is not a string and was ignored.`);
  }
  const keyOps = value.key_ops;
  if (keyOps !== undefined) {
    if (Array.isArray(keyOps) && keyOps.every((op) => typeof op === 'string')) {
      common.key_ops = keyOps;
    } else {
      // An unreadable restriction must still restrict: an empty list permits nothing.
      common.key_ops = [];
      warnings.push('Its "key_ops" is not an array of strings, so no operation is allowed.');
    }
  }
  return common;
}

function readRsa(value: JsonObject, common: CommonMembers, warnings: string[]): JwkReadResult {
  const n = readBytesMember(value, 'n');
  if (typeof n === 'string') return fail('jwk-invalid', n);
  const e = readBytesMember(value, 'e');
  if (typeof e === 'string') return fail('jwk-invalid', e);
  const problem = findRsaKeyProblem(n.bytes, e.bytes);
  if (problem) return fail('jwk-invalid', `this RSA key is not a usable public key: ${problem}`);
  const bits = bitLength(n.bytes);
  if (bits < 2048) {
    warnings.push(
      `An RSA key of ${bits} bits is too short: keys under 2048 bits are refused (RFC 7518 §3.3).`,
    );
  }
  return {
    ok: true,
    jwk: { kty: 'RSA', ...common, n: n.text, e: e.text },
    description: `RSA ${bits} public key`,
    warnings,
  };
}

function readEc(value: JsonObject, common: CommonMembers, warnings: string[]): JwkReadResult {
  const crv = value.crv;
  if (typeof crv !== 'string') return fail('jwk-invalid', 'an EC key needs a "crv" (curve) string');
  const size = EC_COORDINATE_BYTES[crv];
  if (size === undefined) {
    return fail(
      'unsupported-key-type',
      crv === 'secp256k1'
        ? 'curve secp256k1 (ES256K) is not supported by Web Crypto'
        : `curve ${JSON.stringify(crv)} is not one of P-256, P-384, P-521`,
    );
  }
  const x = readBytesMember(value, 'x');
  if (typeof x === 'string') return fail('jwk-invalid', x);
  const y = readBytesMember(value, 'y');
  if (typeof y === 'string') return fail('jwk-invalid', y);
  if (x.bytes.length !== size || y.bytes.length !== size) {
    return fail(
      'jwk-invalid',
      `on ${crv} the coordinates "x" and "y" must be ${size} bytes each, not ${x.bytes.length} and ${y.bytes.length}`,
    );
  }
  return {
    ok: true,
    jwk: { kty: 'EC', ...common, crv, x: x.text, y: y.text },
    description: `EC ${crv} public key`,
    warnings,
  };
}

function readOkp(value: JsonObject, common: CommonMembers, warnings: string[]): JwkReadResult {
  const crv = value.crv;
  if (typeof crv !== 'string') return fail('jwk-invalid', 'an OKP key needs a "crv" string');
  const agreement = NOT_FOR_SIGNATURES[crv];
  if (agreement) return fail('unsupported-key-type', `this is ${agreement}, not a signing key`);
  if (crv !== 'Ed25519') {
    return fail(
      'unsupported-key-type',
      crv === 'Ed448'
        ? 'Ed448 keys are not supported by Web Crypto'
        : `curve ${JSON.stringify(crv)} is not Ed25519`,
    );
  }
  const x = readBytesMember(value, 'x');
  if (typeof x === 'string') return fail('jwk-invalid', x);
  if (x.bytes.length !== 32) {
    return fail('jwk-invalid', `an Ed25519 public key "x" is 32 bytes, not ${x.bytes.length}`);
  }
  return {
    ok: true,
    jwk: { kty: 'OKP', ...common, crv, x: x.text },
    description: 'Ed25519 public key',
    warnings,
  };
}

function readOct(value: JsonObject, common: CommonMembers, warnings: string[]): JwkReadResult {
  const k = readBytesMember(value, 'k');
  if (typeof k === 'string') return fail('jwk-invalid', k);
  if (k.bytes.length === 0) return fail('jwk-invalid', 'its "k" (secret) is empty');
  return {
    ok: true,
    jwk: { kty: 'oct', ...common, k: k.text },
    description: `HMAC secret, ${k.bytes.length} bytes`,
    warnings,
  };
}

/** The decoded member, or the reason it cannot be decoded. */
function readBytesMember(
  value: JsonObject,
  name: string,
): { text: string; bytes: Uint8Array } | string {
  const member = value[name];
  if (member === undefined) return `the "${name}" member is missing`;
  if (typeof member !== 'string') return `the "${name}" member must be a base64url string`;
  const problem = findBase64urlProblem(member);
  if (problem) {
    const where = problem.kind === 'length' ? 'its length' : `character ${problem.index + 1}`;
    return `the "${name}" member is not canonical base64url (${where})`;
  }
  return { text: member, bytes: decodeBase64url(member) };
}

function fail(code: KeyErrorCode, message: string): JwkReadResult {
  return { ok: false, code, message };
}
