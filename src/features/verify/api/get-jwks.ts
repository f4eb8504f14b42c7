import { queryOptions, useQuery } from '@tanstack/react-query';
import { describeFetchFailure } from '../../../core/verify/describe-fetch-failure.ts';
import { checkFetchUrl } from '../../../core/verify/discovery-url.ts';
import { readJwksResponse } from '../../../core/verify/read-jwks.ts';
import type { KeySet } from '../../../core/verify/verification-key.ts';
import { fetchPublicText, type Fetcher } from './fetch-public-text.ts';
import { KEY_MATERIAL_STALE_MS } from './get-discovery-document.ts';

export async function getJwks(
  jwksUri: string,
  signal?: AbortSignal,
  fetcher?: Fetcher,
): Promise<KeySet> {
  const checked = checkFetchUrl(jwksUri, 'jwks_uri');
  if (!checked.ok) throw checked.error;
  const response = await fetchPublicText(checked.url, signal, fetcher);
  if (!response.ok) throw describeFetchFailure(response.failure, checked.url, 'JWKS');
  const keySet = readJwksResponse(response.body, checked.url);
  if (!keySet.ok) throw keySet.error;
  return keySet.keySet;
}

/** Keyed by the jwks_uri alone: the JWKS is public and the same for every token of the issuer. */
export function jwksQueryOptions(jwksUri: string) {
  return queryOptions({
    queryKey: ['verify', 'jwks', jwksUri],
    queryFn: ({ signal }) => getJwks(jwksUri, signal),
    staleTime: KEY_MATERIAL_STALE_MS,
    gcTime: KEY_MATERIAL_STALE_MS,
    retry: false,
  });
}

export function useJwks(jwksUri: string | undefined, enabled: boolean) {
  return useQuery({
    ...jwksQueryOptions(jwksUri ?? ''),
    enabled: enabled && jwksUri !== undefined,
  });
}
