import { readNumericDate } from '../claims/numeric-date.ts';
import { formatApproximateDuration } from '../lifetime/format-duration.ts';
import type { JsonValue } from '../token/parse-json.ts';
import { quoteValue } from '../token-set/quote-value.ts';
import { formatInstant } from '../claims/format-date-time.ts';
import {
  assessment,
  evidence,
  quotedOf,
  type AssessmentInput,
  type ClaimEvidence,
  type TokenAssessment,
} from './token-assessment.ts';

/** The instant a time check is judged at: the validator's clock when quoted, else now. */
interface Instant {
  seconds: number;
  /** "now (2025-01-15 12:00:00 UTC)", "at the validator's time in the message (…)". */
  described: string;
}

function judgedAt(input: AssessmentInput): Instant {
  const clock = quotedOf(input, 'time', 'validator-clock').find(
    (value) => value.epochSeconds !== undefined,
  );
  if (clock?.epochSeconds !== undefined) {
    return {
      seconds: clock.epochSeconds,
      described: `the validator's time in the message (${formatInstant(clock.epochSeconds)})`,
    };
  }
  return { seconds: input.now / 1000, described: `now (${formatInstant(input.now / 1000)})` };
}

function span(seconds: number): string {
  return formatApproximateDuration(seconds * 1000);
}

function skewText(skew: number): string {
  return skew === 0
    ? 'the validator allows no clock skew'
    : `the validator allows ${span(skew)} of clock skew`;
}

/** The message quotes the claim as the validator read it, and this token's differs. */
function otherToken(
  input: AssessmentInput,
  claim: 'exp' | 'nbf',
  value: number,
  claims: ClaimEvidence[],
): TokenAssessment | undefined {
  const quoted = quotedOf(input, 'time', 'token').find(
    (time) => time.claim === claim && time.epochSeconds !== undefined,
  );
  if (quoted?.epochSeconds === undefined || Math.abs(quoted.epochSeconds - value) <= 1) {
    return undefined;
  }
  return assessment(
    'other-token',
    `The message names ${claim} ${formatInstant(quoted.epochSeconds)}, but this token's ${claim} is ${formatInstant(value)}: it is about another token.`,
    claims,
  );
}

function notNumeric(claim: string, value: JsonValue, claims: ClaimEvidence[]): TokenAssessment {
  return assessment(
    'causes',
    `The token's ${claim} is ${quoteValue(value)}, not a number of seconds since 1970 (a NumericDate).`,
    claims,
  );
}

export function assessExpiry(input: AssessmentInput): TokenAssessment {
  const value = input.claims?.exp;
  const claims = evidence('payload', 'exp', value);
  if (value === undefined) {
    return assessment(
      'other-token',
      'This token has no exp, so it cannot have expired: the rejected token was another one.',
      claims,
    );
  }
  const exp = readNumericDate(value);
  if (exp === undefined) return notNumeric('exp', value, claims);
  const other = otherToken(input, 'exp', exp, claims);
  if (other) return other;
  const at = judgedAt(input);
  const skew = input.entry.clockSkewSeconds ?? 0;
  const when = `The token's exp is ${formatInstant(exp)}`;
  if (at.seconds > exp + skew) {
    return assessment(
      'causes',
      `${when}: it had expired ${span(at.seconds - exp)} before ${at.described}, and ${skewText(skew)}.`,
      claims,
    );
  }
  if (at.seconds > exp) {
    return assessment(
      'passes',
      `${when}: it expired ${span(at.seconds - exp)} before ${at.described}, but within the ${span(skew)} of clock skew the validator allows.`,
      claims,
    );
  }
  return assessment(
    'passes',
    `${when}: at ${at.described} it is still valid for ${span(exp - at.seconds)}. If the validator says it expired, its clock is ahead or it was sent another token.`,
    claims,
  );
}

export function assessNotBefore(input: AssessmentInput): TokenAssessment {
  const value = input.claims?.nbf;
  const claims = evidence('payload', 'nbf', value);
  if (value === undefined) {
    return assessment(
      'other-token',
      'This token has no nbf, so it cannot be "not yet valid": the rejected token was another one.',
      claims,
    );
  }
  const nbf = readNumericDate(value);
  if (nbf === undefined) return notNumeric('nbf', value, claims);
  const other = otherToken(input, 'nbf', nbf, claims);
  if (other) return other;
  const at = judgedAt(input);
  const skew = input.entry.clockSkewSeconds ?? 0;
  const when = `The token's nbf is ${formatInstant(nbf)}`;
  if (nbf > at.seconds + skew) {
    return assessment(
      'causes',
      `${when}, ${span(nbf - at.seconds)} after ${at.described}, and ${skewText(skew)}: the issuer's clock runs ahead of the validator's, or the token was made to start later.`,
      claims,
    );
  }
  return assessment(
    'passes',
    `${when}: already valid at ${at.described}. If the validator says it is not yet valid, its clock is behind.`,
    claims,
  );
}

