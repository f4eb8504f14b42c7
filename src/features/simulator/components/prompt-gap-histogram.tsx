import { formatDuration } from '../../../core/lifetime/format-duration.ts';
import type { PromptGapDistribution } from '../../../core/simulate/prompt-gap-distribution.ts';
import { Chart } from '../../../components/ui/chart.tsx';

const WIDTH = 800;
const HEIGHT = 190;
const LEFT = 16;
const RIGHT = 16;
const TOP = 16;
const BASE = 150;

const counts = new Intl.NumberFormat('en-US');

/** How far apart credential prompts came, across the population, on the theoretical range. */
export function PromptGapHistogram({ gaps }: { gaps: PromptGapDistribution }) {
  const { histogram } = gaps;
  const tallest = Math.max(1, ...histogram.map((bin) => bin.count));
  const span = gaps.theoryMaxMs - gaps.theoryMinMs || 1;
  const x = (ms: number) => LEFT + ((ms - gaps.theoryMinMs) / span) * (WIDTH - LEFT - RIGHT);
  const peak = histogram.reduce(
    (best, bin) => (bin.count > best.count ? bin : best),
    histogram[0]!,
  );
  const title = `Histogram of ${counts.format(gaps.count)} intervals between credential prompts, from ${formatDuration(gaps.theoryMinMs)} to ${formatDuration(gaps.theoryMaxMs)}; most common ${formatDuration(peak.fromMs)} to ${formatDuration(peak.toMs)}. Bin counts are in the table below.`;
  const axisLabels = [
    gaps.theoryMinMs,
    (gaps.theoryMinMs + gaps.theoryMaxMs) / 2,
    gaps.theoryMaxMs,
  ];

  return (
    <div className="space-y-2">
      <Chart width={WIDTH} height={HEIGHT} title={title}>
        {histogram.map((bin) => {
          const height = ((BASE - TOP) * bin.count) / tallest;
          return (
            <rect
              key={bin.fromMs}
              x={x(bin.fromMs) + 1}
              width={Math.max(1, x(bin.toMs) - x(bin.fromMs) - 2)}
              y={BASE - height}
              height={height}
              className="fill-indigo-600 dark:fill-indigo-400"
            />
          );
        })}
        <line
          x1={x(gaps.medianMs)}
          x2={x(gaps.medianMs)}
          y1={TOP - 6}
          y2={BASE}
          strokeDasharray="4 3"
          strokeWidth={2}
          className="stroke-amber-600 dark:stroke-amber-400"
        />
        <text
          x={x(gaps.medianMs) + 4}
          y={TOP + 4}
          className="fill-slate-800 text-[12px] dark:fill-slate-200"
        >
          median {formatDuration(gaps.medianMs)}
        </text>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={BASE} y2={BASE} className="stroke-slate-500" />
        {axisLabels.map((ms, index) => (
          <text
            key={ms}
            x={x(ms)}
            y={BASE + 20}
            textAnchor={index === 0 ? 'start' : index === 2 ? 'end' : 'middle'}
            className="fill-slate-700 font-mono text-[12px] dark:fill-slate-300"
          >
            {formatDuration(ms)}
          </text>
        ))}
        <text
          x={WIDTH / 2}
          y={HEIGHT - 2}
          textAnchor="middle"
          className="fill-slate-600 text-[11px] dark:fill-slate-400"
        >
          time between credential prompts (SIF to SIF + longest token lifetime)
        </text>
      </Chart>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
          Histogram as a table
        </summary>
        <table className="mt-2 text-left">
          <caption className="sr-only">Intervals between credential prompts per bin</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                Interval
              </th>
              <th scope="col" className="text-right">
                Count
              </th>
            </tr>
          </thead>
          <tbody className="font-mono">
            {histogram.map((bin) => (
              <tr key={bin.fromMs}>
                <td className="pr-4">
                  {formatDuration(bin.fromMs)} – {formatDuration(bin.toMs)}
                </td>
                <td className="text-right">{counts.format(bin.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
