import { revealInvisible } from '../claims/reveal-invisible.ts';
import type { ClaimCheck } from './check-claims.ts';
import type { AppIdRetry } from './microsoft.ts';
import type { JsonObject } from '../token/parse-json.ts';
import type { KeySelection } from './select-keys.ts';
import type { KeyAttempt } from './try-keys.ts';
import type { VerificationKey } from './verification-key.ts';
import type { VerifyError } from './verify-errors.ts';

export type VerdictKind =
  'verified' | 'invalid-signature' | 'no-matching-key' | 'cannot-verify' | 'unsecured';

/** The verdict's first words: part of the UI contract (shared/docs/product.md). */
export const VERDICT_TITLES = {
  verified: 'Signature verified',
  'invalid-signature': 'Invalid signature',
  'no-matching-key': 'No matching key',
  'cannot-verify': 'Cannot verify',
  unsecured: 'Unsecured token',
} as const satisfies Record<VerdictKind, string>;

/** What the signature check found, before the claims are looked at. */
export interface SignatureOutcome {
  kind: VerdictKind;
  /** One sentence after the title: "key "abc" (RSA 2048 public key) verified the RS256 signature." */
  summary: string;
  /** Supporting detail: keys tried, why keys were excluded, decoder findings. */
  reasons: string[];
  warnings: string[];
  /** Set for every kind but `verified`. */
  error: VerifyError | undefined;
  selection: KeySelection | undefined;
  attempts: KeyAttempt[];
  verifiedBy: VerificationKey | undefined;
}

export interface Verdict extends SignatureOutcome {
  title: (typeof VERDICT_TITLES)[VerdictKind];
  /** Where the keys came from, when that is not simply the token's issuer or the user's paste. */
  provenance: string[];
  claims: ClaimCheck[];
  /** On "No matching key" from a Microsoft issuer: the discovery URL to try with ?appid=. */
  appIdRetry: AppIdRetry | undefined;
}

export function buildVerdict(
  outcome: SignatureOutcome,
  claims: ClaimCheck[],
  extra: Partial<Pick<Verdict, 'provenance' | 'appIdRetry'>> = {},
): Verdict {
  // Messages quote what the token says (iss, aud, kid…): a direction override or a tag
  // character in a value must not make the verdict read as something else.
  return {
    ...outcome,
    summary: reveal(outcome.summary),
    reasons: outcome.reasons.map(reveal),
    warnings: outcome.warnings.map(reveal),
    title: VERDICT_TITLES[outcome.kind],
    provenance: (extra.provenance ?? []).map(reveal),
    claims: claims.map((check) => ({ ...check, message: reveal(check.message) })),
    appIdRetry: extra.appIdRetry,
  };
}

function reveal(text: string): string {
  return revealInvisible(text).text;
}

/** How the token names its key, for the key-selection explanation beside the verdict. */
export function describeKeyMatch(selection: KeySelection, header: JsonObject | undefined): string {
  const quoted = (value: unknown) => reveal(JSON.stringify(value) ?? String(value));
  switch (selection.matchedBy) {
    case 'kid':
      return `The token names its key by kid ${quoted(header?.kid)}; kids are compared as exact strings.`;
    case 'x5t':
      return `The token names its key by x5t ${quoted(header?.x5t)} (the certificate thumbprint Microsoft v1.0 tokens carry).`;
    case 'key-type':
      return 'The token names no key (no kid or x5t), so every key of the type its algorithm needs was tried.';
  }
}

/** "Signature verified: key "abc" … verified the RS256 signature." */
export function verdictHeadline(verdict: Verdict): string {
  return `${verdict.title}: ${verdict.summary}`;
}

const CLAIM_MARKS = {
  pass: 'OK',
  fail: 'FAILED',
  warning: 'WARNING',
  'not-checked': 'not checked',
} as const;

/** The whole verdict as plain text, one statement a line, headline first. */
export function verdictText(verdict: Verdict): string {
  return [
    verdictHeadline(verdict),
    ...verdict.provenance,
    ...verdict.reasons,
    ...verdict.warnings.map((warning) => `Warning: ${warning}`),
    ...verdict.claims.map(
      (check) => `${check.claim} ${CLAIM_MARKS[check.status]}: ${check.message}`,
    ),
  ].join('\n');
}

/**
 * A good signature is not an acceptable token: when a claim check failed, the sentence a
 * verdict adds so that "Signature verified" is not read as "accept it"; otherwise undefined.
 */
export function claimRejection(verdict: Verdict): string | undefined {
  if (verdict.kind !== 'verified') return undefined;
  const failed = verdict.claims.filter((check) => check.status === 'fail');
  if (failed.length === 0) return undefined;
  const names = failed.map((check) => check.claim).join(', ');
  return `The signature is genuine, but a verifier must still reject this token: ${failed.length === 1 ? 'its claim check' : 'its claim checks'} on ${names} failed.`;
}
