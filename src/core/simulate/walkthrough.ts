import { formatDuration } from '../lifetime/format-duration.ts';
import { DEFAULT_VARIATION_MAX_MS } from '../lifetime/platform-lifetimes.ts';
import { explainSession, type SessionStep } from './explain-session.ts';
import type { SessionModel, SessionSource } from './run-session.ts';
import { simulateSampleSession, type SampleSession } from './sample-session.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The walkthrough of shared/docs/identity-platform.md's case: SIF 1 hour, a 60-minute first token, an
 * interactive sign-in at 0:59 that happens to get a 90-minute token (until 2:29), a prompt at
 * 2:29. The third token's lifetime is not in the text; 75 minutes (the mean) takes it past the
 * three-hour horizon so nothing else happens.
 */
export const WALKTHROUGH = {
  sifMs: HOUR,
  lifetimesMs: [60 * MINUTE, 90 * MINUTE, 75 * MINUTE],
  interactiveAtMs: [59 * MINUTE],
  horizonMs: 3 * HOUR,
} as const;

/** Plays back given lifetimes and interactive times, for cases that must come out exactly. */
export function scriptedSessionSource(
  lifetimesMs: readonly number[],
  interactiveAtMs: readonly number[],
): SessionSource {
  let nextLifetime = 0;
  return {
    nextLifetime() {
      const lifetime = lifetimesMs[Math.min(nextLifetime, lifetimesMs.length - 1)];
      nextLifetime++;
      if (lifetime === undefined)
        throw new RangeError('A scripted session needs at least one lifetime.');
      return lifetime;
    },
    nextInteractive: (after) => interactiveAtMs.find((at) => at > after) ?? Infinity,
  };
}

export function simulateWalkthrough(): SampleSession {
  const model: SessionModel = {
    sifMs: WALKTHROUGH.sifMs,
    renewEarlyMs: 0,
    horizonMs: WALKTHROUGH.horizonMs,
  };
  return simulateSampleSession(
    model,
    scriptedSessionSource(WALKTHROUGH.lifetimesMs, WALKTHROUGH.interactiveAtMs),
  );
}

/** The guided walkthrough: each trip, the silent SIF mark, and the range it implies. */
export function walkthroughSteps(): SessionStep[] {
  const session = simulateWalkthrough();
  const steps = explainSession(session, 0);
  const [first, second] = session.prompts;
  const sif = formatDuration(WALKTHROUGH.sifMs);
  const longest = formatDuration(DEFAULT_VARIATION_MAX_MS);
  const upper = formatDuration(WALKTHROUGH.sifMs + DEFAULT_VARIATION_MAX_MS);
  if (first !== undefined && second !== undefined) {
    steps.push({
      at: second,
      clock: 'Range',
      kind: 'range',
      prompted: false,
      text: `These two prompts are ${formatDuration(second - first)} apart. A prompt waits for the first trip to the identity provider after SIF, and a token can last up to ${longest}, so with SIF ${sif} and the default variation prompts come between ${sif} and ${upper} apart.`,
    });
  }
  return steps;
}
