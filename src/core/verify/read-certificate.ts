import {
  DerSyntaxError,
  TAG,
  expectTag,
  readChildren,
  readOid,
  readRoot,
  readSequence,
  readString,
  readTime,
  type DerElement,
} from './der.ts';
import { readSpkiElement, type SpkiReadResult } from './read-spki.ts';
import type { CertificateInfo } from './verification-key.ts';

export type CertificateReadResult =
  (SpkiReadResult & { ok: true; certificate: CertificateInfo }) | (SpkiReadResult & { ok: false });

const COMMON_NAME = '2.5.4.3';

/**
 * Reads the public key out of an X.509 certificate (RFC 5280 §4.1). The certificate's own
 * signature, chain and dates are not checked: a JWT verifier uses the certificate only as a
 * container for the issuer's public key, which the user chose to trust by pasting it.
 */
export function readCertificate(der: Uint8Array): CertificateReadResult {
  try {
    // RFC 5280 §4.1: tbsCertificate, signatureAlgorithm, signatureValue.
    const [tbs] = readSequence(
      der,
      readRoot(der, TAG.sequence, 'Certificate sequence'),
      'the Certificate',
      3,
    );
    // Six fields, with the optional version before and up to three optional ones after.
    const fields = readSequence(der, tbs!, 'the TBSCertificate', 6, 10);
    // version [0] is optional (absent means v1); the fields after it are fixed.
    const offset = fields[0]?.tag === TAG.context0 ? 1 : 0;
    const validity = expectTag(fields[offset + 3], TAG.sequence, 'the validity');
    const subject = expectTag(fields[offset + 4], TAG.sequence, 'the subject');
    const spki = expectTag(fields[offset + 5], TAG.sequence, 'the SubjectPublicKeyInfo');
    const [notBefore, notAfter] = readChildren(der, validity);
    const result = readSpkiElement(der, spki);
    if (!result.ok) return result;
    return {
      ...result,
      certificate: {
        der,
        subject: readCommonName(der, subject),
        notBefore: notBefore ? readTime(der, notBefore) : undefined,
        notAfter: notAfter ? readTime(der, notAfter) : undefined,
      },
    };
  } catch (error) {
    if (error instanceof DerSyntaxError) {
      return {
        ok: false,
        unsupported: false,
        message: `The certificate's DER structure is malformed: ${error.message}.`,
      };
    }
    throw error;
  }
}

/** The subject's CN, the one part of a distinguished name people recognise. */
function readCommonName(der: Uint8Array, name: DerElement): string | undefined {
  for (const relativeName of readChildren(der, name)) {
    for (const attribute of readChildren(der, relativeName)) {
      const [type, value] = readChildren(der, attribute);
      if (type?.tag === TAG.oid && value && readOid(der, type) === COMMON_NAME) {
        return readString(der, value);
      }
    }
  }
  return undefined;
}
