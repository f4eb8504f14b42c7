import { parseMicrosoftIssuer } from '../claims/microsoft-issuer.ts';
import { quoteList, quoteValue } from '../token-set/quote-value.ts';
import { resolveIssuerTemplate } from '../verify/microsoft.ts';
import {
  assessment,
  evidence,
  claimIs,
  named,
  quotedOf,
  type AssessmentInput,
  type TokenAssessment,
} from './token-assessment.ts';

/** The token's iss against the issuers the message quotes (IDX10205, jsonwebtoken, jose…). */
export function assessIssuer(input: AssessmentInput): TokenAssessment {
  const iss = input.claims?.iss;
  const claims = [
    ...evidence('payload', 'iss', iss),
    ...evidence('payload', 'tid', input.claims?.tid),
  ];
  if (typeof iss !== 'string' || iss === '') {
    return assessment(
      'causes',
      `The token has ${iss === undefined ? 'no iss' : `iss ${quoteValue(iss)}, not an issuer URL`}.`,
      claims,
    );
  }
  const seen = quotedOf(input, 'issuer', 'token').map((value) => value.value);
  if (seen.length > 0 && !seen.includes(iss)) {
    return assessment(
      'other-token',
      `The message is about a token from ${quoteList(seen)}, but this token has ${named('iss', iss)}.`,
      claims,
    );
  }
  const expected = quotedOf(input, 'issuer', 'expected').flatMap((value) => {
    const resolved = resolveIssuerTemplate(value.value, input.claims?.tid);
    return resolved === undefined ? [] : [resolved];
  });
  if (expected.length > 0) {
    if (expected.includes(iss)) {
      return assessment(
        'passes',
        `This token's ${named('iss', iss)} is an issuer the validator accepts, so it passes this check.`,
        claims,
      );
    }
    return assessment(
      'causes',
      `The token's ${named('iss', iss)} is not an issuer the validator accepts: ${quoteList(expected)}.${issuerHint(iss, expected)}`,
      claims,
    );
  }
  return assessment(
    'cannot-tell',
    `The token's ${claimIs('iss', iss)}. The message does not say which issuers are accepted: compare it with the API's configured issuer.`,
    claims,
  );
}

/** Entra's two issuer formats, and tenants, told apart. */
function issuerHint(iss: string, expected: string[]): string {
  const token = parseMicrosoftIssuer(iss);
  if (!token) return '';
  for (const accepted of expected) {
    const other = parseMicrosoftIssuer(accepted);
    if (!other) continue;
    if (other.tenantId === token.tenantId && other.version !== token.version) {
      return ` This is a ${token.version} token and the validator expects ${other.version} tokens from the same tenant: the API's accessTokenAcceptedVersion decides which version it gets, so accept both issuers or change that setting.`;
    }
    if (other.tenantId !== token.tenantId) {
      return ` The token comes from tenant ${quoteValue(token.tenantId)} and the validator expects tenant ${quoteValue(other.tenantId)}: a multi-tenant API must accept each tenant's issuer.`;
    }
  }
  return '';
}

/** IDX10211: iss missing or empty. */
export function assessIssuerPresent(input: AssessmentInput): TokenAssessment {
  const iss = input.claims?.iss;
  const claims = evidence('payload', 'iss', iss);
  if (typeof iss !== 'string' || iss.trim() === '') {
    return assessment(
      'causes',
      `The token has ${iss === undefined ? 'no iss' : `iss ${quoteValue(iss)}`}.`,
      claims,
    );
  }
  return assessment(
    'other-token',
    `This token has ${named('iss', iss)}, so it is not the token that was rejected.`,
    claims,
  );
}

/** IDX10204: no issuer configured; the token says which one to configure. */
export function assessConfigureIssuer(input: AssessmentInput): TokenAssessment {
  const iss = input.claims?.iss;
  return assessment(
    'not-applicable',
    typeof iss === 'string'
      ? `The error is in the validator's settings, not in the token. This token has ${named('iss', iss)}: the issuer to accept if it is meant for this API.`
      : "The error is in the validator's settings; this token has no iss either.",
    evidence('payload', 'iss', iss),
  );
}
