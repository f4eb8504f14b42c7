import type { DecodedToken } from '../core/token/decode-token.ts';
import { isJsonObject } from '../core/token/parse-json.ts';
import { timeClaimEdges } from '../core/time/assess-time-claims.ts';
import { useClockAt } from './use-now.ts';

/**
 * The clock for a view of the token's time claims: it moves when the token changes or the
 * time crosses nbf − tolerance, nbf, exp or exp + tolerance, and not in between. A view that
 * computes its state from it re-renders only when that state can change.
 */
export function useTimeClaimsNow(decoded: DecodedToken, toleranceSeconds: number): number {
  const payload = decoded.payload?.type === 'json' ? decoded.payload.value : undefined;
  const claims = isJsonObject(payload) ? payload : undefined;
  return useClockAt(decoded, timeClaimEdges(claims, toleranceSeconds));
}
