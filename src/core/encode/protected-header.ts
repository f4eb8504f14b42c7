import {
  isSigningAlgorithm,
  type ContentEncryption,
  type EncoderAlgorithm,
} from '../keys/jose-algorithms.ts';
import type { DuplicateMember, JsonObject } from '../token/parse-json.ts';
import { setMembers, type MemberEditResult } from './json-members.ts';

export interface ProtectedHeader {
  header: JsonObject;
  /** What was changed from the typed header, and why. */
  notices: string[];
  warnings: string[];
}

/**
 * The header that goes into the token: the typed one, with "alg" (and for a JWE "enc") set
 * from the choices in the encoder, since the key decides the algorithm. Members keep their
 * typed order; a missing "alg" goes first, where readers look for it.
 */
export function buildProtectedHeader(input: {
  typed: JsonObject;
  duplicates: readonly DuplicateMember[];
  algorithm: EncoderAlgorithm;
  enc: ContentEncryption;
  nested: boolean;
}): ProtectedHeader {
  const { typed, algorithm, enc } = input;
  const notices: string[] = [];
  const warnings = input.duplicates.map(
    (duplicate) =>
      `The header gives "${duplicate.path}" ${duplicate.values.length} times; the token carries only the last value, as JSON.parse reads it.`,
  );
  const header: JsonObject = 'alg' in typed ? { ...typed } : { alg: algorithm, ...typed };
  if (typed.alg !== undefined && typed.alg !== algorithm) {
    notices.push(
      `The header said "alg": ${JSON.stringify(typed.alg)}; the token says "alg": "${algorithm}", the algorithm chosen.`,
    );
  }
  header.alg = algorithm;
  if (isSigningAlgorithm(algorithm)) {
    if ('enc' in typed) {
      warnings.push(
        'The header has "enc", which only an encrypted token (JWE) uses; a receiver may mistake this signed token for an encrypted one.',
      );
    }
    return { header, notices, warnings };
  }
  if (typed.enc !== undefined && typed.enc !== enc) {
    notices.push(
      `The header said "enc": ${JSON.stringify(typed.enc)}; the token says "enc": "${enc}", the content encryption chosen.`,
    );
  }
  header.enc = enc;
  const cty = typeof typed.cty === 'string' ? typed.cty : undefined;
  if (input.nested && cty?.toUpperCase() !== 'JWT') {
    header.cty = 'JWT';
    notices.push(
      cty === undefined
        ? 'The payload is a signed token, so the header says "cty": "JWT" (RFC 7519 §5.2): receivers then decode and verify the inner token.'
        : `The header said "cty": ${JSON.stringify(typed.cty)}; the payload is a signed token, so the token says "cty": "JWT" (RFC 7519 §5.2).`,
    );
  } else if (!input.nested && cty?.toUpperCase() === 'JWT') {
    warnings.push(
      'The header says "cty": "JWT", but the payload is not a signed token: a receiver will try to read it as a nested JWT and fail.',
    );
  }
  return { header, notices, warnings };
}

/**
 * Rewrites the Header text for a newly chosen algorithm, so the editor shows what the token
 * will carry: "alg" set, "enc" set for a JWE and removed for a JWS. Nothing else changes.
 */
export function setHeaderAlgorithm(
  headerText: string,
  algorithm: EncoderAlgorithm,
  enc: ContentEncryption,
): MemberEditResult {
  return setMembers(headerText, 'header', {
    alg: algorithm,
    enc: isSigningAlgorithm(algorithm) ? undefined : enc,
  });
}
