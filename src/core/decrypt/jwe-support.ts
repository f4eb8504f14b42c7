import {
  CONTENT_KEY_BYTES,
  DECRYPTION_ALGORITHMS,
  isDecryptionAlgorithm,
  isDecryptionEncryption,
  type DecryptionAlgorithm,
  type DecryptionEncryption,
} from '../keys/jose-algorithms.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { DecryptError } from './decrypt-errors.ts';

const UNSUPPORTED_ALGORITHMS: Record<string, string> = {
  RSA1_5:
    'RSA1_5 (RSAES-PKCS1-v1_5) cannot be decrypted here: Web Crypto does not implement it and jose 6 dropped it, because the scheme is open to padding-oracle attacks (Bleichenbacher). Re-encrypt with RSA-OAEP-256.',
  'ECDH-1PU':
    'ECDH-1PU (authenticated key agreement, an Internet-Draft) is not implemented by jose.',
};

/**
 * Checks the JWE header's alg, enc and zip against what jose 6 decrypts, before any key is
 * read, so an unsupported token is named as such rather than as a key problem.
 */
export function checkJweHeader(
  header: JsonObject,
):
  | { ok: true; alg: DecryptionAlgorithm; enc: DecryptionEncryption }
  | { ok: false; error: DecryptError } {
  const { alg, enc, zip } = header;
  if (!isDecryptionAlgorithm(alg)) {
    const known = typeof alg === 'string' ? UNSUPPORTED_ALGORITHMS[alg.split('+')[0]!] : undefined;
    return fail(
      'unsupported-alg',
      known ??
        `This token's "alg" ${JSON.stringify(alg)} is not a key management algorithm jose can decrypt (${Object.keys(DECRYPTION_ALGORITHMS).join(', ')}).`,
    );
  }
  if (!isDecryptionEncryption(enc)) {
    return fail(
      'unsupported-enc',
      `This token's "enc" ${JSON.stringify(enc)} is not a content encryption jose implements (${Object.keys(CONTENT_KEY_BYTES).join(', ')}).`,
    );
  }
  if (zip !== undefined && zip !== 'DEF') {
    return fail(
      'unsupported',
      `This token's "zip" ${JSON.stringify(zip)} is not a compression jose implements (only "DEF", RFC 7516 §4.1.3).`,
    );
  }
  return { ok: true, alg, enc };
}

function fail(code: DecryptError['code'], message: string): { ok: false; error: DecryptError } {
  return { ok: false, error: new DecryptError(code, message) };
}
