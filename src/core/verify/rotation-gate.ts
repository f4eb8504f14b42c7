export type RotationDecision = 'refetch' | 'already-refetched' | 'cooldown';

export interface RotationRecord {
  decision: RotationDecision;
  /** When the decision was made, in milliseconds since the epoch. */
  at: number;
}

/** jose's remote JWKS waits 30 s between refetches; one minute is kinder still to an issuer. */
export const ROTATION_COOLDOWN_MS = 60_000;

/**
 * Decides whether a kid missing from a cached JWKS may trigger a refetch. Each unknown kid
 * gets exactly one refetch per key set, and refetches for unknown kids are at least
 * `cooldownMs` apart, so a stream of forged tokens with random kids cannot hammer the issuer.
 * Observable (subscribe / version) so a UI can show what was decided.
 */
export class RotationGate {
  private readonly records = new Map<string, Map<string, RotationRecord>>();
  private readonly lastRefetch = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly cooldownMs: number;
  private version = 0;

  constructor(cooldownMs = ROTATION_COOLDOWN_MS) {
    this.cooldownMs = cooldownMs;
  }

  /** Records the refetch when it allows one; `now` is milliseconds since the epoch. */
  request(jwksUri: string, kid: string, now: number): RotationDecision {
    const records = this.records.get(jwksUri) ?? new Map<string, RotationRecord>();
    this.records.set(jwksUri, records);
    if (records.get(kid)?.decision === 'refetch') return 'already-refetched';
    const last = this.lastRefetch.get(jwksUri);
    const decision = last !== undefined && now - last < this.cooldownMs ? 'cooldown' : 'refetch';
    if (decision === 'refetch') this.lastRefetch.set(jwksUri, now);
    records.set(kid, { decision, at: now });
    this.version++;
    for (const listener of this.listeners) listener();
    return decision;
  }

  /** What was last decided for this kid: a refetch (and when), or a cooldown refusal. */
  record(jwksUri: string, kid: string): RotationRecord | undefined {
    return this.records.get(jwksUri)?.get(kid);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;
}
