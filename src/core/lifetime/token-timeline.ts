import { formatUtcText } from '../claims/format-date-time.ts';
import type { TokenKind } from '../claims/token-kind.ts';
import { isJsonObject, type JsonValue } from '../token/parse-json.ts';
import {
  assessTimeClaims,
  TIME_CLAIM_NAMES,
  timeClaimEdges,
  type TimeAssessment,
  type TimeClaimName,
  type TimeState,
} from '../time/assess-time-claims.ts';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../time/clock-tolerance.ts';
import { describeTimeState, timePhraseText, type TimePhrase } from '../time/describe-time-state.ts';
import { formatCountdown } from './format-duration.ts';
import { judgeLifetime, type LifetimeJudgement } from './judge-lifetime.ts';

export type LifetimeClaim = TimeClaimName;
export type TimelineMarkName = LifetimeClaim | 'now';
export type TokenState = TimeState;

export interface TimelineMark {
  name: TimelineMarkName;
  /** Epoch milliseconds (any number: a claim can lie beyond the range of a Date). */
  at: number;
  /** `2024-05-01T10:00:00Z`: the same for everyone who opens a shared link. */
  utc: string;
  description: string;
}

export interface TokenTimeline {
  state: TokenState;
  stateLabel: string;
  /** "expires in 42 min", with its relative part live for views that tick. */
  phrase: TimePhrase;
  /** The phrase as text at the `now` the timeline was built for. */
  summary: string;
  /** The next edge a countdown runs to (exp, or nbf while not yet valid), epoch ms. */
  countdownTo: number | undefined;
  /** Time to that edge at `now`, to the second: `41:59`. */
  countdown: string | undefined;
  clockToleranceMs: number;
  /** Sorted by time; always includes `now`. */
  marks: TimelineMark[];
  notBefore: number | undefined;
  expiresAt: number | undefined;
  /** The lifetime judged for the token's kind (see judge-lifetime.ts). */
  lifetime: LifetimeJudgement | undefined;
  /** Things worth knowing: a claim that is not a NumericDate, clocks out of step, tolerance used. */
  notes: string[];
}

export interface TimelineOptions {
  /** Epoch milliseconds; injected so the timeline is deterministic under test. */
  now: number;
  /** Seconds of clock skew a verifier forgives at nbf and exp. */
  clockToleranceSeconds?: number;
  /** The token's kind: only Microsoft access tokens are set against the platform defaults. */
  kind?: TokenKind;
}

const DESCRIPTIONS: Record<TimelineMarkName, string> = {
  iat: 'issued',
  nbf: 'valid from (not before)',
  auth_time: 'user authenticated',
  exp: 'expires',
  now: 'now',
};

/**
 * A token's life from its payload's NumericDate claims, seen from `now`. Returns undefined when
 * the payload is not a JSON object (encrypted, text, absent): there is no lifetime to show.
 * The state is the one time assessment's, so it is what Summary and Verify say too.
 */
export function buildTokenTimeline(
  payload: JsonValue | undefined,
  options: TimelineOptions,
): TokenTimeline | undefined {
  if (!isJsonObject(payload)) return undefined;
  const { now } = options;
  const toleranceSeconds = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  const time = assessTimeClaims(payload, { now, toleranceSeconds });
  const toleranceMs = time.toleranceSeconds * 1000;
  const times: Partial<Record<LifetimeClaim, number>> = {};
  for (const [name, seconds] of Object.entries(time.dates))
    times[name as LifetimeClaim] = seconds * 1000;

  const notes = time.malformed.map(({ problem }) => problem);
  notes.push(...explainTolerance(time));
  notes.push(...checkOrder(times, time));
  const phrase = describeTimeState(time);
  const countdownTo = nextCountdownEdge(time, times);
  return {
    state: time.state,
    stateLabel: time.label,
    phrase,
    summary: timePhraseText(phrase, now),
    countdownTo,
    countdown: countdownTo === undefined ? undefined : formatCountdown(countdownTo - now),
    clockToleranceMs: toleranceMs,
    marks: placeNow(claimMarks(times), now),
    notBefore: times.nbf,
    expiresAt: times.exp,
    lifetime: judgeLifetime(payload, options.kind),
    notes,
  };
}

/**
 * The instants (epoch ms) at which a timeline built for these claims changes, other than its
 * `now` mark (which views place with `placeNow`): the assessment's edges, and the moment an
 * iat in the future stops being beyond the tolerance.
 */
export function timelineEdges(payload: JsonValue | undefined, toleranceSeconds: number): number[] {
  if (!isJsonObject(payload)) return [];
  const edges = timeClaimEdges(payload, toleranceSeconds);
  const iat = payload.iat;
  if (typeof iat === 'number') {
    const edge = Math.ceil(iat - Math.max(0, toleranceSeconds)) * 1000;
    if (Number.isFinite(edge) && Math.abs(edge) <= 8.64e15) edges.push(edge);
  }
  return [...new Set(edges)].sort((a, b) => a - b);
}

function claimMarks(times: Partial<Record<LifetimeClaim, number>>): TimelineMark[] {
  return TIME_CLAIM_NAMES.flatMap((name) => {
    const at = times[name];
    return at === undefined
      ? []
      : [{ name, at, utc: formatUtcText(at), description: DESCRIPTIONS[name] }];
  });
}

/** The marks with `now` among them, in time order: for views that move it every second. */
export function placeNow(marks: readonly TimelineMark[], now: number): TimelineMark[] {
  const claims = marks.filter((mark) => mark.name !== 'now');
  const mark: TimelineMark = {
    name: 'now',
    at: now,
    utc: formatUtcText(Math.floor(now / 1000) * 1000),
    description: DESCRIPTIONS.now,
  };
  return [...claims, mark].sort((a, b) => a.at - b.at);
}

function nextCountdownEdge(
  time: TimeAssessment,
  times: Partial<Record<LifetimeClaim, number>>,
): number | undefined {
  if (time.state === 'not-yet-valid') return times.nbf;
  if (time.state === 'valid' && time.expiry === 'ahead') return times.exp;
  return undefined;
}

function explainTolerance(time: TimeAssessment): string[] {
  const tolerance = `${time.toleranceSeconds} s`;
  const notes: string[] = [];
  if (time.state !== 'valid' && time.state !== 'no-expiry') return notes;
  if (time.expiry === 'within-tolerance')
    notes.push(
      `Past exp, but inside the ${tolerance} clock tolerance: a verifier allowing that skew still accepts it.`,
    );
  if (time.notBefore === 'within-tolerance')
    notes.push(
      `Before nbf, but inside the ${tolerance} clock tolerance: a verifier allowing that skew already accepts it.`,
    );
  return notes;
}

function checkOrder(times: Partial<Record<LifetimeClaim, number>>, time: TimeAssessment): string[] {
  const { iat, nbf, exp, auth_time: authTime } = times;
  const notes: string[] = [];
  if (nbf !== undefined && exp !== undefined && nbf >= exp)
    notes.push('nbf is not before exp: there is no moment at which this token is valid.');
  if (iat !== undefined && exp !== undefined && iat >= exp)
    notes.push('iat is not before exp: the token was issued already expired.');
  if (iat !== undefined && iat / 1000 > time.nowSeconds + time.toleranceSeconds)
    notes.push(
      `iat (${formatUtcText(iat)}) is in the future, beyond the clock tolerance: the issuer's clock or this computer's clock is off.`,
    );
  if (authTime !== undefined && iat !== undefined && authTime > iat)
    notes.push(
      'auth_time is after iat: the user cannot have authenticated after the token was issued.',
    );
  return notes;
}
