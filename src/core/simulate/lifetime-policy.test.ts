import { describe, expect, it } from 'vitest';
import {
  drawLifetime,
  LIFETIME_POLICY_DESCRIPTIONS,
  lifetimePolicy,
  type LifetimePolicyId,
} from './lifetime-policy.ts';
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

describe('lifetime policy descriptions', () => {
  it('say why the default varies, and when each policy applies', () => {
    expect(LIFETIME_POLICY_DESCRIPTIONS).toEqual({
      default:
        'Each access token lasts a random time between 60 and 90 minutes, 75 on average. The spread keeps the renewals of many clients from arriving together in hourly spikes.',
      ctl: 'A configurable token lifetime (CTL) policy fixes the lifetime, from 10 minutes to 1 day. It gives way to the default variation in organisations that set a sign-in frequency, and in organisations with Continuous Access Evaluation, which keep the default variation whatever their CTL policies say.',
      cae: 'Clients that handle claims challenges (Continuous Access Evaluation) can get long-lived tokens of 20 to 28 hours: the API can revoke them at once when something changes.',
      'no-ca':
        'Tenants without Conditional Access give clients such as Microsoft Teams and Microsoft 365 two-hour tokens. A sign-in frequency is a Conditional Access control, so there is none here.',
    });
  });
});
