import type { JsonObject, JsonValue } from '../token/parse-json.ts';

/**
 * The one judgement of a token's time claims. Summary, Lifetime and Verify all read it, so they
 * cannot disagree about a boundary, a tolerance or a malformed claim.
 *
 * The boundaries are jose's (`clockTolerance` in `jwtVerify`), which follow RFC 7519 §4.1.4–5:
 * the clock is read in whole seconds, `now = floor(ms / 1000)`; a token is expired once
 * `exp <= now − tolerance` (so at `now == exp` with no tolerance it is already expired), and not
 * yet valid while `nbf > now + tolerance`. `iat`, `nbf` and `exp` must be numbers when present:
 * any other value makes the verifier reject the token ("claim must be a number"). Any JSON
 * number is accepted, even one beyond the range of a Date: the comparisons still hold.
 */

export type TimeClaimName = 'iat' | 'nbf' | 'auth_time' | 'exp';

/** In the order a token's life runs through them. */
export const TIME_CLAIM_NAMES: readonly TimeClaimName[] = ['iat', 'nbf', 'auth_time', 'exp'];

/** The claims a verifier rejects the token for when they are present but not numbers. */
const VERIFIED_CLAIMS: readonly TimeClaimName[] = ['iat', 'nbf', 'exp'];

export type TimeState = 'valid' | 'no-expiry' | 'expired' | 'not-yet-valid' | 'malformed';

/** The words every panel shows for a state; the Lifetime region's UI contract names three. */
export const TIME_STATE_LABELS: Record<TimeState, string> = {
  valid: 'Valid',
  'no-expiry': 'Valid — no expiry',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
  malformed: 'Malformed',
};

/** exp against the clock: still ahead, passed but forgiven by the tolerance, or expired. */
export type ExpiryOutcome = 'absent' | 'malformed' | 'ahead' | 'within-tolerance' | 'expired';

/** nbf against the clock: reached, ahead but forgiven by the tolerance, or not yet. */
export type NotBeforeOutcome = 'absent' | 'malformed' | 'reached' | 'within-tolerance' | 'not-yet';

export interface MalformedTimeClaim {
  name: TimeClaimName;
  value: JsonValue;
  /** "exp is "tomorrow", not a NumericDate (…): a verifier rejects the token." */
  problem: string;
}

export interface TimeAssessment {
  state: TimeState;
  label: string;
  /** The claims that are numbers, in seconds since 1970 as written (any JSON number). */
  dates: Partial<Record<TimeClaimName, number>>;
  /** The time claims present with a value that is not a number. */
  malformed: MalformedTimeClaim[];
  expiry: ExpiryOutcome;
  notBefore: NotBeforeOutcome;
  toleranceSeconds: number;
  /** The clock as the verifier reads it: whole seconds since 1970. */
  nowSeconds: number;
}

export interface TimeOptions {
  /** Epoch milliseconds; injected, never read here. */
  now: number;
  toleranceSeconds: number;
}

export function assessTimeClaims(claims: JsonObject, options: TimeOptions): TimeAssessment {
  const tolerance = Math.max(0, options.toleranceSeconds);
  const nowSeconds = Math.floor(options.now / 1000);
  const dates: Partial<Record<TimeClaimName, number>> = {};
  const malformed: MalformedTimeClaim[] = [];
  for (const name of TIME_CLAIM_NAMES) {
    if (!Object.hasOwn(claims, name)) continue;
    const value = claims[name]!;
    if (typeof value === 'number') dates[name] = value;
    else malformed.push({ name, value, problem: describeMalformedTimeClaim(name, value) });
  }
  const isMalformed = (name: TimeClaimName) => malformed.some((claim) => claim.name === name);

  const { nbf, exp } = dates;
  const notBefore: NotBeforeOutcome = isMalformed('nbf')
    ? 'malformed'
    : nbf === undefined
      ? 'absent'
      : nbf > nowSeconds + tolerance
        ? 'not-yet'
        : nbf > nowSeconds
          ? 'within-tolerance'
          : 'reached';
  const expiry: ExpiryOutcome = isMalformed('exp')
    ? 'malformed'
    : exp === undefined
      ? 'absent'
      : exp <= nowSeconds - tolerance
        ? 'expired'
        : exp <= nowSeconds
          ? 'within-tolerance'
          : 'ahead';

  // The verifier's order: a malformed claim is refused before any comparison is made.
  const state: TimeState = malformed.some((claim) => VERIFIED_CLAIMS.includes(claim.name))
    ? 'malformed'
    : notBefore === 'not-yet'
      ? 'not-yet-valid'
      : expiry === 'expired'
        ? 'expired'
        : expiry === 'absent'
          ? 'no-expiry'
          : 'valid';
  return {
    state,
    label: TIME_STATE_LABELS[state],
    dates,
    malformed,
    expiry,
    notBefore,
    toleranceSeconds: tolerance,
    nowSeconds,
  };
}

/** The first malformed claim that makes a verifier reject the token, if any. */
export function rejectingMalformedClaim(
  assessment: TimeAssessment,
): MalformedTimeClaim | undefined {
  return assessment.malformed.find((claim) => VERIFIED_CLAIMS.includes(claim.name));
}

export function describeMalformedTimeClaim(name: TimeClaimName, value: JsonValue): string {
  const consequence = VERIFIED_CLAIMS.includes(name)
    ? 'a verifier rejects the token'
    : 'it cannot be read as a time';
  return `${name} is ${preview(value)}, not a number of seconds since 1970 (a NumericDate): ${consequence}.`;
}

function preview(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * The instants (epoch ms, on whole seconds) at which some outcome of `assessTimeClaims` for
 * these claims changes: nbf − tolerance, nbf, exp, exp + tolerance. A view that shows the
 * assessment needs to be recomputed at these instants only, not on every tick of the clock.
 * `extra` adds instants in seconds (e.g. iat, for a timeline that orders marks around now).
 */
export function timeClaimEdges(
  claims: JsonObject | undefined,
  toleranceSeconds: number,
  extra: readonly TimeClaimName[] = [],
): number[] {
  if (!claims) return [];
  const tolerance = Math.max(0, toleranceSeconds);
  const seconds: number[] = [];
  const number = (name: TimeClaimName) => {
    const value = claims[name];
    return typeof value === 'number' ? value : undefined;
  };
  const nbf = number('nbf');
  const exp = number('exp');
  if (nbf !== undefined) seconds.push(nbf - tolerance, nbf);
  if (exp !== undefined) seconds.push(exp, exp + tolerance);
  for (const name of extra) {
    const value = number(name);
    if (value !== undefined) seconds.push(value);
  }
  // floor(now / 1000) >= x exactly when now >= ceil(x) * 1000.
  const edges = seconds
    .map((value) => Math.ceil(value) * 1000)
    .filter((edge) => Number.isFinite(edge) && Math.abs(edge) <= MAX_DATE_MS);
  return [...new Set(edges)].sort((a, b) => a - b);
}

/** The last instant a Date can hold: later edges are never reached by a running clock. */
const MAX_DATE_MS = 8.64e15;
