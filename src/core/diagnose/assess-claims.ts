import { detectTokenKind } from '../claims/token-kind.ts';
import { readNumericDate } from '../claims/numeric-date.ts';
import { quoteList, quoteValue } from '../token-set/quote-value.ts';
import { formatInstant } from '../claims/format-date-time.ts';
import { assessAudience, isGraphToken } from './assess-audience.ts';
import { assessExpiry } from './assess-time.ts';
import {
  assessment,
  evidence,
  claimIs,
  named,
  quotedOf,
  type AssessmentInput,
  type TokenAssessment,
} from './token-assessment.ts';

export function assessSubject(input: AssessmentInput): TokenAssessment {
  const sub = input.claims?.sub;
  const claims = evidence('payload', 'sub', sub);
  if (sub === undefined) return assessment('causes', 'The token has no sub.', claims);
  const expected = quotedOf(input, 'subject', 'expected').map((value) => value.value);
  if (expected.length === 0) {
    return assessment(
      'cannot-tell',
      `The token's ${claimIs('sub', sub)}. In Entra sub is different for every application; oid is the same.`,
      claims,
    );
  }
  return expected.includes(String(sub))
    ? assessment('passes', `The token's ${named('sub', sub)} is the subject expected.`, claims)
    : assessment(
        'causes',
        `The token's ${claimIs('sub', sub)}, but the validator expects ${quoteList(expected)}.`,
        claims,
      );
}

export function assessType(input: AssessmentInput): TokenAssessment {
  const typ = input.header?.typ;
  const claims = evidence('header', 'typ', typ);
  if (typ === undefined) return assessment('causes', "The token's header has no typ.", claims);
  const seen = quotedOf(input, 'type', 'token').map((value) => value.value);
  if (seen.length > 0 && !seen.includes(String(typ))) {
    return assessment(
      'other-token',
      `The message is about typ ${quoteList(seen)}, but this token's header has ${named('typ', typ)}.`,
      claims,
    );
  }
  const expected = quotedOf(input, 'type', 'expected').map((value) => value.value);
  if (expected.length === 0) {
    return assessment(
      'cannot-tell',
      `The token's header has ${named('typ', typ)}: compare it with the type the validator requires.`,
      claims,
    );
  }
  const accepted = expected.some((value) => value.toLowerCase() === String(typ).toLowerCase());
  return accepted
    ? assessment('passes', `The token's ${named('typ', typ)} is among the accepted types.`, claims)
    : assessment(
        'causes',
        `The token's header has ${named('typ', typ)}, and the validator accepts only ${quoteList(expected)}.`,
        claims,
      );
}

export function assessTypePresent(input: AssessmentInput): TokenAssessment {
  const typ = input.header?.typ;
  const claims = evidence('header', 'typ', typ);
  return typ === undefined
    ? assessment('causes', "The token's header has no typ.", claims)
    : assessment(
        'other-token',
        `This token's header has ${named('typ', typ)}, so it is not the token that was rejected.`,
        claims,
      );
}

/** jose "missing required "x" claim": the claim name is in the match. */
export function assessRequiredClaim(input: AssessmentInput): TokenAssessment {
  const name = input.match[1] ?? '';
  const value = input.claims?.[name];
  const claims = evidence('payload', name, value);
  return value === undefined
    ? assessment('causes', `The token has no ${quoteValue(name)} claim.`, claims)
    : assessment(
        'other-token',
        `This token has ${named(name, value)}, so it is not the token that was rejected.`,
        claims,
      );
}

function scopesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** insufficient_scope: what the challenge requires against the token's scp and roles. */
export function assessScope(input: AssessmentInput): TokenAssessment {
  const scp = input.claims?.scp ?? input.claims?.scope;
  const roles = input.claims?.roles;
  const claims = [
    ...evidence('payload', input.claims?.scp !== undefined ? 'scp' : 'scope', scp),
    ...evidence('payload', 'roles', roles),
  ];
  const held = new Set([...scopesOf(scp), ...scopesOf(roles)]);
  const required = quotedOf(input, 'scope', 'expected').map((value) => value.value);
  if (held.size === 0) {
    return assessment(
      'causes',
      `The token has no scp, scope or roles: it carries no permission at all${required.length ? `, and the API requires ${quoteList(required)}` : ''}.`,
      claims,
    );
  }
  const has = `The token has ${quoteList([...held])}`;
  if (required.length === 0) {
    return assessment(
      'cannot-tell',
      `${has}; the challenge does not name the scope required.`,
      claims,
    );
  }
  // Scopes may be written with their resource ("api://orders/Orders.Write"); compare last segments.
  const short = (scope: string) => scope.slice(scope.lastIndexOf('/') + 1);
  const heldShort = new Set([...held].map(short));
  const missing = required.filter((scope) => !heldShort.has(short(scope)));
  return missing.length === 0
    ? assessment(
        'passes',
        `${has}, which includes what the API requires (${quoteList(required)}).`,
        claims,
      )
    : assessment(
        'causes',
        `${has}, but not ${quoteList(missing)}, which the API requires.`,
        claims,
      );
}

