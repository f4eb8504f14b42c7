import { isGuid } from '../claims/microsoft-issuer.ts';
import type { JsonValue } from '../token/parse-json.ts';
import { audiences } from '../token-set/cross-check.ts';
import { quoteList, quoteValue } from '../token-set/quote-value.ts';
import {
  assessment,
  evidence,
  claimIs,
  named,
  quotedOf,
  type AssessmentInput,
  type TokenAssessment,
} from './token-assessment.ts';

/** Microsoft Graph's application ID and its resource URI. */
const GRAPH_AUDIENCES = new Set([
  '00000003-0000-0000-c000-000000000000',
  'https://graph.microsoft.com',
  'https://graph.microsoft.com/',
]);

export function isGraphToken(aud: JsonValue | undefined): boolean {
  return audiences(aud).some((value) => GRAPH_AUDIENCES.has(value.toLowerCase()));
}

const GRAPH_NOTE =
  'This is a token for Microsoft Graph: no other API can accept it. Request a scope of your own API (api://{its client id}/…) instead.';

/** The token's aud against the audiences the message quotes (IDX10214, jsonwebtoken, jose…). */
export function assessAudience(input: AssessmentInput): TokenAssessment {
  const aud = input.claims?.aud;
  const claims = evidence('payload', 'aud', aud);
  const tokenAudiences = audiences(aud);
  if (tokenAudiences.length === 0) {
    return assessment(
      'causes',
      `The token has ${aud === undefined ? 'no aud' : `an empty aud ${quoteValue(aud)}`}, so no API can accept it.`,
      claims,
    );
  }
  const seen = quotedOf(input, 'audience', 'token').map((value) => value.value);
  if (seen.length > 0 && !seen.some((value) => tokenAudiences.includes(value))) {
    return assessment(
      'other-token',
      `The message is about a token with aud ${quoteList(seen)}, but this token has ${named('aud', aud)}.`,
      claims,
    );
  }
  const expected = quotedOf(input, 'audience', 'expected').map((value) => value.value);
  if (expected.length > 0) {
    if (tokenAudiences.some((value) => expected.includes(value))) {
      return assessment(
        'passes',
        `This token's ${named('aud', aud)} is among the audiences the validator accepts (${quoteList(expected)}), so it passes this check.`,
        claims,
      );
    }
    const hint = isGraphToken(aud) ? ` ${GRAPH_NOTE}` : versionHint(tokenAudiences, expected);
    return assessment(
      'causes',
      `The token's ${named('aud', aud)} is not among the audiences the validator accepts: ${quoteList(expected)}.${hint}`,
      claims,
    );
  }
  if (isGraphToken(aud))
    return assessment('causes', `The token's ${claimIs('aud', aud)}. ${GRAPH_NOTE}`, claims);
  return assessment(
    'cannot-tell',
    `The token's ${claimIs('aud', aud)}. The message does not say which audiences the API accepts: compare it with the API's configured audience.`,
    claims,
  );
}

/**
 * The same app named two ways: v2.0 tokens carry the API's client ID, v1.0 tokens its App ID
 * URI, so an API configured with one rejects the other version's tokens.
 */
function versionHint(tokenAudiences: string[], expected: string[]): string {
  const guid = (value: string): boolean => isGuid(value);
  for (const aud of tokenAudiences) {
    for (const accepted of expected) {
      const [id, uri] = guid(aud) ? [aud, accepted] : [accepted, aud];
      if (guid(id) && !guid(uri) && uri.toLowerCase().includes(id.toLowerCase())) {
        return ` Both name the same application: ${quoteValue(id)} is its client ID (what v2.0 tokens carry) and ${quoteValue(uri)} its App ID URI (what v1.0 tokens carry). Accept both, or set accessTokenAcceptedVersion in the API's manifest to the version you validate.`;
      }
    }
  }
  return '';
}

/** IDX10206/IDX10207: an empty or missing aud. */
export function assessAudiencePresent(input: AssessmentInput): TokenAssessment {
  const aud = input.claims?.aud;
  const claims = evidence('payload', 'aud', aud);
  if (audiences(aud).length === 0) {
    return assessment(
      'causes',
      `The token has ${aud === undefined ? 'no aud' : `an empty aud ${quoteValue(aud)}`}.`,
      claims,
    );
  }
  return assessment(
    'other-token',
    `This token has ${named('aud', aud)}, so it is not the token that was rejected.`,
    claims,
  );
}

/** IDX10208: the validator has no audience configured; the token says what to configure. */
export function assessConfigureAudience(input: AssessmentInput): TokenAssessment {
  const aud = input.claims?.aud;
  const claims = evidence('payload', 'aud', aud);
  if (audiences(aud).length === 0) {
    return assessment(
      'not-applicable',
      'This token names no audience either, so it cannot tell what to configure.',
      claims,
    );
  }
  return assessment(
    'not-applicable',
    `The error is in the validator's settings, not in the token. This token has ${named('aud', aud)}: the value to accept if it is meant for this API.`,
    claims,
  );
}
