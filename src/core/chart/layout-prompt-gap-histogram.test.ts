import { describe, expect, it } from 'vitest';
import type { PromptGapDistribution } from '../simulate/prompt-gap-distribution.ts';
import { layoutPromptGapHistogram } from './layout-prompt-gap-histogram.ts';

const MINUTE = 60_000;

const GAPS: PromptGapDistribution = {
  count: 15,
  minMs: 60 * MINUTE,
  medianMs: 82.5 * MINUTE,
  maxMs: 119 * MINUTE,
  meanMs: 85 * MINUTE,
  theoryMinMs: 60 * MINUTE,
  theoryMaxMs: 150 * MINUTE,
  histogram: [
    { fromMs: 60 * MINUTE, toMs: 90 * MINUTE, count: 10 },
    { fromMs: 90 * MINUTE, toMs: 120 * MINUTE, count: 5 },
    { fromMs: 120 * MINUTE, toMs: 150 * MINUTE, count: 0 },
  ],
};

describe('layoutPromptGapHistogram', () => {
  // 90 minutes over 768 units; bars from the baseline at 150 up to 16 at most.
  const layout = layoutPromptGapHistogram(GAPS, {
    width: 800,
    left: 16,
    right: 16,
    top: 16,
    base: 150,
  });

  it('draws each bin over its interval, as high as its count against the tallest', () => {
    expect(layout.bars).toEqual([
      { fromMs: 60 * MINUTE, x: 17, width: 254, y: 16, height: 134 },
      { fromMs: 90 * MINUTE, x: 273, width: 254, y: 83, height: 67 },
      { fromMs: 120 * MINUTE, x: 529, width: 254, y: 150, height: 0 },
    ]);
  });

  it('marks the median and labels the theoretical range', () => {
    expect(layout.medianX).toBe(208);
    expect(layout.axis).toEqual([
      { ms: 60 * MINUTE, x: 16, anchor: 'start' },
      { ms: 105 * MINUTE, x: 400, anchor: 'middle' },
      { ms: 150 * MINUTE, x: 784, anchor: 'end' },
    ]);
  });

  it('draws an empty histogram flat', () => {
    const empty = layoutPromptGapHistogram(
      { ...GAPS, histogram: GAPS.histogram.map((bin) => ({ ...bin, count: 0 })) },
      { width: 800, left: 16, right: 16, top: 16, base: 150 },
    );
    expect(empty.bars.map((bar) => bar.height)).toEqual([0, 0, 0]);
  });
});
