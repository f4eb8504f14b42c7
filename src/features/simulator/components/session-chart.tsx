import { layoutSessionChart } from '../../../core/chart/layout-session-chart.ts';
import { formatDuration, formatSessionClock } from '../../../core/lifetime/format-duration.ts';
import type { SampleSession } from '../../../core/simulate/sample-session.ts';
import { Chart, ChartAxis } from '../../../components/ui/chart.tsx';

const WIDTH = 800;
const HEIGHT = 150;
const LEFT = 78;
const RIGHT = 16;
const PROMPT_Y = 30;
const TOKEN_Y = 66;
const TRIP_Y = 100;
const AXIS_Y = 122;

interface SessionChartProps {
  session: SampleSession;
  /** Guided mode: what happens after this moment is dimmed, and a cursor marks it. */
  until?: number | undefined;
}

/**
 * One session drawn: token bars, trips to the identity provider (renewals as dots, interactive
 * sign-ins as diamonds) and credential prompts, with the SIF window after each prompt. The
 * steps list beside it is the text equivalent; the SVG's title sums it up.
 */
export function SessionChart({ session, until }: SessionChartProps) {
  const span = session.horizonMs;
  const layout = layoutSessionChart(session, { width: WIDTH, left: LEFT, right: RIGHT }, until);
  const dim = (at: number) => (until !== undefined && at > until ? 'opacity-25' : '');
  const renewals = session.events.filter((event) => event.kind === 'renewal').length;
  const interactive = session.events.filter((event) => event.kind === 'interactive').length;
  const title = `Sample session over ${formatDuration(span)}: ${session.tokens.length} tokens, ${renewals} silent renewals, ${interactive} interactive sign-ins, credential prompts at ${session.prompts.map(formatSessionClock).join(', ')}.`;

  return (
    <Chart width={WIDTH} height={HEIGHT} title={title}>
      {[
        ['prompts', PROMPT_Y],
        ['tokens', TOKEN_Y],
        ['trips', TRIP_Y],
      ].map(([label, y]) => (
        <text
          key={label}
          x={4}
          y={Number(y) + 4}
          className="fill-slate-700 text-[12px] dark:fill-slate-300"
        >
          {label}
        </text>
      ))}
      {layout.sifWindows.map((window) => (
        <rect
          key={`sif-${window.at}`}
          x={window.x}
          width={window.width}
          y={PROMPT_Y - 9}
          height={18}
          className={`fill-indigo-500/15 dark:fill-indigo-400/20 ${dim(window.at)}`}
        />
      ))}
      {layout.tokens.map((token) => (
        <g key={`token-${token.at}`} className={dim(token.at)}>
          {token.unused ? (
            <line
              x1={token.unused.from}
              x2={token.unused.to}
              y1={TOKEN_Y + 11}
              y2={TOKEN_Y + 11}
              strokeWidth={2}
              strokeDasharray="3 3"
              className="stroke-sky-700 dark:stroke-sky-300"
            />
          ) : null}
          <rect
            x={token.x}
            width={token.width}
            y={TOKEN_Y - 7}
            height={14}
            rx={2}
            className="fill-sky-600 dark:fill-sky-400"
          />
        </g>
      ))}
      {layout.trips.map((trip) =>
        trip.kind === 'interactive' ? (
          <rect
            key={`trip-${trip.at}`}
            x={trip.x - 5}
            y={TRIP_Y - 5}
            width={10}
            height={10}
            transform={`rotate(45 ${trip.x} ${TRIP_Y})`}
            className={`fill-violet-700 dark:fill-violet-300 ${dim(trip.at)}`}
          />
        ) : (
          <circle
            key={`trip-${trip.at}`}
            cx={trip.x}
            cy={TRIP_Y}
            r={trip.kind === 'sign-in' ? 6 : 4}
            className={`fill-slate-700 dark:fill-slate-300 ${dim(trip.at)}`}
          />
        ),
      )}
      {layout.prompts.map((prompt) => (
        <path
          key={`prompt-${prompt.at}`}
          d={`M ${prompt.x - 7} ${PROMPT_Y - 9} L ${prompt.x + 7} ${PROMPT_Y - 9} L ${prompt.x} ${PROMPT_Y + 7} Z`}
          className={`fill-red-600 dark:fill-red-400 ${dim(prompt.at)}`}
        />
      ))}
      <ChartAxis from={LEFT} to={WIDTH - RIGHT} y={AXIS_Y} mono ticks={layout.ticks} />
      {layout.cursor !== undefined ? (
        <line
          x1={layout.cursor}
          x2={layout.cursor}
          y1={PROMPT_Y - 14}
          y2={AXIS_Y}
          strokeWidth={2}
          className="stroke-amber-600 dark:stroke-amber-400"
        />
      ) : null}
    </Chart>
  );
}

/** The chart's symbols in words. */
export function SessionLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      <li>
        <span aria-hidden="true" className="text-red-600 dark:text-red-400">
          ▼
        </span>{' '}
        credential prompt
      </li>
      <li>
        <span aria-hidden="true" className="text-indigo-500">
          ▬
        </span>{' '}
        SIF window after a prompt
      </li>
      <li>
        <span aria-hidden="true" className="text-sky-600 dark:text-sky-400">
          ■
        </span>{' '}
        access token in use (dashed below: validity left unused when an interactive sign-in replaced
        it)
      </li>
      <li>
        <span aria-hidden="true">●</span> silent renewal
      </li>
      <li>
        <span aria-hidden="true" className="text-violet-700 dark:text-violet-300">
          ◆
        </span>{' '}
        interactive sign-in
      </li>
    </ul>
  );
}
