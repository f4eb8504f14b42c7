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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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
  const x = (at: number) => LEFT + (Math.min(at, span) / span) * (WIDTH - LEFT - RIGHT);
  const dim = (at: number) => (until !== undefined && at > until ? 'opacity-25' : '');
  const tick =
    span <= 4 * HOUR ? HOUR / 2 : span <= 12 * HOUR ? HOUR : span <= DAY ? 2 * HOUR : 6 * HOUR;
  const ticks = Array.from({ length: Math.floor(span / tick) + 1 }, (_, index) => index * tick);
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
      {session.sifMs !== null
        ? session.prompts.map((at) => (
            <rect
              key={`sif-${at}`}
              x={x(at)}
              width={Math.max(1, x(at + session.sifMs!) - x(at))}
              y={PROMPT_Y - 9}
              height={18}
              className={`fill-indigo-500/15 dark:fill-indigo-400/20 ${dim(at)}`}
            />
          ))
        : null}
      {session.tokens.map((token) => (
        <g key={`token-${token.issuedAt}`} className={dim(token.issuedAt)}>
          {token.expiresAt > token.endedAt && token.endedAt < span ? (
            <line
              x1={x(token.endedAt)}
              x2={x(token.expiresAt)}
              y1={TOKEN_Y + 11}
              y2={TOKEN_Y + 11}
              strokeWidth={2}
              strokeDasharray="3 3"
              className="stroke-sky-700 dark:stroke-sky-300"
            />
          ) : null}
          <rect
            x={x(token.issuedAt) + 1}
            width={Math.max(1, x(token.endedAt) - x(token.issuedAt) - 2)}
            y={TOKEN_Y - 7}
            height={14}
            rx={2}
            className="fill-sky-600 dark:fill-sky-400"
          />
        </g>
      ))}
      {session.events.map((event) =>
        event.kind === 'interactive' ? (
          <rect
            key={`trip-${event.at}`}
            x={x(event.at) - 5}
            y={TRIP_Y - 5}
            width={10}
            height={10}
            transform={`rotate(45 ${x(event.at)} ${TRIP_Y})`}
            className={`fill-violet-700 dark:fill-violet-300 ${dim(event.at)}`}
          />
        ) : (
          <circle
            key={`trip-${event.at}`}
            cx={x(event.at)}
            cy={TRIP_Y}
            r={event.kind === 'sign-in' ? 6 : 4}
            className={`fill-slate-700 dark:fill-slate-300 ${dim(event.at)}`}
          />
        ),
      )}
      {session.prompts.map((at) => (
        <path
          key={`prompt-${at}`}
          d={`M ${x(at) - 7} ${PROMPT_Y - 9} L ${x(at) + 7} ${PROMPT_Y - 9} L ${x(at)} ${PROMPT_Y + 7} Z`}
          className={`fill-red-600 dark:fill-red-400 ${dim(at)}`}
        />
      ))}
      <ChartAxis
        from={LEFT}
        to={WIDTH - RIGHT}
        y={AXIS_Y}
        mono
        ticks={ticks.map((at) => ({
          x: x(at),
          label: at === DAY ? '24:00' : formatSessionClock(at),
          anchor: at === 0 ? 'start' : at >= span ? 'end' : 'middle',
        }))}
      />
      {until !== undefined ? (
        <line
          x1={x(until)}
          x2={x(until)}
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
