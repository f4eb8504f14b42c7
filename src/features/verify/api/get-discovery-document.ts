import { queryOptions, useQuery } from '@tanstack/react-query';
import { describeFetchFailure } from '../../../core/verify/describe-fetch-failure.ts';
import {
  authorizationServerMetadataUrl,
  checkFetchUrl,
} from '../../../core/verify/discovery-url.ts';
import { checkWellKnownUrl } from '../../../core/verify/document-issuer.ts';
import {
  readDiscoveryDocument,
  type DiscoveryDocument,
} from '../../../core/verify/read-discovery-document.ts';
import { fetchPublicText, type Fetcher } from './fetch-public-text.ts';

export const KEY_MATERIAL_STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Fetches and validates a discovery document. When the OpenID address answers 404 the RFC 8414
 * address is tried once (OAuth servers that are not OpenID Providers publish only that); if it
 * fails too, the first failure is reported, since that is the address the user sees.
 */
export async function getDiscoveryDocument(
  url: string,
  signal?: AbortSignal,
  fetcher?: Fetcher,
): Promise<DiscoveryDocument> {
  const checked = checkFetchUrl(url, 'Discovery URL');
  if (!checked.ok) throw checked.error;
  const notWellKnown = checkWellKnownUrl(checked.url);
  if (notWellKnown) throw notWellKnown;
  const first = await fetchPublicText(checked.url, signal, fetcher);
  let from = checked.url;
  let body: string;
  if (first.ok) {
    body = first.body;
  } else {
    const fallback =
      first.failure.kind === 'http' && first.failure.status === 404
        ? authorizationServerMetadataUrl(checked.url)
        : undefined;
    const second = fallback ? await fetchPublicText(fallback, signal, fetcher) : undefined;
    if (!fallback || !second?.ok)
      throw describeFetchFailure(first.failure, checked.url, 'discovery document');
    from = fallback;
    body = second.body;
  }
  const document = readDiscoveryDocument(body, from);
  if (!document.ok) throw document.error;
  return document.document;
}

export function discoveryDocumentQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['verify', 'discovery-document', url],
    queryFn: ({ signal }) => getDiscoveryDocument(url, signal),
    staleTime: KEY_MATERIAL_STALE_MS,
    gcTime: KEY_MATERIAL_STALE_MS,
    retry: false,
  });
}

/** Never fetches on its own unless `enabled`; cached documents are returned either way. */
export function useDiscoveryDocument(url: string, enabled: boolean) {
  return useQuery({ ...discoveryDocumentQueryOptions(url), enabled: enabled && url !== '' });
}
