import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { RotationGate, type RotationRecord } from '../../../core/verify/rotation-gate.ts';
import { jwksQueryOptions } from '../api/get-jwks.ts';

/** One gate per QueryClient: it lives exactly as long as the cache it protects. */
const gates = new WeakMap<QueryClient, RotationGate>();

function gateFor(queryClient: QueryClient): RotationGate {
  let gate = gates.get(queryClient);
  if (!gate) {
    gate = new RotationGate();
    gates.set(queryClient, gate);
  }
  return gate;
}

/**
 * When the token's kid is missing from the issuer's cached JWKS, refetches the JWKS once (the
 * issuer may have rotated keys). The gate allows one refetch per kid and spaces refetches for
 * different unknown kids, so forged tokens cannot make Tokenscope hammer the issuer. Returns
 * what the gate decided for the token's kid (also after the refetch found it), for the panel
 * to explain.
 */
export function useRotationRefetch(
  jwksUri: string | undefined,
  missingKid: string | undefined,
  tokenKid: string | undefined,
): RotationRecord | undefined {
  const queryClient = useQueryClient();
  const gate = gateFor(queryClient);
  useSyncExternalStore(gate.subscribe, gate.getVersion);

  useEffect(() => {
    if (jwksUri === undefined || missingKid === undefined) return;
    if (gate.request(jwksUri, missingKid, Date.now()) !== 'refetch') return;
    // staleTime 0: this fetch must reach the issuer even though the cached set is fresh.
    queryClient.fetchQuery({ ...jwksQueryOptions(jwksUri), staleTime: 0 }).catch(() => {
      // The JWKS query's own error state shows the failure.
    });
  }, [gate, queryClient, jwksUri, missingKid]);

  return jwksUri === undefined || tokenKid === undefined
    ? undefined
    : gate.record(jwksUri, tokenKid);
}
