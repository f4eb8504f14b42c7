import type { DecodedPayload } from '../token/decode-token.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../token/parse-json.ts';
import { formatUtcText } from '../claims/format-date-time.ts';
import { assessTimeClaims, type TimeAssessment } from '../time/assess-time-claims.ts';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../time/clock-tolerance.ts';
import { isIssuerTemplate, resolveIssuerTemplate } from './microsoft.ts';

export type ClaimName = 'payload' | 'exp' | 'nbf' | 'iss' | 'aud' | 'typ';

export type ClaimStatus = 'pass' | 'fail' | 'warning' | 'not-checked';

export interface ClaimCheck {
  claim: ClaimName;
  status: ClaimStatus;
  message: string;
}

export interface ClaimCheckInput {
  header: JsonObject | undefined;
  payload: DecodedPayload | undefined;
  /** Milliseconds since the epoch; injected so the checks are deterministic. */
  now: number;
  clockToleranceSeconds: number;
  /** What the user's API expects in `aud`; empty or undefined = not checked. */
  expectedAudience: string | undefined;
  /** The discovery document's `issuer`, possibly a `{tenantid}` template. */
  discoveredIssuer: string | undefined;
}

// Defined once, in core/time; re-exported for the verifier modules that read it from here.
export { DEFAULT_CLOCK_TOLERANCE_SECONDS };

/** RFC 9068 §2.2: the claims every JWT access token carries. */
const RFC9068_REQUIRED = ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti'];

/**
 * The claim checks a resource server makes alongside the signature (RFC 7519 §4.1, RFC 8725
 * §3.8–3.11, RFC 9068 §4): lifetime with a visible tolerance, issuer, audience, and the
 * explicit type of an RFC 9068 access token. Messages name instants, not countdowns, so the
 * text changes only when a result does (it is read out by a live region).
 */
export function checkClaims(input: ClaimCheckInput): ClaimCheck[] {
  const payload = input.payload;
  if (payload?.type !== 'json' || !isJsonObject(payload.value)) {
    return [
      {
        claim: 'payload',
        status: 'not-checked',
        message: 'The payload is not a JSON claims set, so there are no claims to check.',
      },
    ];
  }
  const claims = payload.value;
  // exp and nbf are judged by the one time assessment that Summary and Lifetime show too.
  const time = assessTimeClaims(claims, {
    now: input.now,
    toleranceSeconds: input.clockToleranceSeconds,
  });
  return [
    checkExpiry(time),
    checkNotBefore(time),
    checkIssuer(claims, input.discoveredIssuer),
    checkAudience(claims.aud, input.expectedAudience),
    checkType(input.header, claims),
  ].filter((check): check is ClaimCheck => check !== undefined);
}

function checkExpiry(time: TimeAssessment): ClaimCheck {
  const tolerance = time.toleranceSeconds;
  const at = time.dates.exp === undefined ? '' : formatUtcText(time.dates.exp * 1000);
  switch (time.expiry) {
    case 'absent':
      return {
        claim: 'exp',
        status: 'warning',
        message: 'There is no exp: this token never expires.',
      };
    case 'malformed':
      return { claim: 'exp', status: 'fail', message: malformedProblem(time, 'exp') };
    case 'expired':
      return {
        claim: 'exp',
        status: 'fail',
        message: `Expired at ${at}, beyond the clock tolerance of ${tolerance} s.`,
      };
    case 'within-tolerance':
      return {
        claim: 'exp',
        status: 'warning',
        message: `Expired at ${at}, but within the clock tolerance of ${tolerance} s.`,
      };
    case 'ahead':
      return { claim: 'exp', status: 'pass', message: `Expires at ${at}.` };
  }
}

function checkNotBefore(time: TimeAssessment): ClaimCheck | undefined {
  const tolerance = time.toleranceSeconds;
  const at = time.dates.nbf === undefined ? '' : formatUtcText(time.dates.nbf * 1000);
  switch (time.notBefore) {
    case 'absent':
      return undefined;
    case 'malformed':
      return { claim: 'nbf', status: 'fail', message: malformedProblem(time, 'nbf') };
    case 'not-yet':
      return {
        claim: 'nbf',
        status: 'fail',
        message: `Not valid before ${at}, beyond the clock tolerance of ${tolerance} s.`,
      };
    case 'within-tolerance':
      return {
        claim: 'nbf',
        status: 'warning',
        message: `Not valid before ${at}, but within the clock tolerance of ${tolerance} s.`,
      };
    case 'reached':
      return { claim: 'nbf', status: 'pass', message: `Valid since ${at}.` };
  }
}

