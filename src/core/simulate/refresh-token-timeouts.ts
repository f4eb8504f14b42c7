import { formatDuration } from '../lifetime/format-duration.ts';

/**
 * Refresh-token timeouts (shared/docs/identity-platform.md): a refresh token dies when it goes
 * unused for MaxInactiveTime, or when its session outlives MaxAgeSessionSingleFactor /
 * MaxAgeSessionMultiFactor (unless that is "until-revoked"). The next redemption then fails and
 * the user must sign in again, which starts a new session.
 */

export type SignInFactor = 'single' | 'multi';
export type RefreshTokenDeath = 'max-inactive-time' | 'max-session-age';

export interface RefreshTokenPolicy {
  /** Null: no inactivity limit in this scenario. */
  maxInactiveMs: number | null;
  /** Null: "until-revoked", the default. */
  maxAgeSingleFactorMs: number | null;
  maxAgeMultiFactorMs: number | null;
}

export interface RefreshTokenActivity {
  /** How the user signs in, which decides the session-age limit that applies. */
  factor: SignInFactor;
  /** When the app redeems its refresh token, after the sign-in at 0; ascending. */
  usesMs: readonly number[];
}

export type RefreshTokenEventKind = 'sign-in' | 'redeemed' | 'sign-in-again';

export interface RefreshTokenEvent {
  at: number;
  kind: RefreshTokenEventKind;
  /** For `sign-in-again`: why and when the refresh token died. */
  death: { reason: RefreshTokenDeath; at: number } | undefined;
}

