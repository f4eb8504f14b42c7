import { isJsonObject, type JsonValue } from '../token/parse-json.ts';
import { classifyLifetime, type LifetimeClassification } from './classify-lifetime.ts';
import { formatApproximateDuration, formatCountdown } from './format-duration.ts';

export type LifetimeClaim = 'iat' | 'nbf' | 'auth_time' | 'exp';
export type TimelineMarkName = LifetimeClaim | 'now';
export type TokenState = 'valid' | 'expired' | 'not-yet-valid';

/** The words the UI contract promises: the Lifetime region contains one of these. */
export const STATE_LABELS: Record<TokenState, string> = {
  valid: 'Valid',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
};

export interface TimelineMark {
  name: TimelineMarkName;
  /** Epoch milliseconds. */
  at: number;
  /** `2024-05-01T10:00:00Z` (to the second): the same for everyone who opens a shared link. */
  utc: string;
  /** Relative to now: `42m ago`, `in 1h15m`, `now`. */
  relative: string;
  description: string;
}

export interface TokenTimeline {
  state: TokenState;
  stateLabel: string;
  /** `expires in 42m`, `expired 3h ago`, `becomes valid in 5m`. */
  summary: string;
  /** Time to the next edge (exp, or nbf while not yet valid), to the second; absent when there is none. */
  countdown: string | undefined;
  clockToleranceMs: number;
  /** Sorted by time; always includes `now`. */
  marks: TimelineMark[];
  notBefore: number | undefined;
  expiresAt: number | undefined;
  /** `exp − iat` set against the platform defaults, when both are present and sensible. */
  lifetime: LifetimeClassification | undefined;
  /** Things worth knowing: a claim that is not a NumericDate, clocks out of step, tolerance used. */
  notes: string[];
}

export interface TimelineOptions {
  /** Epoch milliseconds; injected so the timeline is deterministic under test. */
  now: number;
  /** Seconds of clock skew a verifier forgives at nbf and exp. */
  clockToleranceSeconds?: number;
}

export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 300;

const DESCRIPTIONS: Record<TimelineMarkName, string> = {
  iat: 'issued',
  nbf: 'valid from (not before)',
  auth_time: 'user authenticated',
  exp: 'expires',
  now: 'now',
};

const CLAIMS: readonly LifetimeClaim[] = ['iat', 'nbf', 'auth_time', 'exp'];

/**
 * A token's life from its payload's NumericDate claims, seen from `now`. Returns undefined when
 * the payload is not a JSON object (encrypted, text, absent): there is no lifetime to show.
 * The state follows what a verifier with the same clock tolerance would decide.
 */
export function buildTokenTimeline(
  payload: JsonValue | undefined,
  options: TimelineOptions,
): TokenTimeline | undefined {
  if (!isJsonObject(payload)) return undefined;
  const { now } = options;
  const toleranceMs = (options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS) * 1000;
  const notes: string[] = [];
  const times: Partial<Record<LifetimeClaim, number>> = {};
  for (const claim of CLAIMS) {
    if (!(claim in payload)) continue;
    const value = payload[claim];
    if (typeof value === 'number' && Number.isFinite(value)) times[claim] = value * 1000;
    else
      notes.push(
        `${claim} is ${JSON.stringify(value)}, not a NumericDate (seconds since 1970-01-01 UTC), so it is left out.`,
      );
  }
  const { iat, nbf, exp } = times;
  const state = decideState(now, nbf, exp, toleranceMs);
  notes.push(...explainTolerance(state, now, nbf, exp, toleranceMs));
  notes.push(...checkOrder(times, now, toleranceMs));

  const marks: TimelineMark[] = [...CLAIMS, 'now' as const]
    .map((name) => ({ name, at: name === 'now' ? now : times[name] }))
    .filter((mark): mark is { name: TimelineMarkName; at: number } => mark.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map(({ name, at }) => ({
      name,
      at,
      utc: formatUtc(at),
      relative: describeRelative(at - now),
      description: DESCRIPTIONS[name],
    }));

  return {
    state,
    stateLabel: STATE_LABELS[state],
    summary: summarize(state, now, nbf, exp),
    countdown: countdownTo(state, now, nbf, exp),
    clockToleranceMs: toleranceMs,
    marks,
    notBefore: nbf,
    expiresAt: exp,
    lifetime:
      iat !== undefined && exp !== undefined && exp > iat ? classifyLifetime(exp - iat) : undefined,
    notes,
  };
}

function decideState(
  now: number,
  nbf: number | undefined,
  exp: number | undefined,
  toleranceMs: number,
): TokenState {
  if (nbf !== undefined && now < nbf - toleranceMs) return 'not-yet-valid';
  // RFC 7519 §4.1.4: the current time must be before exp, so exp itself is already expired.
  if (exp !== undefined && now >= exp + toleranceMs) return 'expired';
  return 'valid';
}

function summarize(
  state: TokenState,
  now: number,
  nbf: number | undefined,
  exp: number | undefined,
): string {
  if (state === 'not-yet-valid' && nbf !== undefined)
    return `becomes valid in ${formatApproximateDuration(nbf - now)}`;
  if (exp === undefined) return 'no exp claim: the token never expires';
  if (now < exp) return `expires in ${formatApproximateDuration(exp - now)}`;
  return `expired ${formatApproximateDuration(now - exp)} ago`;
}

function countdownTo(
  state: TokenState,
  now: number,
  nbf: number | undefined,
  exp: number | undefined,
): string | undefined {
  if (state === 'not-yet-valid' && nbf !== undefined) return formatCountdown(nbf - now);
  if (exp !== undefined && now < exp) return formatCountdown(exp - now);
  return undefined;
}

function explainTolerance(
  state: TokenState,
  now: number,
  nbf: number | undefined,
  exp: number | undefined,
  toleranceMs: number,
): string[] {
  if (state !== 'valid') return [];
  const tolerance = formatApproximateDuration(toleranceMs);
  const notes: string[] = [];
  if (exp !== undefined && now >= exp)
    notes.push(
      `Past exp by ${formatApproximateDuration(now - exp)}, but inside the ${tolerance} clock tolerance: a verifier allowing that skew still accepts it.`,
    );
  if (nbf !== undefined && now < nbf)
    notes.push(
      `Before nbf by ${formatApproximateDuration(nbf - now)}, but inside the ${tolerance} clock tolerance: a verifier allowing that skew already accepts it.`,
    );
  return notes;
}

function checkOrder(
  times: Partial<Record<LifetimeClaim, number>>,
  now: number,
  toleranceMs: number,
): string[] {
  const { iat, nbf, exp, auth_time: authTime } = times;
  const notes: string[] = [];
  if (nbf !== undefined && exp !== undefined && nbf >= exp)
    notes.push('nbf is not before exp: there is no moment at which this token is valid.');
  if (iat !== undefined && exp !== undefined && iat >= exp)
    notes.push('iat is not before exp: the token was issued already expired.');
  if (iat !== undefined && iat > now + toleranceMs)
    notes.push(
      `iat is ${formatApproximateDuration(iat - now)} in the future: the issuer's clock or this computer's clock is off.`,
    );
  if (authTime !== undefined && iat !== undefined && authTime > iat)
    notes.push(
      'auth_time is after iat: the user cannot have authenticated after the token was issued.',
    );
  return notes;
}

function describeRelative(deltaMs: number): string {
  if (Math.abs(deltaMs) < 1000) return 'now';
  const text = formatApproximateDuration(deltaMs);
  return deltaMs < 0 ? `${text} ago` : `in ${text}`;
}

function formatUtc(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return 'out of range';
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
