import { formatDuration, formatSessionClock } from '../lifetime/format-duration.ts';
import type { SampleSession, SessionEvent } from './sample-session.ts';
import type { SessionEventKind } from './run-session.ts';

export interface SessionStep {
  at: number;
  /** `0:59`, `1d 02:29`: time since the first sign-in. */
  clock: string;
  /**
   * A trip to the identity provider, the moment SIF runs out while nothing happens, or a closing
   * note on the range of prompt spacing.
   */
  kind: SessionEventKind | 'sif-elapsed' | 'range';
  prompted: boolean;
  text: string;
}

/**
 * Tells a session as a story, one step per trip, and adds a step wherever SIF runs out without
 * a trip: that silence is why prompts come later than SIF.
 */
export function explainSession(session: SampleSession, renewEarlyMs: number): SessionStep[] {
  const { sifMs, events } = session;
  const steps: SessionStep[] = events.map((event) => ({
    at: event.at,
    clock: formatSessionClock(event.at),
    kind: event.kind,
    prompted: event.prompted,
    text: describeEvent(event, sifMs, renewEarlyMs),
  }));
  if (sifMs === null) return steps;
  for (const prompt of events.filter((event) => event.prompted)) {
    const due = prompt.at + sifMs;
    const nextTrip = events.find((event) => event.at >= due);
    if (due >= session.horizonMs || nextTrip?.at === due) continue;
    const holding = events.findLast((event) => event.at < due) ?? prompt;
    steps.push({
      at: due,
      clock: formatSessionClock(due),
      kind: 'sif-elapsed',
      prompted: false,
      text: `${formatDuration(sifMs)} since the last prompt: the sign-in frequency has run out, but the app holds a token valid until ${formatSessionClock(holding.expiresAt)} and has no reason to go back to the identity provider, so nobody is prompted yet.`,
    });
  }
  // Array.prototype.sort is stable: a trip stays before a mark at the same millisecond.
  return steps.sort((a, b) => a.at - b.at);
}

function describeEvent(event: SessionEvent, sifMs: number | null, renewEarlyMs: number): string {
  const token = `The new token lasts ${formatDuration(event.lifetimeMs)}, until ${formatSessionClock(event.expiresAt)}.`;
  if (event.kind === 'sign-in')
    return `The user signs in and enters credentials (prompt). The token lasts ${formatDuration(event.lifetimeMs)}, until ${formatSessionClock(event.expiresAt)}.`;
  const trip =
    event.kind === 'interactive'
      ? 'The app signs in interactively.'
      : renewEarlyMs > 0
        ? `The app renews its token silently, ${formatDuration(renewEarlyMs)} before expiry.`
        : 'The token expires and the app renews it silently.';
  return `${trip} ${decide(event, sifMs)} ${token}`;
}

function decide(event: SessionEvent, sifMs: number | null): string {
  if (sifMs === null) return 'No sign-in frequency is set: no prompt.';
  const since = formatDuration(event.sinceLastPromptMs);
  const sif = formatDuration(sifMs);
  return event.prompted
    ? `${since} since the last prompt is at least the sign-in frequency of ${sif}: the user is prompted.`
    : `${since} since the last prompt is less than the sign-in frequency of ${sif}: no prompt.`;
}
