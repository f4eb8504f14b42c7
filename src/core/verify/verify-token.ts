import { checkClaims, DEFAULT_CLOCK_TOLERANCE_SECONDS } from './check-claims.ts';
import { isJsonObject } from '../token/parse-json.ts';
import { describeKeyProvenance } from './key-discovery.ts';
import { describeMicrosoftApiAudience, findAppIdRetry } from './microsoft.ts';
import { buildVerdict, type SignatureOutcome, type Verdict } from './verdict.ts';
import { immediateOutcome, verifySignature, type SignatureInput } from './verify-signature.ts';

/** Everything a verdict depends on besides the keys: the clock and what the user expects. */
export interface VerifyTokenInput extends SignatureInput {
  /** Milliseconds since the epoch. Core never reads the clock. */
  now: number;
  clockToleranceSeconds?: number;
  expectedAudience?: string;
}

/**
 * Signature and claims together: the whole verdict for one token. A UI that must not wait for
 * Web Crypto runs the same two steps apart: `immediateVerdict` during render, then
 * `verifySignature` in an effect and `assembleVerdict` on its outcome.
 */
export async function verifyToken(input: VerifyTokenInput): Promise<Verdict> {
  return assembleVerdict(await verifySignature(input), input);
}

/** The verdict when no cryptography is needed to reach it; undefined when keys must be tried. */
export function immediateVerdict(input: VerifyTokenInput): Verdict | undefined {
  const outcome = immediateOutcome(input);
  return outcome && assembleVerdict(outcome, input);
}

/**
 * The one place a verdict is put together from a signature outcome: the claim checks for the
 * current time, tolerance and expected audience are added here, so the outcome (the slow,
 * cryptographic part) can be reused while the clock moves.
 */
export function assembleVerdict(outcome: SignatureOutcome, input: VerifyTokenInput): Verdict {
  const claims = checkClaims({
    header: input.decoded.header?.value,
    payload: input.decoded.payload,
    now: input.now,
    clockToleranceSeconds: input.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
    expectedAudience: input.expectedAudience,
    discoveredIssuer: input.discovery?.document.issuer,
  });
  const fromIssuer = input.keySet?.origin === 'issuer' ? input.discovery : undefined;
  const provenance = fromIssuer ? describeKeyProvenance(fromIssuer, input.decoded) : [];
  const payload = input.decoded.payload;
  const payloadClaims =
    payload?.type === 'json' && isJsonObject(payload.value) ? payload.value : undefined;
  const appIdRetry =
    fromIssuer && outcome.error?.code === 'no-matching-key'
      ? findAppIdRetry(payloadClaims, fromIssuer.url)
      : undefined;
  const apiNote =
    outcome.error?.code === 'microsoft-api-token'
      ? undefined
      : describeMicrosoftApiAudience(payloadClaims, outcome.kind);
  const withNote = apiNote ? { ...outcome, warnings: [...outcome.warnings, apiNote] } : outcome;
  return buildVerdict(withNote, claims, { provenance, appIdRetry });
}
