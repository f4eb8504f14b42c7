import {
  runSession,
  type SessionEventKind,
  type SessionModel,
  type SessionSource,
} from './run-session.ts';

/** One trip to the identity provider. */
export interface SessionEvent {
  at: number;
  kind: SessionEventKind;
  /** The user had to enter credentials. */
  prompted: boolean;
  /** Time since the previous credential prompt, when the trip happened. */
  sinceLastPromptMs: number;
  /** The token issued on this trip. */
  lifetimeMs: number;
  expiresAt: number;
}

/** A token as a bar: from issue until it was replaced (or the session ended), and its expiry. */
export interface TokenBar {
  issuedAt: number;
  expiresAt: number;
  /** When the next trip replaced it, or the horizon. */
  endedAt: number;
}

export interface SampleSession {
  sifMs: number | null;
  horizonMs: number;
  events: SessionEvent[];
  tokens: TokenBar[];
  /** Times of the credential prompts, the first sign-in included. */
  prompts: number[];
  /** Time between consecutive prompts. */
  promptGapsMs: number[];
}

/** Runs one session and keeps every event: for drawing and explaining, not for populations. */
export function simulateSampleSession(model: SessionModel, source: SessionSource): SampleSession {
  const events: SessionEvent[] = [];
  runSession(model, source, {
    visit(at, kind, prompted, sinceLastPromptMs, lifetimeMs) {
      events.push({
        at,
        kind,
        prompted,
        sinceLastPromptMs,
        lifetimeMs,
        expiresAt: at + lifetimeMs,
      });
    },
  });
  const tokens = events.map((event, index) => ({
    issuedAt: event.at,
    expiresAt: event.expiresAt,
    endedAt: Math.min(events[index + 1]?.at ?? model.horizonMs, model.horizonMs, event.expiresAt),
  }));
  const prompts = events.filter((event) => event.prompted).map((event) => event.at);
  const promptGapsMs = prompts.slice(1).map((at, index) => at - prompts[index]!);
  return { sifMs: model.sifMs, horizonMs: model.horizonMs, events, tokens, prompts, promptGapsMs };
}
