export type RotationDecision = 'refetch' | 'already-refetched' | 'cooldown';

/** jose's remote JWKS waits 30 s between refetches; one minute is kinder still to an issuer. */
export const ROTATION_COOLDOWN_MS = 60_000;

/**
 * Decides whether a kid missing from a cached JWKS may trigger a refetch. Each unknown kid
 * gets exactly one refetch per key set, and refetches for unknown kids are at least
 * `cooldownMs` apart, so a stream of forged tokens with random kids cannot hammer the issuer.
 */
export class RotationGate {
  private readonly refetchedKids = new Map<string, Set<string>>();
  private readonly lastRefetch = new Map<string, number>();
  private readonly cooldownMs: number;

  constructor(cooldownMs = ROTATION_COOLDOWN_MS) {
    this.cooldownMs = cooldownMs;
  }

  /** Records the refetch when it allows one; `now` is milliseconds since the epoch. */
  request(jwksUri: string, kid: string, now: number): RotationDecision {
    const kids = this.refetchedKids.get(jwksUri) ?? new Set<string>();
    if (kids.has(kid)) return 'already-refetched';
    const last = this.lastRefetch.get(jwksUri);
    if (last !== undefined && now - last < this.cooldownMs) return 'cooldown';
    kids.add(kid);
    this.refetchedKids.set(jwksUri, kids);
    this.lastRefetch.set(jwksUri, now);
    return 'refetch';
  }

  /** Whether a refetch was already spent on this kid. */
  hasRefetched(jwksUri: string, kid: string): boolean {
    return this.refetchedKids.get(jwksUri)?.has(kid) ?? false;
  }
}
