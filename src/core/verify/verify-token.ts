import type { DecodedToken } from '../token/decode-token.ts';
import { checkClaims, DEFAULT_CLOCK_TOLERANCE_SECONDS } from './check-claims.ts';
import type { KeyImporter } from './try-keys.ts';
import { buildVerdict, type Verdict } from './verdict.ts';
import type { KeySet } from './verification-key.ts';
import { verifySignature } from './verify-signature.ts';

export interface VerifyTokenInput {
  decoded: DecodedToken;
  keySet: KeySet | undefined;
  /** Milliseconds since the epoch. Core never reads the clock. */
  now: number;
  clockToleranceSeconds?: number;
  expectedAudience?: string;
  /** The discovery document's issuer, when the keys came through discovery. */
  discoveredIssuer?: string;
  importKey?: KeyImporter;
}

/** Signature and claims together: the whole verdict for one token. */
export async function verifyToken(input: VerifyTokenInput): Promise<Verdict> {
  const outcome = await verifySignature(input);
  const claims = checkClaims({
    header: input.decoded.header?.value,
    payload: input.decoded.payload,
    now: input.now,
    clockToleranceSeconds: input.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
    expectedAudience: input.expectedAudience,
    discoveredIssuer: input.discoveredIssuer,
  });
  return buildVerdict(outcome, claims);
}
