import { formatSessionClock } from '../lifetime/format-duration.ts';
import type { SessionEventKind } from '../simulate/run-session.ts';
import type { SampleSession } from '../simulate/sample-session.ts';
import { edgeAnchor, linearScale, type AxisTick, type HorizontalBox } from './scale.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SessionChartLayout {
  /** A token in use, from issue until replaced; `unused` runs on to its expiry when it was replaced early. */
  tokens: {
    at: number;
    x: number;
    width: number;
    unused: { from: number; to: number } | undefined;
  }[];
  /** The sign-in frequency window after each prompt. */
  sifWindows: { at: number; x: number; width: number }[];
  trips: { at: number; x: number; kind: SessionEventKind }[];
  prompts: { at: number; x: number }[];
  ticks: AxisTick[];
  /** The guided mode's cursor. */
  cursor: number | undefined;
}

/** Ticks every half hour up to 4 h, hourly up to 12 h, every 2 h up to a day, then every 6 h. */
export function sessionTickStep(spanMs: number): number {
  return spanMs <= 4 * HOUR
    ? HOUR / 2
    : spanMs <= 12 * HOUR
      ? HOUR
      : spanMs <= DAY
        ? 2 * HOUR
        : 6 * HOUR;
}

/** Places one session on the chart: time runs from 0 to the session's horizon, left to right. */
export function layoutSessionChart(
  session: SampleSession,
  box: HorizontalBox,
  until?: number,
): SessionChartLayout {
  const span = session.horizonMs;
  const x = linearScale(0, span, box);
  const step = sessionTickStep(span);
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, index) => index * step).map(
    (at) => ({
      x: x(at),
      label: at === DAY ? '24:00' : formatSessionClock(at),
      anchor: edgeAnchor(at, 0, span),
    }),
  );
  const sifMs = session.sifMs;
  return {
    tokens: session.tokens.map((token) => ({
      at: token.issuedAt,
      // A hair apart, so consecutive tokens read as separate bars.
      x: x(token.issuedAt) + 1,
      width: Math.max(1, x(token.endedAt) - x(token.issuedAt) - 2),
      unused:
        token.expiresAt > token.endedAt && token.endedAt < span
          ? { from: x(token.endedAt), to: x(token.expiresAt) }
          : undefined,
    })),
    sifWindows:
      sifMs === null
        ? []
        : session.prompts.map((at) => ({
            at,
            x: x(at),
            width: Math.max(1, x(at + sifMs) - x(at)),
          })),
    trips: session.events.map((event) => ({ at: event.at, x: x(event.at), kind: event.kind })),
    prompts: session.prompts.map((at) => ({ at, x: x(at) })),
    ticks,
    cursor: until === undefined ? undefined : x(until),
  };
}
