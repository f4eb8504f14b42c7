import { useState } from 'react';
import { useDiscoveryDocument } from '../api/get-discovery-document.ts';
import { useJwks } from '../api/get-jwks.ts';

/**
 * The issuer's discovery document and JWKS for one discovery URL. Nothing is fetched until
 * the user asks (Fetch keys) or has opted in to automatic fetching (for the address
 * derived from the token's iss only); what is already cached is
 * used either way, so further tokens from the same issuer need no request at all.
 */
export function useIssuerKeys(discoveryUrl: string, fetchAutomatically: boolean) {
  const [requestedUrl, setRequestedUrl] = useState<string>();
  const enabled =
    fetchAutomatically || (requestedUrl !== undefined && requestedUrl === discoveryUrl);
  const discovery = useDiscoveryDocument(discoveryUrl, enabled);
  const jwksUri = discovery.data?.jwksUri;
  const jwks = useJwks(jwksUri, enabled);

  /**
   * Fetch keys: enables the queries, and retries whichever failed last time. `url` is the
   * address about to be shown, when the caller changes it in the same event.
   */
  function fetchKeys(url = discoveryUrl) {
    if (url === '') return;
    setRequestedUrl(url);
    if (!enabled || url !== discoveryUrl) return;
    if (discovery.isError) void discovery.refetch();
    else if (jwks.isError) void jwks.refetch();
  }

  /** Refetch: both documents again, even if fresh (the user's explicit request). */
  async function refetch() {
    setRequestedUrl(discoveryUrl);
    const document = await discovery.refetch();
    if (document.data?.jwksUri === jwksUri) await jwks.refetch();
  }

  /** Why there are no keys from the issuer, if a fetch failed. */
  const error = discovery.error ?? (jwksUri ? jwks.error : null);

  return { discovery, jwks, jwksUri, enabled, error, fetchKeys, refetch };
}
