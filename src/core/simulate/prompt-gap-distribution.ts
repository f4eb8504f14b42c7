export interface HistogramBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** Time between consecutive credential prompts across a population. */
export interface PromptGapDistribution {
  count: number;
  minMs: number;
  /** Exact to the second (gaps are tallied in one-second cells). */
  medianMs: number;
  maxMs: number;
  meanMs: number;
  /** The model's bound: no gap is shorter than SIF … */
  theoryMinMs: number;
  /** … nor longer than SIF plus the longest token lifetime. */
  theoryMaxMs: number;
  /** Equal-width bins from theoryMinMs to theoryMaxMs. */
  histogram: HistogramBin[];
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const TARGET_BINS = 30;

/**
 * Tallies gaps in one-second cells above SIF. Every gap lies in [SIF, SIF + longest lifetime],
 * so a fixed, small typed array holds any population: a million gaps cost no more memory than ten.
 */
export class PromptGapTally {
  readonly sifMs: number;
  readonly maxLifetimeMs: number;
  readonly cells: Uint32Array;
  count = 0;
  minMs = Infinity;
  maxMs = -Infinity;
  sumMs = 0;

  constructor(sifMs: number, maxLifetimeMs: number) {
    this.sifMs = sifMs;
    this.maxLifetimeMs = maxLifetimeMs;
    this.cells = new Uint32Array(Math.floor(maxLifetimeMs / SECOND) + 1);
  }

  add(gapMs: number): void {
    const last = this.cells.length - 1;
    const cell = Math.floor((gapMs - this.sifMs) / SECOND);
    this.cells[cell < 0 ? 0 : cell > last ? last : cell]! += 1;
    this.count += 1;
    this.sumMs += gapMs;
    if (gapMs < this.minMs) this.minMs = gapMs;
    if (gapMs > this.maxMs) this.maxMs = gapMs;
  }

  /** Undefined when no gap was seen (no SIF, or a horizon too short for a second prompt). */
  summarize(): PromptGapDistribution | undefined {
    if (this.count === 0) return undefined;
    return {
      count: this.count,
      minMs: this.minMs,
      medianMs: this.median(),
      maxMs: this.maxMs,
      meanMs: this.sumMs / this.count,
      theoryMinMs: this.sifMs,
      theoryMaxMs: this.sifMs + this.maxLifetimeMs,
      histogram: this.histogram(),
    };
  }

  /** The lower median, at the start of its one-second cell but never outside [min, max]. */
  private median(): number {
    const rank = Math.ceil(this.count / 2);
    let seen = 0;
    for (let cell = 0; cell < this.cells.length; cell++) {
      seen += this.cells[cell]!;
      if (seen >= rank) {
        const at = this.sifMs + cell * SECOND;
        return Math.min(this.maxMs, Math.max(this.minMs, at));
      }
    }
    return this.maxMs;
  }

  private histogram(): HistogramBin[] {
    const widthMs = Math.max(1, Math.ceil(this.maxLifetimeMs / MINUTE / TARGET_BINS)) * MINUTE;
    const binCount = Math.max(1, Math.ceil(this.maxLifetimeMs / widthMs));
    const bins: HistogramBin[] = Array.from({ length: binCount }, (_, index) => ({
      fromMs: this.sifMs + index * widthMs,
      toMs: this.sifMs + Math.min((index + 1) * widthMs, this.maxLifetimeMs),
      count: 0,
    }));
    for (let cell = 0; cell < this.cells.length; cell++) {
      const count = this.cells[cell]!;
      if (count === 0) continue;
      const bin = bins[Math.min(binCount - 1, Math.floor((cell * SECOND) / widthMs))]!;
      bin.count += count;
    }
    return bins;
  }
}
