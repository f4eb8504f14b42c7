import { looksLikeMilliseconds } from '../claims/numeric-date.ts';
import { detectTokenVersion } from '../claims/microsoft-issuer.ts';
import type { TokenKind } from '../claims/token-kind.ts';
import type { JsonObject, JsonValue } from '../token/parse-json.ts';
import {
  CAE_LONG_LIVED_MAX_MS,
  CAE_LONG_LIVED_MIN_MS,
  CTL_MAX_MS,
  CTL_MIN_MS,
  DEFAULT_VARIATION_MAX_MS,
  DEFAULT_VARIATION_MIN_MS,
  NO_CONDITIONAL_ACCESS_MS,
} from './platform-lifetimes.ts';

/** What the lifetime is measured against: only Microsoft access tokens have platform defaults. */
export type LifetimeBasis = 'microsoft-access-token' | 'id-token' | 'other';

export type LifetimeClass =
  | 'default-variation'
  | 'no-conditional-access'
  | 'cae-long-lived'
  | 'configurable'
  | 'too-short'
  | 'too-long'
  | 'not-compared';

export interface LifetimeJudgement {
  basis: LifetimeBasis;
  class: LifetimeClass;
  /** exp minus nbf (or iat when there is no nbf): how long the token can be used. */
  lifetimeMs: number;
  start: 'nbf' | 'iat';
  /** `75 min`, `2 h`, `3 h 20 min`, `30 days`. */
  lifetimeText: string;
  /** What the lifetime means for a token of this kind. */
  explanation: string;
  /** `75 min — inside the default 60–90 min variation of Microsoft access tokens`. */
  text: string;
  /**
   * Longer than a token of its kind should live: Findings raise "Very long lifetime" with the
   * same explanation, so Lifetime and Findings can never disagree about it.
   */
  tooLong: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** More than a working day's session: the bar for any token that is not a CAE one. */
export const LONG_LIFETIME_MS = DAY;

/** The defaults a Microsoft access token's lifetime is set against, for display. */
export const PLATFORM_LIFETIME_DEFAULTS: readonly { name: string; value: string }[] = [
  {
    name: 'Default variation',
    value: `${DEFAULT_VARIATION_MIN_MS / MINUTE}–${DEFAULT_VARIATION_MAX_MS / MINUTE} min, uniform (mean ${(DEFAULT_VARIATION_MIN_MS + DEFAULT_VARIATION_MAX_MS) / 2 / MINUTE})`,
  },
  {
    name: 'No Conditional Access (Teams / Microsoft 365)',
    value: `${NO_CONDITIONAL_ACCESS_MS / HOUR} h`,
  },
  {
    name: 'CAE long-lived',
    value: `${CAE_LONG_LIVED_MIN_MS / HOUR}–${CAE_LONG_LIVED_MAX_MS / HOUR} h`,
  },
  { name: 'Configurable token lifetime (CTL)', value: 'a fixed lifetime' },
];

const ACCESS_KINDS = new Set<TokenKind['id']>([
  'access-token-delegated',
  'access-token-app-only',
  'rfc9068-access-token',
  'ms-api-token',
]);

/**
 * The one judgement of a token's lifetime, shown in Lifetime and used by the long-lifetime
 * finding. The Microsoft defaults (60–90 min, 2 h without Conditional Access, 20–28 h for CAE)
 * describe Microsoft *access* tokens, so only those are compared with them; an ID token's exp
 * means something else, and another issuer's tokens follow its own rules. Undefined when there
 * is no lifetime to judge (no exp, no start, exp not after the start, or milliseconds, which
 * the "Dates in milliseconds" finding covers).
 */
export function judgeLifetime(
  claims: JsonObject,
  kind: TokenKind | undefined,
): LifetimeJudgement | undefined {
  const exp = claims.exp;
  const start: 'nbf' | 'iat' = typeof claims.nbf === 'number' ? 'nbf' : 'iat';
  const from = claims[start];
  if (typeof exp !== 'number' || typeof from !== 'number') return undefined;
  if (looksLikeMilliseconds(exp) || looksLikeMilliseconds(from)) return undefined;
  const lifetimeMs = (exp - from) * 1000;
  if (!(lifetimeMs > 0) || !Number.isFinite(lifetimeMs)) return undefined;
  const basis = basisOf(claims, kind);
  const { lifetimeClass, explanation } =
    basis === 'microsoft-access-token'
      ? judgeMicrosoftAccessToken(lifetimeMs, includesCp1(claims.xms_cc))
      : judgeOther(lifetimeMs, basis);
  const lifetimeText = formatLifetime(lifetimeMs);
  return {
    basis,
    class: lifetimeClass,
    lifetimeMs,
    start,
    lifetimeText,
    explanation,
    text: `${lifetimeText} — ${explanation}`,
    tooLong: lifetimeClass === 'too-long',
  };
}

function basisOf(claims: JsonObject, kind: TokenKind | undefined): LifetimeBasis {
  if (kind?.id === 'id-token') return 'id-token';
  const isAccess = kind !== undefined && (ACCESS_KINDS.has(kind.id) || kind.access !== undefined);
  return isAccess && detectTokenVersion(claims) !== undefined ? 'microsoft-access-token' : 'other';
}

function judgeMicrosoftAccessToken(
  ms: number,
  caeCapable: boolean,
): { lifetimeClass: LifetimeClass; explanation: string } {
  if (ms >= DEFAULT_VARIATION_MIN_MS && ms <= DEFAULT_VARIATION_MAX_MS)
    return {
      lifetimeClass: 'default-variation',
      explanation: 'inside the default 60–90 min variation of Microsoft access tokens',
    };
  if (ms === NO_CONDITIONAL_ACCESS_MS)
    return {
      lifetimeClass: 'no-conditional-access',
      explanation: 'the 2 h default for tenants without Conditional Access (Teams / Microsoft 365)',
    };
  const caeRange = ms >= CAE_LONG_LIVED_MIN_MS && ms <= CAE_LONG_LIVED_MAX_MS;
  if (caeRange && caeCapable)
    return {
      lifetimeClass: 'cae-long-lived',
      explanation: 'a CAE long-lived token (20–28 h): its client declared CAE support (xms_cc cp1)',
    };
  if (ms > CTL_MAX_MS)
    return {
      lifetimeClass: 'too-long',
      explanation: caeRange
        ? 'longer than a configurable lifetime allows (1 day); 20–28 h is the CAE long-lived range, but this client did not declare CAE support (no cp1 in xms_cc)'
        : caeCapable
          ? 'longer than every platform default, even the 28 h of CAE long-lived tokens'
          : 'longer than every platform default: configurable lifetimes end at 1 day, and CAE long-lived tokens (20–28 h) need a client that declared CAE support',
    };
  if (ms < CTL_MIN_MS)
    return {
      lifetimeClass: 'too-short',
      explanation: 'shorter than any platform default or configurable lifetime (10 min at least)',
    };
  return {
    lifetimeClass: 'configurable',
    explanation: caeRange
      ? 'a configurable token lifetime (CTL: 10 min to 1 day); the CAE long-lived range (20–28 h) would need a client that declared CAE support (xms_cc cp1)'
      : 'custom: a configurable token lifetime (CTL: 10 min to 1 day), outside the defaults',
  };
}

function judgeOther(
  ms: number,
  basis: 'id-token' | 'other',
): { lifetimeClass: LifetimeClass; explanation: string } {
  const tooLong = ms > LONG_LIFETIME_MS;
  if (basis === 'id-token')
    return {
      lifetimeClass: tooLong ? 'too-long' : 'not-compared',
      explanation: tooLong
        ? "longer than a day, for an ID token: its exp says until when the client may accept it as proof of the sign-in, and it is not renewed like an access token; the user's session can outlast it"
        : "an ID token: exp says until when the client may accept it as proof of the sign-in. It is not renewed like an access token, and the user's session can outlast it; the access-token defaults do not apply.",
    };
  return {
    lifetimeClass: tooLong ? 'too-long' : 'not-compared',
    explanation: tooLong
      ? 'longer than a day; access and ID tokens usually last about an hour'
      : 'not a Microsoft access token, so the Microsoft lifetime defaults do not apply',
  };
}

function includesCp1(value: JsonValue | undefined): boolean {
  return value === 'cp1' || (Array.isArray(value) && value.includes('cp1'));
}

/**
 * Token lifetimes are whole seconds; people think of short ones in minutes, long ones in hours
 * and very long ones in days: `75 min`, `24 h`, `3 h 20 min`, `30 days`.
 */
export function formatLifetime(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds >= 2 * 86_400) {
    const days = Math.floor(seconds / 86_400);
    const hours = Math.floor((seconds % 86_400) / 3600);
    return hours === 0 ? `${days} days` : `${days} days ${hours} h`;
  }
  if (seconds % 3600 === 0 && seconds >= 3600 && ms !== HOUR) return `${seconds / 3600} h`;
  if (ms < 3 * HOUR) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
