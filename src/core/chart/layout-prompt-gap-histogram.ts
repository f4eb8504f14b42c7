import type { PromptGapDistribution } from '../simulate/prompt-gap-distribution.ts';
import { edgeAnchor, linearScale, type HorizontalBox } from './scale.ts';

export interface HistogramBox extends HorizontalBox {
  /** The tallest bar's top. */
  top: number;
  /** The bars' baseline. */
  base: number;
}

export interface PromptGapHistogramLayout {
  bars: { fromMs: number; x: number; width: number; y: number; height: number }[];
  medianX: number;
  /** The theoretical minimum, the middle and the theoretical maximum. */
  axis: { ms: number; x: number; anchor: 'start' | 'middle' | 'end' }[];
}

/** Bars over the theoretical range (SIF to SIF plus the longest lifetime), scaled to the tallest. */
export function layoutPromptGapHistogram(
  gaps: PromptGapDistribution,
  box: HistogramBox,
): PromptGapHistogramLayout {
  const x = linearScale(gaps.theoryMinMs, gaps.theoryMaxMs, box);
  const tallest = Math.max(1, ...gaps.histogram.map((bin) => bin.count));
  return {
    bars: gaps.histogram.map((bin) => {
      const height = ((box.base - box.top) * bin.count) / tallest;
      return {
        fromMs: bin.fromMs,
        x: x(bin.fromMs) + 1,
        width: Math.max(1, x(bin.toMs) - x(bin.fromMs) - 2),
        y: box.base - height,
        height,
      };
    }),
    medianX: x(gaps.medianMs),
    axis: [gaps.theoryMinMs, (gaps.theoryMinMs + gaps.theoryMaxMs) / 2, gaps.theoryMaxMs].map(
      (ms) => ({ ms, x: x(ms), anchor: edgeAnchor(ms, gaps.theoryMinMs, gaps.theoryMaxMs) }),
    ),
  };
}
