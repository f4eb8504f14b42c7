import { linearScale } from '../../../core/chart/scale.ts';
import type { TimelineLayout } from '../../../core/lifetime/layout-timeline.ts';
import type { TimelineMarkName, TokenTimeline } from '../../../core/lifetime/token-timeline.ts';
import { Chart } from '../../../components/ui/chart.tsx';
import { timePhraseText } from '../../../core/time/describe-time-state.ts';

const WIDTH = 800;
const HEIGHT = 112;
const AXIS_Y = 60;
const INSET = 24;

/** layoutTimeline places marks from 0 (left) to 1 (right). */
const x = linearScale(0, 1, { width: WIDTH, left: INSET, right: INSET });

const MARK_STYLES: Record<TimelineMarkName, string> = {
  iat: 'stroke-slate-600 dark:stroke-slate-300',
  nbf: 'stroke-slate-600 dark:stroke-slate-300',
  auth_time: 'stroke-violet-700 dark:stroke-violet-300',
  exp: 'stroke-red-700 dark:stroke-red-400',
  now: 'stroke-indigo-700 dark:stroke-indigo-300',
};

/**
 * The timeline drawn; decorative to assistive technology except for a one-line summary, because
 * the marks table next to it says the same in text.
 */
export function LifetimeTimelineChart({
  timeline,
  layout,
  now,
}: {
  timeline: TokenTimeline;
  layout: TimelineLayout;
  /** Epoch ms, for the summary in the title. */
  now: number;
}) {
  const validTone =
    timeline.state === 'valid'
      ? 'fill-emerald-500/70 dark:fill-emerald-500/60'
      : 'fill-slate-400/60 dark:fill-slate-500/60';
  return (
    <Chart
      width={WIDTH}
      height={HEIGHT}
      title={`Timeline: ${timeline.stateLabel}, ${timePhraseText(timeline.phrase, now)}. Details in the table below.`}
      className="overflow-visible"
    >
      <line
        x1={INSET}
        x2={WIDTH - INSET}
        y1={AXIS_Y}
        y2={AXIS_Y}
        className="stroke-slate-400 dark:stroke-slate-600"
        strokeWidth={2}
      />
      {layout.bands.map((band) => (
        <rect
          key={band.edge}
          x={x(band.from)}
          width={Math.max(2, x(band.to) - x(band.from))}
          y={AXIS_Y - 22}
          height={44}
          className="fill-amber-400/30 stroke-amber-600/60 dark:fill-amber-500/20 dark:stroke-amber-400/60"
          strokeDasharray="4 3"
        />
      ))}
      {layout.validity ? (
        <rect
          x={x(layout.validity.from)}
          width={Math.max(2, x(layout.validity.to) - x(layout.validity.from))}
          y={AXIS_Y - 8}
          height={16}
          rx={3}
          className={validTone}
        />
      ) : null}
      {layout.marks.map((mark) => (
        <line
          key={mark.name}
          x1={x(mark.x)}
          x2={x(mark.x)}
          y1={AXIS_Y - 16}
          y2={AXIS_Y + 16}
          strokeWidth={mark.name === 'now' ? 3 : 2}
          strokeDasharray={mark.offScale ? '3 3' : undefined}
          className={MARK_STYLES[mark.name]}
        />
      ))}
      {layout.labels.map((label) => {
        const offScale = layout.marks.find((mark) => mark.name === label.names[0])?.offScale;
        const text = `${offScale === 'before' ? '← ' : ''}${label.names.join(' · ')}${offScale === 'after' ? ' →' : ''}`;
        return (
          <text
            key={label.names.join()}
            x={x(label.x)}
            y={label.row === 0 ? AXIS_Y - 26 : AXIS_Y + 36}
            textAnchor={label.x < 0.05 ? 'start' : label.x > 0.95 ? 'end' : 'middle'}
            className="fill-slate-800 font-mono text-[13px] dark:fill-slate-200"
          >
            {text}
          </text>
        );
      })}
      <text
        x={WIDTH - INSET}
        y={HEIGHT - 4}
        textAnchor="end"
        className="fill-slate-600 text-[11px] dark:fill-slate-400"
      >
        dashed boxes: clock tolerance
      </text>
    </Chart>
  );
}