/** Both ends of the lifetime (IDX10230, AADSTS700024, "The token lifetime is invalid"). */
export function assessLifetime(input: AssessmentInput): TokenAssessment {
  const nbf = readNumericDate(input.claims?.nbf);
  const exp = readNumericDate(input.claims?.exp);
  const claims = [
    ...evidence('payload', 'nbf', input.claims?.nbf),
    ...evidence('payload', 'exp', input.claims?.exp),
  ];
  if (nbf === undefined && exp === undefined) {
    return assessment(
      'cannot-tell',
      'The token has neither nbf nor exp, so its lifetime cannot be judged.',
      claims,
    );
  }
  if (nbf !== undefined && exp !== undefined && nbf > exp) {
    return assessment(
      'causes',
      `The token's nbf ${formatInstant(nbf)} is after its exp ${formatInstant(exp)}: it is never valid.`,
      claims,
    );
  }
  if (exp !== undefined && judgedAt(input).seconds > exp + (input.entry.clockSkewSeconds ?? 0)) {
    return assessExpiry(input);
  }
  if (nbf !== undefined && nbf > judgedAt(input).seconds + (input.entry.clockSkewSeconds ?? 0)) {
    return assessNotBefore(input);
  }
  const at = judgedAt(input);
  const range = [
    nbf === undefined ? '' : `from ${formatInstant(nbf)}`,
    exp === undefined ? '' : `until ${formatInstant(exp)}`,
  ]
    .filter(Boolean)
    .join(' ');
  return assessment(
    'passes',
    `The token is valid ${range}, which includes ${at.described}: by the standard rules its lifetime is fine, so the refusal comes from another rule.`,
    claims,
  );
}

export function assessExpiryPresent(input: AssessmentInput): TokenAssessment {
  const exp = input.claims?.exp;
  const claims = evidence('payload', 'exp', exp);
  return exp === undefined
    ? assessment('causes', 'The token has no exp: it never expires.', claims)
    : assessment(
        'other-token',
        `This token has exp ${describeTime(exp)}, so it is not the token that was rejected.`,
        claims,
      );
}

export function assessNbfAfterExp(input: AssessmentInput): TokenAssessment {
  const nbf = readNumericDate(input.claims?.nbf);
  const exp = readNumericDate(input.claims?.exp);
  const claims = [
    ...evidence('payload', 'nbf', input.claims?.nbf),
    ...evidence('payload', 'exp', input.claims?.exp),
  ];
  if (nbf !== undefined && exp !== undefined && nbf > exp) {
    return assessment(
      'causes',
      `The token's nbf ${formatInstant(nbf)} is after its exp ${formatInstant(exp)}.`,
      claims,
    );
  }
  return assessment(
    'other-token',
    "This token's nbf is not after its exp, so it is not the token that was rejected.",
    claims,
  );
}

/** jose with maxTokenAge: iat must not be in the future. */
export function assessIssuedAt(input: AssessmentInput): TokenAssessment {
  const value = input.claims?.iat;
  const claims = evidence('payload', 'iat', value);
  const iat = readNumericDate(value);
  if (iat === undefined) {
    return assessment(
      'other-token',
      'This token has no numeric iat, so it is not the token that was rejected.',
      claims,
    );
  }
  const at = judgedAt(input);
  if (iat > at.seconds + (input.entry.clockSkewSeconds ?? 0)) {
    return assessment(
      'causes',
      `The token's iat is ${formatInstant(iat)}, ${span(iat - at.seconds)} after ${at.described}: the issuer's clock runs ahead.`,
      claims,
    );
  }
  return assessment(
    'passes',
    `The token's iat ${formatInstant(iat)} is not after ${at.described}.`,
    claims,
  );
}

/** jose maxTokenAge, jsonwebtoken maxAge: the limit is the validator's, the age the token's. */
export function assessMaxAge(input: AssessmentInput): TokenAssessment {
  const value = input.claims?.iat;
  const claims = evidence('payload', 'iat', value);
  const iat = readNumericDate(value);
  if (iat === undefined) {
    return assessment(
      'causes',
      'The token has no numeric iat, so its age cannot be shown, and a maximum age requires one.',
      claims,
    );
  }
  const at = judgedAt(input);
  return assessment(
    'cannot-tell',
    `The token's iat is ${formatInstant(iat)}, ${span(Math.max(0, at.seconds - iat))} before ${at.described}: if the validator's maximum age is shorter, it refuses the token.`,
    claims,
  );
}

/** AADSTS70043: how long ago the user last authenticated, for the sign-in frequency. */
export function assessSignInAge(input: AssessmentInput): TokenAssessment {
  const claim = input.claims?.auth_time !== undefined ? 'auth_time' : 'iat';
  const value = input.claims?.[claim];
  const claims = evidence('payload', claim, value);
  const at = readNumericDate(value);
  if (at === undefined) {
    return assessment(
      'cannot-tell',
      'The token has no auth_time or iat, so the time of the last sign-in is unknown.',
      claims,
    );
  }
  const now = input.now / 1000;
  return assessment(
    'cannot-tell',
    `The user last ${claim === 'auth_time' ? 'signed in' : 'got a token'} at ${formatInstant(at)} (${claim}), ${span(Math.max(0, now - at))} ago: a sign-in frequency shorter than that asks for a new sign-in.`,
    claims,
  );
}

/** A NumericDate with its instant: `1736946300 (2025-01-15 13:05:00 UTC)`. */
function describeTime(value: JsonValue): string {
  const seconds = readNumericDate(value);
  return seconds === undefined ? quoteValue(value) : `${seconds} (${formatInstant(seconds)})`;
}
