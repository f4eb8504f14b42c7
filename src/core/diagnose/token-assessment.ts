import type { DecodedToken } from '../token/decode-token.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../token/parse-json.ts';
import { quoteValue } from '../token-set/quote-value.ts';
import type { BearerChallenge } from './bearer-challenge.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';
import type { QuotedKind, QuotedRole, QuotedValue } from './quoted-values.ts';

/**
 * What the current token has to do with an error:
 * - causes: one of its claims makes exactly this check fail;
 * - passes: this token would pass this check (the rejected token was another, or the
 *   validator's clock or configuration is at fault);
 * - other-token: the message quotes values that are not this token's;
 * - cannot-tell: the answer depends on the validator's configuration, which the message does
 *   not quote; the claim is shown so the user can compare;
 * - not-applicable: the error is not about a claim of any token;
 * - no-token: there is no decoded token to look at.
 */
export type TokenVerdict =
  'causes' | 'passes' | 'other-token' | 'cannot-tell' | 'not-applicable' | 'no-token';

export const VERDICT_LABELS: Record<TokenVerdict, string> = {
  causes: 'This token causes it',
  passes: 'This token passes this check',
  'other-token': 'The message is about another token',
  'cannot-tell': 'Compare with the validator’s settings',
  'not-applicable': 'Not about a claim of the token',
  'no-token': 'No token to check',
};

/** A header parameter or claim the assessment looked at, with its value as display text. */
export interface ClaimEvidence {
  where: 'header' | 'payload';
  claim: string;
  /** quoteValue's text: strings quoted, invisible characters shown, long values cut. */
  value: string;
}

export interface TokenAssessment {
  verdict: TokenVerdict;
  /** One or two sentences naming the claims and their values. */
  message: string;
  claims: ClaimEvidence[];
}

/** Everything an assessment may look at. */
export interface AssessmentInput {
  entry: CatalogueEntry;
  /** The entry's match in the text (its groups, for entries that capture a claim name). */
  match: RegExpExecArray;
  token: DecodedToken;
  header: JsonObject | undefined;
  /** The payload's claims; undefined when the payload is not a JSON object. */
  claims: JsonObject | undefined;
  quoted: readonly QuotedValue[];
  challenge: BearerChallenge | undefined;
  /** Milliseconds since the epoch. */
  now: number;
}

export function readClaims(token: DecodedToken): JsonObject | undefined {
  const payload = token.payload;
  return payload?.type === 'json' && isJsonObject(payload.value) ? payload.value : undefined;
}

export function evidence(
  where: 'header' | 'payload',
  claim: string,
  value: JsonValue | undefined,
): ClaimEvidence[] {
  return value === undefined ? [] : [{ where, claim, value: quoteValue(value) }];
}

export function quotedOf(
  input: AssessmentInput,
  kind: QuotedKind,
  role: QuotedRole,
): QuotedValue[] {
  return input.quoted.filter((value) => value.kind === kind && value.role === role);
}

export function assessment(
  verdict: TokenVerdict,
  message: string,
  claims: ClaimEvidence[] = [],
): TokenAssessment {
  return { verdict, message, claims };
}

/** A claim with its value, for a sentence: `aud "api://x"`, or `no aud` when absent. */
export function named(claim: string, value: JsonValue | undefined): string {
  return value === undefined ? `no ${claim}` : `${claim} ${quoteValue(value)}`;
}

/** A claim's value as a clause: `aud is "api://x"`, or `aud is missing`. */
export function claimIs(claim: string, value: JsonValue | undefined): string {
  return value === undefined ? `${claim} is missing` : `${claim} is ${quoteValue(value)}`;
}
