import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.ts';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const take = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, random);
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('matches the reference implementation for seed 1', () => {
    // The first outputs of the widely copied JavaScript mulberry32, seed 1.
    const random = mulberry32(1);
    expect(random() * 4294967296).toBe(2693262067);
    expect(random()).toBe(0.002735721180215478);
    expect(random()).toBe(0.5274470399599522);
  });

  it('stays in [0, 1) with a mean of one half', () => {
    const random = mulberry32(7);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 100_000; i++) {
      const value = random();
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