export function simulateRefreshToken(
  policy: RefreshTokenPolicy,
  activity: RefreshTokenActivity,
): RefreshTokenEvent[] {
  const ageLimit =
    activity.factor === 'single' ? policy.maxAgeSingleFactorMs : policy.maxAgeMultiFactorMs;
  const events: RefreshTokenEvent[] = [{ at: 0, kind: 'sign-in', death: undefined }];
  let sessionStart = 0;
  let lastUse = 0;
  for (const at of activity.usesMs) {
    const inactiveDeath = policy.maxInactiveMs === null ? Infinity : lastUse + policy.maxInactiveMs;
    const ageDeath = ageLimit === null ? Infinity : sessionStart + ageLimit;
    const diesAt = Math.min(inactiveDeath, ageDeath);
    if (at >= diesAt) {
      const reason = inactiveDeath <= ageDeath ? 'max-inactive-time' : 'max-session-age';
      events.push({ at, kind: 'sign-in-again', death: { reason, at: diesAt } });
      sessionStart = at;
    } else {
      events.push({ at, kind: 'redeemed', death: undefined });
    }
    lastUse = at;
  }
  return events;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Day names, Monday first: the scenarios start on a Monday. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Scenarios start on a Monday at 09:00; times read `Tue 10:00`, and `Mon 17:00 (week 2)` later. */
export function formatWeekClock(ms: number): string {
  const fromMonday = ms + 9 * HOUR;
  const day = Math.floor(fromMonday / DAY);
  const minutes = Math.floor((fromMonday - day * DAY) / 60_000);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const week = Math.floor(day / 7) + 1;
  return `${WEEKDAYS[day % 7]} ${clock}${week > 1 ? ` (week ${week})` : ''}`;
}

/** Hourly redemptions over a working day, 09:00 to 17:00, `day` days after the first Monday. */
export function workingDay(day: number, fromHour = 9, toHour = 17): number[] {
  const uses: number[] = [];
  for (let hour = fromHour; hour <= toHour; hour++) uses.push(day * DAY + (hour - 9) * HOUR);
  return uses;
}

export interface RefreshTokenExample {
  policy: RefreshTokenPolicy;
  activity: RefreshTokenActivity;
  horizonMs: number;
}

/**
 * Works Monday, then is away `awayDays` (7 in the documentation's example) and comes back at
 * the same time of day; MaxInactiveTime `maxInactiveDays` (5 in the example).
 */
export function vacationExample(maxInactiveDays = 5, awayDays = 7): RefreshTokenExample {
  const lastUse = 8 * HOUR;
  const back = lastUse + awayDays * DAY;
  return {
    policy: {
      maxInactiveMs: maxInactiveDays * DAY,
      maxAgeSingleFactorMs: null,
      maxAgeMultiFactorMs: null,
    },
    activity: {
      factor: 'multi',
      usesMs: [...workingDay(0).slice(1), back, back + HOUR, back + 2 * HOUR],
    },
    horizonMs: back + 3 * HOUR,
  };
}

/**
 * Signs in Monday 09:00, works Monday, comes in Tuesday at 10:00 (25 hours later) and works on;
 * MaxAgeSessionSingleFactor `maxAgeHours` (1 day in the documentation's example),
 * MaxAgeSessionMultiFactor until-revoked.
 */
export function sessionAgeExample(
  maxAgeHours = 24,
  factor: SignInFactor = 'single',
): RefreshTokenExample {
  return {
    policy: {
      maxInactiveMs: null,
      maxAgeSingleFactorMs: maxAgeHours * HOUR,
      maxAgeMultiFactorMs: null,
    },
    activity: { factor, usesMs: [...workingDay(0).slice(1), ...workingDay(1, 10)] },
    horizonMs: DAY + 9 * HOUR,
  };
}

export interface RefreshTokenStep {
  at: number;
  kind: RefreshTokenEventKind;
  text: string;
}

/**
 * The events as sentences, with runs of silent redemptions folded into one line so a week of
 * hourly use reads as a handful of steps.
 */
export function explainRefreshToken(
  example: RefreshTokenExample,
  events: readonly RefreshTokenEvent[],
): RefreshTokenStep[] {
  const steps: RefreshTokenStep[] = [];
  const factor = example.activity.factor === 'single' ? 'single-factor' : 'multi-factor';
  let run: RefreshTokenEvent[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const span =
        run.length === 1
          ? formatWeekClock(first.at)
          : `${formatWeekClock(first.at)} – ${formatWeekClock(last.at)}`;
      steps.push({
        at: first.at,
        kind: 'redeemed',
        text: `${span}: the app redeems its refresh token silently ${run.length === 1 ? 'once' : `${run.length} times`}; no prompt.`,
      });
    }
    run = [];
  };
  let sessionStart = 0;
  let lastUse = 0;
  for (const event of events) {
    if (event.kind === 'redeemed') {
      run.push(event);
      lastUse = event.at;
      continue;
    }
    flush();
    if (event.kind === 'sign-in' || !event.death) {
      steps.push({
        at: event.at,
        kind: event.kind,
        text: `${formatWeekClock(event.at)}: the user signs in (${factor}) and the app receives a refresh token.`,
      });
      continue;
    }
    const { reason, at: diedAt } = event.death;
    const cause =
      reason === 'max-inactive-time'
        ? `it went unused for MaxInactiveTime (${formatLimit(example.policy.maxInactiveMs ?? 0)}) after ${formatWeekClock(lastUse)}, so it was revoked at ${formatWeekClock(diedAt)}`
        : `the session reached ${example.activity.factor === 'single' ? 'MaxAgeSessionSingleFactor' : 'MaxAgeSessionMultiFactor'} (${formatLimit(diedAt - sessionStart)}) at ${formatWeekClock(diedAt)}`;
    const waited =
      reason === 'max-inactive-time'
        ? `${formatDuration(event.at - lastUse)} since its last use`
        : `${formatDuration(event.at - sessionStart)} after signing in`;
    steps.push({
      at: event.at,
      kind: 'sign-in-again',
      text: `${formatWeekClock(event.at)}: the refresh token is dead — ${cause}. ${waited[0]!.toUpperCase()}${waited.slice(1)}, the user must sign in again.`,
    });
    sessionStart = event.at;
    lastUse = event.at;
  }
  flush();
  return steps;
}

/** Policy values read as people set them: `5 days`, `1 day`, `36 hours`. */
export function formatLimit(ms: number): string {
  if (ms % DAY === 0) return ms === DAY ? '1 day' : `${ms / DAY} days`;
  if (ms % HOUR === 0) return ms === HOUR ? '1 hour' : `${ms / HOUR} hours`;
  return formatDuration(ms);
}

/** One refresh-token session: from a sign-in until the token died, or the scenario ended. */
export interface RefreshTokenSession {
  start: number;
  end: number;
  death: { reason: RefreshTokenDeath; at: number } | undefined;
}

export function refreshTokenSessions(
  events: readonly RefreshTokenEvent[],
  horizonMs: number,
): RefreshTokenSession[] {
  const sessions: RefreshTokenSession[] = [];
  for (const event of events) {
    if (event.kind === 'redeemed') continue;
    const previous = sessions[sessions.length - 1];
    if (previous && event.death) {
      previous.end = event.death.at;
      previous.death = event.death;
    }
    sessions.push({ start: event.at, end: horizonMs, death: undefined });
  }
  return sessions;
}
