import type { JWK } from 'jose';
import { decodeBase64url } from '../token/base64url.ts';
import { decodeBase64Text } from '../verify/base64.ts';
import { bitLength } from '../verify/rsa-public-key.ts';
import { readPemBody } from '../verify/read-pem.ts';
import { KeyError } from '../verify/verify-errors.ts';
import { FORMAT_NAMES, type KeyCandidate, type KeyTextFormat } from './key-candidate.ts';
import { readPkcs8, readX25519Spki, reframePkcs1, reframeSec1, toPem } from './key-der.ts';
import { KeyMaterialError } from './key-errors.ts';
import { nameKey, type KeyIdentity } from './key-identity.ts';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

/**
 * Reads every PEM block (RFC 7468) in the text: private keys (PKCS#8, and PKCS#1 / SEC1
 * re-framed as PKCS#8) and public keys (SPKI, PKCS#1, certificates, via the verifier's own
 * readers). Blocks Web Crypto cannot use are refused with what to do instead.
 */
export function readPemCandidates(
  text: string,
): { ok: true; candidates: KeyCandidate[] } | { ok: false; error: KeyMaterialError } {
  const candidates: KeyCandidate[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const [, label = '', body = '', endLabel] = match;
    if (label !== endLabel) {
      return {
        ok: false,
        error: new KeyMaterialError(
          'pem-invalid',
          `The PEM block "BEGIN ${label}" ends with "END ${endLabel}".`,
        ),
      };
    }
    // `openssl ecparam -genkey` writes the curve parameters before the key; the key names them too.
    if (label === 'EC PARAMETERS') continue;
    const read = readPemBlock(label, body, candidates.length + 1);
    if (read instanceof KeyMaterialError) return { ok: false, error: read };
    candidates.push(read);
  }
  if (candidates.length === 0) {
    return {
      ok: false,
      error: new KeyMaterialError(
        'pem-invalid',
        'The text has a "-----BEGIN" line but no complete PEM key block: check that the "-----END …-----" line was copied too.',
      ),
    };
  }
  return { ok: true, candidates };
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
