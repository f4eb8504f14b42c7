import { useMemo } from 'react';
import {
  ENCRYPTED_REMOVED_PARAMETER,
  SIGNATURE_REMOVED_PARAMETER,
} from '../../../core/share/share-parameters.ts';
import { TOKEN_PARAMETERS } from '../../../core/token/normalize-input.ts';
import { readLocation, type LocationContent } from '../../../core/url/read-location.ts';
import { useFragmentStore } from '../../../lib/fragment.ts';
import { useFragmentParameters } from '../../../lib/use-fragment.ts';

/** Everything readLocation looks at; other parameters changing re-render nothing here. */
const NAMES = [
  ...TOKEN_PARAMETERS,
  'error',
  'error_description',
  'error_uri',
  SIGNATURE_REMOVED_PARAMETER,
  ENCRYPTED_REMOVED_PARAMETER,
];

/**
 * What the URL brings: a token or an identity provider's error, and whether it arrived in the
 * query string (the fragment store moved it into the fragment when the page opened). Read from
 * the fragment store, so Clear and a newly opened link change it at once.
 */
export function useLocationToken(): LocationContent {
  const store = useFragmentStore();
  const values = useFragmentParameters(NAMES);
  return useMemo(() => {
    const fragment = new URLSearchParams();
    NAMES.forEach((name, index) => {
      const value = values[index];
      if (value !== null && value !== undefined) fragment.set(name, value);
    });
    return readLocation(fragment, store.movedFromQuery);
  }, [values, store]);
}
