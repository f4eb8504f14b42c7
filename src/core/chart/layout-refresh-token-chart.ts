import {
  refreshTokenSessions,
  WEEKDAYS,
  type RefreshTokenEvent,
  type RefreshTokenExample,
} from '../simulate/refresh-token-timeouts.ts';
import { linearScale, type AxisTick, type HorizontalBox } from './scale.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Scenarios start on a Monday at 09:00 (see formatWeekClock): the first midnight is 15 h in. */
const FIRST_MIDNIGHT = 15 * HOUR;

export interface RefreshTokenChartLayout {
  sessions: { start: number; x: number; width: number }[];
  /** Where a refresh token died. */
  deaths: { at: number; x: number }[];
  uses: { at: number; x: number; kind: RefreshTokenEvent['kind'] }[];
  /** A tick at each midnight, labelled with the day that follows it (every other day when long). */
  ticks: AxisTick[];
  /** Monday's label, left of the first midnight, when there is room for it. */
  firstDay: { x: number; label: string } | undefined;
}

export function layoutRefreshTokenChart(
  example: RefreshTokenExample,
  events: readonly RefreshTokenEvent[],
  box: HorizontalBox,
): RefreshTokenChartLayout {
  const span = example.horizonMs;
  const x = linearScale(0, span, box);
  const sessions = refreshTokenSessions(events, span);
  const midnights = Array.from(
    { length: Math.ceil(span / DAY) + 1 },
    (_, day) => FIRST_MIDNIGHT + day * DAY,
  ).filter((at) => at < span);
  const everyDay = span / DAY < 16;
  return {
    sessions: sessions.map((session) => ({
      start: session.start,
      x: x(session.start),
      width: Math.max(2, x(session.end) - x(session.start)),
    })),
    deaths: sessions.flatMap((session) =>
      session.death ? [{ at: session.death.at, x: x(session.death.at) }] : [],
    ),
    uses: events.map((event) => ({ at: event.at, x: x(event.at), kind: event.kind })),
    ticks: midnights.map((at, index) => ({
      x: x(at),
      labelX: x(at + 12 * HOUR),
      label: everyDay || index % 2 === 0 ? WEEKDAYS[(index + 1) % 7]! : '',
    })),
    firstDay: x(FIRST_MIDNIGHT) - box.left > 40 ? { x: box.left, label: WEEKDAYS[0] } : undefined,
  };
}
