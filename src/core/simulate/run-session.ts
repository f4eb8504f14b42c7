/**
 * The sign-in-frequency model of shared/docs/identity-platform.md, for one user who keeps the
 * app open. The client goes back to the identity provider only to renew its access token (at
 * expiry, or a little early) or for an interactive request; each trip yields a new token. A
 * trip prompts for credentials when a sign-in frequency (SIF) is set and at least SIF has passed
 * since the last prompt. Nothing else prompts: SIF elapsing while a token is still good does not.
 */

export type SessionEventKind = 'sign-in' | 'renewal' | 'interactive';

export interface SessionModel {
  /** Sign-in frequency; null when Conditional Access sets none (no prompt after the first). */
  sifMs: number | null;
  /** How long before expiry the app renews; 0 renews at expiry. */
  renewEarlyMs: number;
  /** The session ends here; a trip at or after the horizon does not happen. */
  horizonMs: number;
}

/** Where a session's chance comes from: a seeded generator, or a script (the walkthrough). */
export interface SessionSource {
  /** The lifetime of the token issued now. */
  nextLifetime(): number;
  /** When, after `after`, the app next makes an interactive request; Infinity for never. */
  nextInteractive(after: number): number;
}

/** Receives every trip to the identity provider, in time order; the first is the sign-in at 0. */
export interface SessionSink {
  visit(
    at: number,
    kind: SessionEventKind,
    prompted: boolean,
    sinceLastPromptMs: number,
    lifetimeMs: number,
  ): void;
}

/**
 * Runs one session. Takes primitives in and hands primitives out, so the population path can
 * run millions of trips without allocating an object per trip.
 */
export function runSession(model: SessionModel, source: SessionSource, sink: SessionSink): void {
  const { sifMs, renewEarlyMs, horizonMs } = model;
  let lastPromptAt = 0;
  let issuedAt = 0;
  let lifetime = source.nextLifetime();
  sink.visit(0, 'sign-in', true, 0, lifetime);
  let nextInteractive = source.nextInteractive(0);
  for (;;) {
    // A lead at least as long as the token would renew at issue forever; renew at expiry then.
    const renewalAt = issuedAt + (renewEarlyMs < lifetime ? lifetime - renewEarlyMs : lifetime);
    const interactive = nextInteractive < renewalAt;
    const at = interactive ? nextInteractive : renewalAt;
    if (at >= horizonMs) return;
    if (interactive) nextInteractive = source.nextInteractive(at);
    const since = at - lastPromptAt;
    const prompted = sifMs !== null && since >= sifMs;
    if (prompted) lastPromptAt = at;
    issuedAt = at;
    lifetime = source.nextLifetime();
    sink.visit(at, interactive ? 'interactive' : 'renewal', prompted, since, lifetime);
  }
}
