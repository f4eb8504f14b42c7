import type { LifetimePolicyId } from './lifetime-policy.ts';

/** Everything the simulator's result depends on; a shared link carries all of it. */
export interface Scenario {
  policy: LifetimePolicyId;
  /** The fixed lifetime of the `ctl` policy. */
  ctlMinutes: number;
  /** Null: Conditional Access sets no sign-in frequency. */
  sifMinutes: number | null;
  /** 0 renews at expiry. */
  renewEarlyMinutes: number;
  /** Extra interactive requests (a Poisson rate); each goes back to the identity provider. */
  interactivePerHour: number;
  horizonDays: number;
  users: number;
  seed: number;
}

export type ScenarioField = keyof Scenario;

/** The inputs as typed, before validation: a form edits these and a link carries them. */
export type ScenarioInputs = Record<ScenarioField, string>;

export const SCENARIO_FIELDS: readonly ScenarioField[] = [
  'policy',
  'ctlMinutes',
  'sifMinutes',
  'renewEarlyMinutes',
  'interactivePerHour',
  'horizonDays',
  'users',
  'seed',
];

/**
 * SIF 1 hour with the default variation and an interactive sign-in every five hours or so (say,
 * opening another app in the browser): the case that makes people ask why they are prompted
 * anywhere from every hour to every two and a half. Also what `npm run bench` times: 10,000
 * users over 7 days, about 1.2 million renewals.
 */
export const DEFAULT_SCENARIO: Scenario = {
  policy: 'default',
  ctlMinutes: 60,
  sifMinutes: 60,
  renewEarlyMinutes: 0,
  interactivePerHour: 0.2,
  horizonDays: 7,
  users: 10_000,
  seed: 1,
};

/** The words a person sees next to each input, and in every message about it. */
export const SCENARIO_LABELS: Record<ScenarioField, string> = {
  policy: 'Lifetime policy',
  ctlMinutes: 'Fixed lifetime (minutes)',
  sifMinutes: 'Sign-in frequency (minutes)',
  renewEarlyMinutes: 'Renew early by (minutes)',
  interactivePerHour: 'Interactive sign-ins per hour',
  horizonDays: 'Horizon (days)',
  users: 'Simulated users',
  seed: 'Seed',
};

export function scenarioToInputs(scenario: Scenario): ScenarioInputs {
  return {
    policy: scenario.policy,
    ctlMinutes: String(scenario.ctlMinutes),
    sifMinutes: scenario.sifMinutes === null ? '' : String(scenario.sifMinutes),
    renewEarlyMinutes: String(scenario.renewEarlyMinutes),
    interactivePerHour: String(scenario.interactivePerHour),
    horizonDays: String(scenario.horizonDays),
    users: String(scenario.users),
    seed: String(scenario.seed),
  };
}
