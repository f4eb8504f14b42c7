import { layoutRefreshTokenChart } from '../../../core/chart/layout-refresh-token-chart.ts';
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
  const layout = layoutRefreshTokenChart(example, events, {
    width: WIDTH,
    left: LEFT,
    right: RIGHT,
  });
  const sessions = refreshTokenSessions(events, span);
  const deaths = sessions.filter((session) => session.death);
  const title = `${sessions.length} refresh-token ${sessions.length === 1 ? 'session' : 'sessions'} from ${formatWeekClock(0)} to ${formatWeekClock(span)}${
    deaths.length > 0
      ? `; the token died at ${deaths.map((session) => formatWeekClock(session.death!.at)).join(', ')}`
      : '; the token never died'
  }. Details in the steps below.`;

  return (
    <Chart width={WIDTH} height={HEIGHT} title={title}>
      {layout.sessions.map((session) => (
        <rect
          key={session.start}
          x={session.x}
          width={session.width}
          y={SESSION_Y - 8}
          height={16}
          rx={3}
          className="fill-emerald-600 dark:fill-emerald-500"
        />
      ))}
      {layout.deaths.map(({ at, x }) => (
        <path
          key={`death-${at}`}
          d={`M ${x - 7} ${SESSION_Y - 7} L ${x + 7} ${SESSION_Y + 7} M ${x + 7} ${SESSION_Y - 7} L ${x - 7} ${SESSION_Y + 7}`}
          strokeWidth={3}
          className="stroke-red-700 dark:stroke-red-400"
        />
      ))}
      {layout.uses.map((use) => (
        <line
          key={`use-${use.at}`}
          x1={use.x}
          x2={use.x}
          y1={USE_Y - (use.kind === 'redeemed' ? 5 : 10)}
          y2={USE_Y + (use.kind === 'redeemed' ? 5 : 10)}
          strokeWidth={use.kind === 'redeemed' ? 1.5 : 3}
          className={
            use.kind === 'redeemed'
              ? 'stroke-slate-600 dark:stroke-slate-300'
              : 'stroke-red-700 dark:stroke-red-400'
          }
        />
      ))}
      <ChartAxis from={LEFT} to={WIDTH - RIGHT} y={AXIS_Y} labelOffset={20} ticks={layout.ticks} />
      {layout.firstDay ? (
        <text
          x={layout.firstDay.x}
          y={AXIS_Y + 20}
          className="fill-slate-700 text-[11px] dark:fill-slate-300"
        >
          {layout.firstDay.label}
        </text>
      ) : null}
    </Chart>
  );
}
