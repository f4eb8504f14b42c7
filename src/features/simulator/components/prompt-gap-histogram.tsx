import { layoutPromptGapHistogram } from '../../../core/chart/layout-prompt-gap-histogram.ts';
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
  const layout = layoutPromptGapHistogram(gaps, {
    width: WIDTH,
    left: LEFT,
    right: RIGHT,
    top: TOP,
    base: BASE,
  });
  const peak = histogram.reduce(
    (best, bin) => (bin.count > best.count ? bin : best),
    histogram[0]!,
  );
  const title = `Histogram of ${counts.format(gaps.count)} intervals between credential prompts, from ${formatDuration(gaps.theoryMinMs)} to ${formatDuration(gaps.theoryMaxMs)}; most common ${formatDuration(peak.fromMs)} to ${formatDuration(peak.toMs)}. Bin counts are in the table below.`;

  return (
    <div className="space-y-2">
      <Chart width={WIDTH} height={HEIGHT} title={title}>
        {layout.bars.map((bar) => (
          <rect
            key={bar.fromMs}
            x={bar.x}
            width={bar.width}
            y={bar.y}
            height={bar.height}
            className="fill-indigo-600 dark:fill-indigo-400"
          />
        ))}
        <line
          x1={layout.medianX}
          x2={layout.medianX}
          y1={TOP - 6}
          y2={BASE}
          strokeDasharray="4 3"
          strokeWidth={2}
          className="stroke-amber-600 dark:stroke-amber-400"
        />
        <text
          x={layout.medianX + 4}
          y={TOP + 4}
          className="fill-slate-800 text-[12px] dark:fill-slate-200"
        >
          median {formatDuration(gaps.medianMs)}
        </text>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={BASE} y2={BASE} className="stroke-slate-500" />
        {layout.axis.map((label) => (
          <text
            key={label.ms}
            x={label.x}
            y={BASE + 20}
            textAnchor={label.anchor}
            className="fill-slate-700 font-mono text-[12px] dark:fill-slate-300"
          >
            {formatDuration(label.ms)}
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
