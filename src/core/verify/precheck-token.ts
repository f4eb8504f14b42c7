import { describeCrit } from '../claims/crit.ts';
import { lookupAlgorithm, SUPPORTED_ALGORITHMS, type AlgorithmInfo } from './algorithms.ts';
import type { DecodedToken } from '../token/decode-token.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { VerifyError } from './verify-errors.ts';
import type { VerdictKind } from './verdict.ts';

export type Precheck =
  | { ok: true; header: JsonObject; algorithm: AlgorithmInfo }
  | { ok: false; kind: VerdictKind; error: VerifyError; reasons: string[] };

/**
 * Everything that decides the verdict before any key is looked at, in a fixed order: the
 * decoder's findings first, then what the header says about the token's nature, then the
 * algorithm. Each failure names exactly one reason.
 */
export function precheckToken(decoded: DecodedToken): Precheck {
  const reasons = decoded.errors.map((error) => error.message);
  if (decoded.format === 'empty') {
    return fail('cannot-verify', 'empty', 'there is no token to verify yet.');
  }
  if (decoded.format === 'unsecured') {
    const alg = JSON.stringify(decoded.header?.value.alg);
    return fail(
      'unsecured',
      'unsecured',
      `alg ${alg} means the token carries no signature, so anyone could have written it. No verifier should accept it.`,
      reasons,
    );
  }
  const firstError = decoded.errors[0];
  if (firstError) {
    if (decoded.errors.every((error) => error.code === 'signature-empty')) {
      return fail('invalid-signature', 'signature-missing', firstError.message);
    }
    return fail(
      'cannot-verify',
      'undecodable',
      `the token does not decode. ${firstError.message}`,
      reasons.slice(1),
    );
  }
  if (decoded.format === 'jwe') {
    return fail(
      'cannot-verify',
      'encrypted',
      'this is an encrypted token (JWE). Only the holder of its decryption key can read it or check what is inside.',
    );
  }
  if (decoded.format === 'jws-unencoded') {
    return fail(
      'cannot-verify',
      'unencoded-payload',
      'this is a JWS with an unencoded payload (b64: false, RFC 7797) — not a JWT, and not something a JWT verifier accepts.',
    );
  }
  const header = decoded.header?.value;
  if (!header || decoded.format !== 'jws') {
    return fail('cannot-verify', 'undecodable', 'the token is not a compact JWS.');
  }
  const critProblem = checkCrit(header);
  if (critProblem) return { ok: false, kind: 'invalid-signature', error: critProblem, reasons: [] };
  if (header.nonce !== undefined) {
    return fail(
      'cannot-verify',
      'microsoft-api-token',
      'tokens for Microsoft APIs are not verifiable by third parties. The "nonce" in this header marks a token for a Microsoft API such as Graph, signed in a way only that API checks. That is by design, not forgery: to test validation, request a token for your own API.',
    );
  }
  const algorithm = lookupAlgorithm(header.alg);
  if (!algorithm) {
    return fail(
      'cannot-verify',
      'unsupported-algorithm',
      `alg ${JSON.stringify(header.alg)} is not a signature algorithm Tokenscope verifies (${SUPPORTED_ALGORITHMS.join(', ')}).`,
    );
  }
  return { ok: true, header, algorithm };
}

/**
 * RFC 7515 §4.1.11: a malformed `crit`, or a critical extension the recipient does not
 * understand, makes the JWS invalid. The rules are the Findings' (describeCrit), so the two
 * never disagree about a header.
 */
function checkCrit(header: JsonObject): VerifyError | undefined {
  const report = describeCrit(header);
  if (report.problems.length > 0) {
    return new VerifyError(
      'crit-invalid',
      `the "crit" header parameter is malformed: ${report.problems.join(' ')} (RFC 7515 §4.1.11), so the token is invalid whatever its signature.`,
    );
  }
  const unknown = report.unknown;
  if (unknown.length > 0) {
    return new VerifyError(
      'crit-unknown',
      `the header marks ${unknown.map((name) => JSON.stringify(name)).join(', ')} as critical ("crit"), and Tokenscope does not understand ${unknown.length === 1 ? 'that extension' : 'those extensions'}. RFC 7515 §4.1.11 makes such a token invalid whatever its signature.`,
    );
  }
  return undefined;
}

function fail(
  kind: VerdictKind,
  code: VerifyError['code'],
  message: string,
  reasons: string[] = [],
): Precheck {
  return { ok: false, kind, error: new VerifyError(code, message), reasons };
}
