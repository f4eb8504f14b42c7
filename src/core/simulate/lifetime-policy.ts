import {
  CAE_LONG_LIVED_MAX_MS,
  CAE_LONG_LIVED_MIN_MS,
  DEFAULT_VARIATION_MAX_MS,
  DEFAULT_VARIATION_MIN_MS,
  NO_CONDITIONAL_ACCESS_MS,
} from '../lifetime/platform-lifetimes.ts';
import type { Random } from './prng.ts';

export type LifetimePolicyId = 'default' | 'ctl' | 'cae' | 'no-ca';

export const LIFETIME_POLICY_IDS: readonly LifetimePolicyId[] = ['default', 'ctl', 'cae', 'no-ca'];

/** How long each new access token lasts: uniform in [minMs, maxMs] (equal for a fixed lifetime). */
export interface LifetimePolicy {
  id: LifetimePolicyId;
  minMs: number;
  maxMs: number;
}

export const LIFETIME_POLICY_LABELS: Record<LifetimePolicyId, string> = {
  default: 'Default variation (60–90 min)',
  ctl: 'Fixed lifetime (configurable token lifetime)',
  cae: 'CAE long-lived (20–28 h)',
  'no-ca': 'No Conditional Access (2 h, Teams / Microsoft 365)',
};

/** What each policy means and when it applies, in the simulator's words. */
export const LIFETIME_POLICY_DESCRIPTIONS: Record<LifetimePolicyId, string> = {
  default:
    'Each access token lasts a random time between 60 and 90 minutes, 75 on average. The spread keeps the renewals of many clients from arriving together in hourly spikes.',
  ctl: 'A configurable token lifetime (CTL) policy fixes the lifetime, from 10 minutes to 1 day. It gives way to the default variation in organisations that set a sign-in frequency, and in organisations with Continuous Access Evaluation, which keep the default variation whatever their CTL policies say.',
  cae: 'Clients that handle claims challenges (Continuous Access Evaluation) can get long-lived tokens of 20 to 28 hours: the API can revoke them at once when something changes.',
  'no-ca':
    'Tenants without Conditional Access give clients such as Microsoft Teams and Microsoft 365 two-hour tokens. A sign-in frequency is a Conditional Access control, so there is none here.',
};

/** `ctlMs` is the fixed lifetime; only the `ctl` policy reads it. */
export function lifetimePolicy(id: LifetimePolicyId, ctlMs: number): LifetimePolicy {
  switch (id) {
    case 'default':
      return { id, minMs: DEFAULT_VARIATION_MIN_MS, maxMs: DEFAULT_VARIATION_MAX_MS };
    case 'ctl':
      return { id, minMs: ctlMs, maxMs: ctlMs };
    case 'cae':
      return { id, minMs: CAE_LONG_LIVED_MIN_MS, maxMs: CAE_LONG_LIVED_MAX_MS };
    case 'no-ca':
      return { id, minMs: NO_CONDITIONAL_ACCESS_MS, maxMs: NO_CONDITIONAL_ACCESS_MS };
  }
}

/** One token's lifetime. Draws exactly one number, fixed policy or not, so streams stay aligned. */
export function drawLifetime(policy: LifetimePolicy, random: Random): number {
  return policy.minMs + random() * (policy.maxMs - policy.minMs);
}
