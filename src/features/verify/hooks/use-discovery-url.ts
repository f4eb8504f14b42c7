import { useMemo, useState } from 'react';
import { discoveryUrlForIssuer } from '../../../core/verify/discovery-url.ts';
import type { DiscoveryUrlSource } from '../../../core/verify/key-discovery.ts';
import { useFragmentState } from '../../../lib/use-fragment-state.ts';

interface Chosen {
  /** The token's iss when the address was chosen: a new token starts from its own iss. */
  forIssuer: string;
  value: string;
  source: DiscoveryUrlSource;
}

/**
 * The Discovery URL and where it came from. The token's iss gives the default; a typed address
 * and one carried by a share link (`verify.discovery`) replace it for that token only. The
 * source decides what the page may do on its own: only the address derived from iss is ever
 * fetched without the user pressing Fetch keys.
 */
export function useDiscoveryUrl(iss: string) {
  const derived = useMemo(() => discoveryUrlForIssuer(iss), [iss]);
  const derivedUrl = derived.ok ? derived.url : '';
  // An edited address travels in share links (see share-link.ts); pasted keys never do.
  const [shared, setShared] = useFragmentState('verify.discovery');
  const [written, setWritten] = useState<string>();
  const [link, setLink] = useState<Chosen | undefined>(() =>
    shared ? { forIssuer: iss, value: shared, source: 'link' } : undefined,
  );
  // A value in the fragment that this panel did not write came with a link (also one opened
  // after this panel mounted).
  if (shared !== '' && shared !== written && shared !== link?.value) {
    setLink({ forIssuer: iss, value: shared, source: 'link' });
  }
  const [edit, setEdit] = useState<Chosen>();

  const chosen = edit?.forIssuer === iss ? edit : link?.forIssuer === iss ? link : undefined;
  const url = chosen?.value ?? derivedUrl;
  const source: DiscoveryUrlSource =
    chosen === undefined || url === derivedUrl ? 'token' : chosen.source;

  function choose(value: string, by: DiscoveryUrlSource) {
    setEdit({ forIssuer: iss, value, source: by });
    const next = value === derivedUrl ? '' : value;
    setWritten(next);
    setShared(next);
  }

  return {
    url,
    source,
    derived,
    /** The user typed into Discovery URL. */
    type: (value: string) => choose(value, 'typed'),
    /** An address Tokenscope derived from the token itself (iss, and ?appid= from its claims). */
    chooseFromToken: (value: string) => choose(value, 'token'),
  };
}