/** AADSTS50076/50079: did the sign-in behind the token use MFA? */
export function assessMfa(input: AssessmentInput): TokenAssessment {
  const amr = input.claims?.amr;
  const claims = evidence('payload', 'amr', amr);
  if (!Array.isArray(amr)) {
    return assessment(
      'cannot-tell',
      'The token has no amr, so it does not say how the user signed in.',
      claims,
    );
  }
  return amr.includes('mfa')
    ? assessment(
        'passes',
        `The token's ${named('amr', amr)} shows MFA in the sign-in behind it; the failing request needed a newer or stronger one.`,
        claims,
      )
    : assessment(
        'causes',
        `The token's ${named('amr', amr)} has no "mfa": the sign-in behind it did not use multifactor authentication, so a resource that requires MFA needs an interactive sign-in.`,
        claims,
      );
}

/** A claims challenge: what it asks for, and whether the client said it can answer one. */
export function assessClaimsChallenge(input: AssessmentInput): TokenAssessment {
  const xmsCc = input.claims?.xms_cc;
  const claims = evidence('payload', 'xms_cc', xmsCc);
  const requested = input.challenge?.claims;
  const asks = requested
    ? `The challenge asks for these claims: ${requested}.`
    : 'The challenge carries no readable claims parameter.';
  const capable = scopesOf(xmsCc).includes('cp1');
  return assessment(
    'cannot-tell',
    capable
      ? `${asks} The token's ${named('xms_cc', xmsCc)} says the client declared it can handle claims challenges: it must pass them to its next token request.`
      : `${asks} The token has no xms_cc "cp1": the client did not declare that it handles claims challenges (MSAL: client capabilities "cp1"), which Continuous Access Evaluation expects.`,
    claims,
  );
}

/** AADSTS50013: the token sent as an on-behalf-of assertion. */
export function assessAssertion(input: AssessmentInput): TokenAssessment {
  if (detectTokenKind(input.token).id === 'id-token') {
    return assessment(
      'causes',
      'This is an ID token: on-behalf-of takes the access token your API received, not an ID token.',
      evidence('payload', 'aud', input.claims?.aud),
    );
  }
  const expiry = assessExpiry({ ...input, entry: { ...input.entry, clockSkewSeconds: 0 } });
  if (expiry.verdict === 'causes') return expiry;
  const audience = assessAudience(input);
  if (audience.verdict === 'causes' || audience.verdict === 'other-token') return audience;
  const aud = input.claims?.aud;
  return assessment(
    'cannot-tell',
    `The token's ${named('aud', aud)} must be the client ID or App ID URI of the app that sends it for on-behalf-of, and it must still be valid (exp ${expiryText(input)}).`,
    [...evidence('payload', 'aud', aud), ...evidence('payload', 'exp', input.claims?.exp)],
  );
}

function expiryText(input: AssessmentInput): string {
  const exp = readNumericDate(input.claims?.exp);
  return exp === undefined ? 'missing' : formatInstant(exp);
}

/** invalid_token: expiry is the one cause the token shows by itself. */
export function assessTokenValidity(input: AssessmentInput): TokenAssessment {
  const expiry = assessExpiry(input);
  if (expiry.verdict === 'causes') return expiry;
  const aud = input.claims?.aud;
  const graph = isGraphToken(aud)
    ? ' It is a Microsoft Graph token, which no other API accepts.'
    : '';
  return assessment(
    isGraphToken(aud) ? 'causes' : 'cannot-tell',
    `The token has not expired (exp ${expiryText(input)}); its ${claimIs('aud', aud)}.${graph} The error_description says which check failed.`,
    [...evidence('payload', 'aud', aud), ...evidence('payload', 'exp', input.claims?.exp)],
  );
}
