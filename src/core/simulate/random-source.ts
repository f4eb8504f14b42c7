import { drawLifetime, type LifetimePolicy } from './lifetime-policy.ts';
import type { Random } from './prng.ts';
import type { SessionSource } from './run-session.ts';

const HOUR = 3_600_000;

/**
 * Draws token lifetimes from the policy and interactive requests as a Poisson process of
 * `interactivePerHour` (exponential waits), both from one seeded stream. Sessions drawn one
 * after another from the same source are the users of a population, in order.
 */
export function randomSessionSource(
  policy: LifetimePolicy,
  interactivePerHour: number,
  random: Random,
): SessionSource {
  const meanWaitMs = interactivePerHour > 0 ? HOUR / interactivePerHour : Infinity;
  return {
    nextLifetime: () => drawLifetime(policy, random),
    nextInteractive:
      meanWaitMs === Infinity
        ? () => Infinity
        : (after) => after - Math.log(1 - random()) * meanWaitMs,
  };
}
