import { describe, expect, it } from 'vitest';
import { drawLifetime, lifetimePolicy, type LifetimePolicyId } from './lifetime-policy.ts';
import { mulberry32 } from './prng.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function draws(id: LifetimePolicyId, count: number, ctlMs = 0) {
  const policy = lifetimePolicy(id, ctlMs);
  const random = mulberry32(2024);
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const lifetime = drawLifetime(policy, random);
    min = Math.min(min, lifetime);
    max = Math.max(max, lifetime);
    sum += lifetime;
  }
  return { min, max, mean: sum / count };
}

describe('lifetime policies', () => {
  it('default: uniform between 60 and 90 minutes, mean 75 ± 1 over 100k draws', () => {
    const { min, max, mean } = draws('default', 100_000);
    expect(min).toBeGreaterThanOrEqual(60 * MINUTE);
    expect(max).toBeLessThanOrEqual(90 * MINUTE);
    expect(min).toBeLessThan(60 * MINUTE + 10_000);
    expect(max).toBeGreaterThan(90 * MINUTE - 10_000);
    expect(Math.abs(mean - 75 * MINUTE)).toBeLessThanOrEqual(MINUTE);
  });

  it('default: spread evenly, so renewals do not bunch (each 5-minute slice holds about 1/6)', () => {
    const policy = lifetimePolicy('default', 0);
    const random = mulberry32(9);
    const slices = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const slice = Math.floor((drawLifetime(policy, random) - 60 * MINUTE) / (5 * MINUTE));
      slices[slice] = (slices[slice] ?? 0) + 1;
    }
    for (const count of slices) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('no Conditional Access: always 2 hours', () => {
    expect(draws('no-ca', 1000)).toEqual({ min: 2 * HOUR, max: 2 * HOUR, mean: 2 * HOUR });
  });

  it('CAE long-lived: uniform between 20 and 28 hours', () => {
    const { min, max, mean } = draws('cae', 100_000);
    expect(min).toBeGreaterThanOrEqual(20 * HOUR);
    expect(max).toBeLessThanOrEqual(28 * HOUR);
    expect(min).toBeLessThan(20 * HOUR + 5 * MINUTE);
    expect(max).toBeGreaterThan(28 * HOUR - 5 * MINUTE);
    expect(Math.abs(mean - 24 * HOUR)).toBeLessThan(5 * MINUTE);
  });

  it('fixed CTL: exactly the configured lifetime', () => {
    expect(draws('ctl', 100, 45 * MINUTE)).toEqual({
      min: 45 * MINUTE,
      max: 45 * MINUTE,
      mean: 45 * MINUTE,
    });
  });
});
