import { useMemo } from 'react';
import { readLocation, type LocationContent } from '../../../core/url/read-location.ts';
import { useFragmentStore } from '../../../lib/fragment.ts';
import { useFragment } from '../../../lib/use-fragment.ts';

/**
 * What the URL brings: a token or an identity provider's error, and whether it arrived in the
 * query string (the fragment store moved it into the fragment when the page opened). Read from
 * the fragment store, so Clear and a newly opened link change it at once.
 */
export function useLocationToken(): LocationContent {
  const store = useFragmentStore();
  const { params } = useFragment();
  return useMemo(() => readLocation(params, store.movedFromQuery), [params, store]);
}
