import {
  formatWeekClock,
  refreshTokenSessions,
  type RefreshTokenEvent,
  type RefreshTokenExample,
} from '../../../core/simulate/refresh-token-timeouts.ts';
import { Chart, ChartAxis } from '../../../components/ui/chart.tsx';

const WIDTH = 800;
const HEIGHT = 110;
const LEFT = 16;
const RIGHT = 16;
const SESSION_Y = 30;
const USE_Y = 60;
const AXIS_Y = 80;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Refresh-token sessions as bars, each use as a tick, and a cross where the token died; the
 * steps list next to it is the text equivalent.
 */
export function RefreshTokenChart({
  example,
  events,
}: {
  example: RefreshTokenExample;
  events: readonly RefreshTokenEvent[];
}) {
  const span = example.horizonMs;
  const x = (at: number) =>
    LEFT + (Math.min(Math.max(at, 0), span) / span) * (WIDTH - LEFT - RIGHT);
  const sessions = refreshTokenSessions(events, span);
  // Midnights, counted from the scenario's start on Monday 09:00.
  const midnights = Array.from(
    { length: Math.ceil(span / DAY) + 1 },
    (_, day) => day * DAY + 15 * HOUR,
  ).filter((at) => at < span);
  const deaths = sessions.filter((session) => session.death);
  const title = `${sessions.length} refresh-token ${sessions.length === 1 ? 'session' : 'sessions'} from ${formatWeekClock(0)} to ${formatWeekClock(span)}${
    deaths.length > 0
      ? `; the token died at ${deaths.map((session) => formatWeekClock(session.death!.at)).join(', ')}`
      : '; the token never died'
  }. Details in the steps below.`;

  return (
    <Chart width={WIDTH} height={HEIGHT} title={title}>
      {sessions.map((session) => (
        <rect
          key={session.start}
          x={x(session.start)}
          width={Math.max(2, x(session.end) - x(session.start))}
          y={SESSION_Y - 8}
          height={16}
          rx={3}
          className="fill-emerald-600 dark:fill-emerald-500"
        />
      ))}
      {deaths.map((session) => {
        const at = x(session.death!.at);
        return (
          <path
            key={`death-${session.start}`}
            d={`M ${at - 7} ${SESSION_Y - 7} L ${at + 7} ${SESSION_Y + 7} M ${at + 7} ${SESSION_Y - 7} L ${at - 7} ${SESSION_Y + 7}`}
            strokeWidth={3}
            className="stroke-red-700 dark:stroke-red-400"
          />
        );
      })}
      {events.map((event) => (
        <line
          key={`use-${event.at}`}
          x1={x(event.at)}
          x2={x(event.at)}
          y1={USE_Y - (event.kind === 'redeemed' ? 5 : 10)}
          y2={USE_Y + (event.kind === 'redeemed' ? 5 : 10)}
          strokeWidth={event.kind === 'redeemed' ? 1.5 : 3}
          className={
            event.kind === 'redeemed'
              ? 'stroke-slate-600 dark:stroke-slate-300'
              : 'stroke-red-700 dark:stroke-red-400'
          }
        />
      ))}
      <ChartAxis
        from={LEFT}
        to={WIDTH - RIGHT}
        y={AXIS_Y}
        labelOffset={20}
        ticks={midnights.map((at, index) => ({
          x: x(at),
          labelX: x(at + 12 * HOUR),
          label: span / DAY < 16 || index % 2 === 0 ? WEEKDAYS[(index + 1) % 7]! : '',
        }))}
      />
      <text x={LEFT} y={AXIS_Y + 20} className="fill-slate-700 text-[11px] dark:fill-slate-300">
        {x(15 * HOUR) - LEFT > 40 ? 'Mon' : ''}
      </text>
    </Chart>
  );
}
