import type { DecodedToken } from '../token/decode-token.ts';
import {
  assessAudience,
  assessAudiencePresent,
  assessConfigureAudience,
} from './assess-audience.ts';
import {
  assessAssertion,
  assessClaimsChallenge,
  assessMfa,
  assessRequiredClaim,
  assessScope,
  assessSubject,
  assessTokenValidity,
  assessType,
  assessTypePresent,
} from './assess-claims.ts';
import { assessConfigureIssuer, assessIssuer, assessIssuerPresent } from './assess-issuer.ts';
import {
  assessAlgorithm,
  assessDiscovery,
  assessFormat,
  assessSignature,
  assessSignaturePresent,
  assessSigningKey,
  assessSigningKeyPresent,
  assessSize,
} from './assess-signature.ts';
import {
  assessExpiry,
  assessExpiryPresent,
  assessIssuedAt,
  assessLifetime,
  assessMaxAge,
  assessNbfAfterExp,
  assessNotBefore,
  assessSignInAge,
} from './assess-time.ts';
import type { BearerChallenge } from './bearer-challenge.ts';
import type { CatalogueEntry, DiagnosisCheck } from './catalogue-entry.ts';
import type { QuotedValue } from './quoted-values.ts';
import {
  assessment,
  readClaims,
  type AssessmentInput,
  type TokenAssessment,
} from './token-assessment.ts';

type Assess = (input: AssessmentInput) => TokenAssessment;

const ASSESSMENTS: Record<Exclude<DiagnosisCheck, 'none'>, Assess> = {
  audience: assessAudience,
  'audience-present': assessAudiencePresent,
  'configure-audience': assessConfigureAudience,
  issuer: assessIssuer,
  'issuer-present': assessIssuerPresent,
  'configure-issuer': assessConfigureIssuer,
  expiry: assessExpiry,
  'not-before': assessNotBefore,
  lifetime: assessLifetime,
  'expiry-present': assessExpiryPresent,
  'nbf-after-exp': assessNbfAfterExp,
  'issued-at': assessIssuedAt,
  'max-age': assessMaxAge,
  'sign-in-age': assessSignInAge,
  type: assessType,
  'type-present': assessTypePresent,
  subject: assessSubject,
  'required-claim': assessRequiredClaim,
  'signing-key': assessSigningKey,
  'signing-key-present': assessSigningKeyPresent,
  signature: assessSignature,
  'signature-present': assessSignaturePresent,
  algorithm: assessAlgorithm,
  format: assessFormat,
  size: assessSize,
  discovery: assessDiscovery,
  mfa: assessMfa,
  scope: assessScope,
  'claims-challenge': assessClaimsChallenge,
  assertion: assessAssertion,
  'token-validity': assessTokenValidity,
};

/** Checks that read only the header or the encoded token, not the claims. */
const WITHOUT_CLAIMS = new Set<DiagnosisCheck>([
  'format',
  'size',
  'signature-present',
  'signing-key-present',
  'algorithm',
  'type',
  'type-present',
]);

/** Checks that work on the encoded token itself, even one that does not decode. */
const RAW = new Set<DiagnosisCheck>(['format', 'size']);

export interface TokenContext {
  token: DecodedToken | undefined;
  quoted: readonly QuotedValue[];
  challenge: BearerChallenge | undefined;
  now: number;
}

/** What the current token has to do with one matched entry. */
export function assessToken(
  entry: CatalogueEntry,
  match: RegExpExecArray,
  context: TokenContext,
): TokenAssessment {
  if (entry.check === 'none') {
    return assessment(
      'not-applicable',
      "This error is not about a claim of the token: the fix is in the app registration, the request or the user's sign-in.",
    );
  }
  const token = context.token;
  if (!token || token.format === 'empty') {
    return assessment(
      'no-token',
      'Paste the rejected token into the Token box to see which of its claims causes this.',
    );
  }
  const claims = readClaims(token);
  const header = token.header?.value;
  const needsClaims = !WITHOUT_CLAIMS.has(entry.check);
  const readable = needsClaims
    ? claims !== undefined
    : header !== undefined || RAW.has(entry.check);
  if (!readable) {
    const reason = token.errors[0]?.message ?? 'its payload is not a JSON claims set.';
    return assessment(
      'cannot-tell',
      `The current token's claims cannot be read, so they cannot be compared with this error: ${reason}`,
    );
  }
  return ASSESSMENTS[entry.check]({
    entry,
    match,
    token,
    header,
    claims,
    quoted: context.quoted,
    challenge: context.challenge,
    now: context.now,
  });
}
