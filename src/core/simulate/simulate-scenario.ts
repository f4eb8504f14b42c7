import { effectiveLifetimePolicy } from './effective-policy.ts';
import type { LifetimePolicy } from './lifetime-policy.ts';
import { mulberry32 } from './prng.ts';
import { randomSessionSource } from './random-source.ts';
import type { SessionModel } from './run-session.ts';
import { simulateSampleSession, type SampleSession } from './sample-session.ts';
import type { Scenario } from './scenario.ts';
import type { PopulationInput } from './simulate-population.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A sample session is drawn over at most a day: longer, and the bars are too thin to read. */
export const SAMPLE_WINDOW_MS = DAY;

/** The lifetime the platform applies for this scenario, which is not always the one chosen. */
export function scenarioPolicy(scenario: Scenario): LifetimePolicy {
  return effectiveLifetimePolicy(scenario.policy, scenario.ctlMinutes, scenario.sifMinutes).policy;
}

/** Why the chosen lifetime policy does not apply to this scenario; undefined when it does. */
export function scenarioPolicyOverride(scenario: Scenario): string | undefined {
  return effectiveLifetimePolicy(scenario.policy, scenario.ctlMinutes, scenario.sifMinutes)
    .override;
}

export function scenarioModel(
  scenario: Scenario,
  horizonMs = scenario.horizonDays * DAY,
): SessionModel {
  return {
    sifMs: scenario.sifMinutes === null ? null : scenario.sifMinutes * MINUTE,
    renewEarlyMs: scenario.renewEarlyMinutes * MINUTE,
    horizonMs,
  };
}

export function populationInput(scenario: Scenario): PopulationInput {
  return {
    model: scenarioModel(scenario),
    policy: scenarioPolicy(scenario),
    interactivePerHour: scenario.interactivePerHour,
    users: scenario.users,
    seed: scenario.seed,
  };
}

/**
 * The first simulated user's first day: drawn from the same seeded stream as the population,
 * so it is exactly the start of user 1's session there.
 */
export function simulateScenarioSample(scenario: Scenario): SampleSession {
  const horizonMs = Math.min(scenario.horizonDays * DAY, SAMPLE_WINDOW_MS);
  const source = randomSessionSource(
    scenarioPolicy(scenario),
    scenario.interactivePerHour,
    mulberry32(scenario.seed),
  );
  return simulateSampleSession(scenarioModel(scenario, horizonMs), source);
}
