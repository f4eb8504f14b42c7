import { decodeBase64Text } from './base64.ts';
import { readCertificate } from './read-certificate.ts';
import { readPkcs1, readSpki } from './read-spki.ts';
import { KeyError } from './verify-errors.ts';
import type { CertificateInfo, KeyFormat, PublicJwk } from './verification-key.ts';

export interface PemKey {
  format: KeyFormat;
  jwk: PublicJwk;
  description: string;
  certificate: CertificateInfo | undefined;
}

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
const LABEL = /^[A-Z0-9 ]+$/;

interface PemBlock {
  label: string;
  body: string;
  endLabel: string;
}

const PRIVATE_LABELS = new Set([
  'PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'OPENSSH PRIVATE KEY',
  'DSA PRIVATE KEY',
]);

export function looksLikePem(text: string): boolean {
  return text.includes('-----BEGIN ');
}

/**
 * Reads every PEM block (RFC 7468) in the text: SPKI public keys, PKCS#1 RSA public keys and
 * X.509 certificates. A private key is refused outright: verification never needs one, and
 * the message tells the user to treat it as exposed.
 */
export function readPemBlocks(text: string): PemKey[] | KeyError {
  const keys: PemKey[] = [];
  for (const { label, body, endLabel } of findPemBlocks(text)) {
    const blockName = `PEM block ${keys.length + 1} (${label})`;
    if (label !== endLabel) {
      return new KeyError(
        'pem-invalid',
        `${blockName} ends with "END ${endLabel}" instead of "END ${label}".`,
      );
    }
    if (PRIVATE_LABELS.has(label)) {
      return new KeyError(
        'pem-private-key',
        `This is a private key (BEGIN ${label}). Verification needs only the public key: paste the public key or the certificate instead, and treat this private key as exposed.`,
      );
    }
    const decoded = decodeBase64Text(body.replace(/\s+/g, ''), 'base64');
    if (!decoded.ok) return new KeyError('pem-invalid', `${blockName}: ${decoded.message}.`);
    const key = readPemBody(label, decoded.bytes);
    if (key instanceof KeyError) return new KeyError(key.code, `${blockName}: ${key.message}`);
    keys.push(key);
  }
  if (keys.length === 0) {
    return new KeyError(
      'pem-invalid',
      'The text has a "-----BEGIN" line but no complete PEM block: check that the "-----END …-----" line was copied too.',
    );
  }
  return keys;
}

/**
 * The BEGIN … END blocks of the text, found with indexOf in one pass. A lazy regex here
 * (`BEGIN (…)-----([\s\S]*?)-----END`) rescans the rest of the text from every BEGIN line that
 * has no END after it, which takes seconds on a few hundred kilobytes of repeated BEGIN lines.
 * Each block runs from a BEGIN line to the first END line after it, as that regex matched.
 */
export function findPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let from = 0;
  for (;;) {
    const begin = text.indexOf(BEGIN, from);
    if (begin === -1) return blocks;
    const label = readLabel(text, begin + BEGIN.length);
    if (label === undefined) {
      from = begin + 1;
      continue;
    }
    const bodyStart = begin + BEGIN.length + label.length + DASHES.length;
    // Once no END follows, no later BEGIN can complete a block either.
    const end = findEnd(text, bodyStart);
    if (end === undefined) return blocks;
    blocks.push({ label, body: text.slice(bodyStart, end.at), endLabel: end.label });
    from = end.after;
  }
}

/** The label of a BEGIN or END line starting at `start`, when the line is well formed. */
function readLabel(text: string, start: number): string | undefined {
  const close = text.indexOf(DASHES, start);
  if (close === -1) return undefined;
  const label = text.slice(start, close);
  return LABEL.test(label) ? label : undefined;
}

/** The first well-formed END line at or after `from`. */
function findEnd(
  text: string,
  from: number,
): { at: number; label: string; after: number } | undefined {
  let search = from;
  for (;;) {
    const at = text.indexOf(END, search);
    if (at === -1) return undefined;
    const label = readLabel(text, at + END.length);
    if (label !== undefined)
      return { at, label, after: at + END.length + label.length + DASHES.length };
    search = at + 1;
  }
}

/** Reads the DER inside one PEM block, or bare base64 DER that the user pasted unarmoured. */
export function readPemBody(label: string, der: Uint8Array): PemKey | KeyError {
  switch (label) {
    case 'PUBLIC KEY': {
      const result = readSpki(der);
      if (!result.ok)
        return new KeyError(
          result.unsupported ? 'unsupported-key-type' : 'der-invalid',
          result.message,
        );
      return {
        format: 'spki',
        jwk: result.jwk,
        description: result.description,
        certificate: undefined,
      };
    }
    case 'RSA PUBLIC KEY': {
      const result = readPkcs1(der);
      if (!result.ok) return new KeyError('der-invalid', result.message);
      return {
        format: 'pkcs1',
        jwk: result.jwk,
        description: result.description,
        certificate: undefined,
      };
    }
    case 'CERTIFICATE': {
      const result = readCertificate(der);
      if (!result.ok)
        return new KeyError(
          result.unsupported ? 'unsupported-key-type' : 'der-invalid',
          result.message,
        );
      return {
        format: 'x509',
        jwk: result.jwk,
        description: result.description,
        certificate: result.certificate,
      };
    }
    default:
      return new KeyError(
        'pem-unsupported',
        `"${label}" is not a key format Tokenscope reads; paste a PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE block, a JWK or a JWKS.`,
      );
  }
}