function malformedProblem(time: TimeAssessment, name: 'exp' | 'nbf'): string {
  return time.malformed.find((claim) => claim.name === name)?.problem ?? '';
}

function checkIssuer(claims: JsonObject, discoveredIssuer: string | undefined): ClaimCheck {
  const iss = claims.iss;
  if (discoveredIssuer === undefined) {
    return {
      claim: 'iss',
      status: 'not-checked',
      message: 'iss not checked: fetch the issuer\u2019s discovery document to compare it with.',
    };
  }
  const expected = resolveIssuerTemplate(discoveredIssuer, claims.tid);
  if (expected === undefined) {
    return {
      claim: 'iss',
      status: 'fail',
      message: `The discovery document's issuer ${JSON.stringify(discoveredIssuer)} is a template that needs the token's tid, and the token has none.`,
    };
  }
  const template = isIssuerTemplate(discoveredIssuer) ? ` (its {tenantid} filled in from tid)` : '';
  if (typeof iss !== 'string') {
    return {
      claim: 'iss',
      status: 'fail',
      message: `The token has no iss, but the issuer is ${JSON.stringify(expected)}.`,
    };
  }
  if (iss === expected) {
    return {
      claim: 'iss',
      status: 'pass',
      message: `iss matches the discovery document's issuer${template}.`,
    };
  }
  return {
    claim: 'iss',
    status: 'fail',
    message: `iss is ${JSON.stringify(iss)}, but the discovery document's issuer is ${JSON.stringify(expected)}${template}: these keys belong to another issuer.`,
  };
}

function checkAudience(
  aud: JsonValue | undefined,
  expectedAudience: string | undefined,
): ClaimCheck {
  const expected = expectedAudience?.trim() ?? '';
  if (expected === '') {
    return {
      claim: 'aud',
      status: 'warning',
      message:
        'audience not checked. Enter the Expected audience your API accepts: a token issued for another app can be replayed against an API that skips this check (the confused-deputy problem).',
    };
  }
  const audiences =
    typeof aud === 'string'
      ? [aud]
      : Array.isArray(aud)
        ? aud.filter((v) => typeof v === 'string')
        : [];
  if (audiences.length === 0) {
    return {
      claim: 'aud',
      status: 'fail',
      message: `The token has no aud, but ${JSON.stringify(expected)} was expected.`,
    };
  }
  if (audiences.includes(expected)) {
    return {
      claim: 'aud',
      status: 'pass',
      message: `aud includes the expected audience ${JSON.stringify(expected)}.`,
    };
  }
  const near = audiences.find((value) => value.includes(expected) || expected.includes(value));
  const hint = near
    ? ` ${JSON.stringify(near)} is close: an API's client ID and its App ID URI (api://…) are different audiences.`
    : '';
  return {
    claim: 'aud',
    status: 'fail',
    message: `aud is ${audiences.map((value) => JSON.stringify(value)).join(', ')}, not the expected ${JSON.stringify(expected)}: this token was issued for another audience.${hint}`,
  };
}

function checkType(header: JsonObject | undefined, claims: JsonObject): ClaimCheck | undefined {
  const typ = header?.typ;
  if (typeof typ !== 'string') return undefined;
  const normalized = typ.toLowerCase().replace(/^application\//, '');
  if (normalized !== 'at+jwt') return undefined;
  const missing = RFC9068_REQUIRED.filter((name) => claims[name] === undefined);
  if (missing.length > 0) {
    return {
      claim: 'typ',
      status: 'fail',
      message: `typ ${JSON.stringify(typ)} says RFC 9068 access token, but it lacks required claims: ${missing.join(', ')}.`,
    };
  }
  return {
    claim: 'typ',
    status: 'pass',
    message: `typ ${JSON.stringify(typ)}: an RFC 9068 access token with all its required claims.`,
  };
}
