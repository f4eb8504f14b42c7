import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { decodeToken, type DecodedToken } from '../core/token/decode-token.ts';
import type { LocationContent } from '../core/url/read-location.ts';
import { useLocationToken } from '../features/decoder/hooks/use-location-token.ts';
import { useFragmentStore } from '../lib/fragment.ts';
import { useFragmentNavigation } from '../lib/use-fragment.ts';

/** Up to this size (far beyond real tokens) decoding is not deferred. */
const SMALL_INPUT = 16 * 1024;

export interface TokenInput {
  /** The text in the token box. */
  input: string;
  /** The box's text changed (typing, a paste, an example). */
  edit: (text: string) => void;
  /** Empties the box and the whole URL fragment. */
  clear: () => void;
  decoded: DecodedToken;
  /** `decoded`, one render later: what the sections below the decoded panes show. */
  belowFold: DecodedToken;
  location: LocationContent;
}

/**
 * The token box's state. Until the user edits, the box shows the token the URL brings; an edit
 * holds until the next navigation (a link opened in this tab, back or forward), which brings
 * its own token. The URL is read from the fragment store: no copy of it is kept here.
 */
export function useTokenInput(): TokenInput {
  const store = useFragmentStore();
  const location = useLocationToken();
  const navigation = useFragmentNavigation();
  const [edited, setEdited] = useState<{ text: string; navigation: number }>();
  const input = edited && edited.navigation === navigation ? edited.text : (location.token ?? '');

  const edit = useCallback(
    (text: string) => setEdited({ text, navigation: store.getSnapshot().navigation }),
    [store],
  );
  const clear = useCallback(() => {
    // Everything goes: the token, a redirect's parameters, verification and simulator inputs.
    store.update((params) => {
      for (const name of [...params.keys()]) params.delete(name);
    });
    setEdited({ text: '', navigation: store.getSnapshot().navigation });
  }, [store]);

  // Small tokens decode in the same render as the keystroke (one frame from paste to payload);
  // large ones are deferred so that typing stays responsive.
  const deferredInput = useDeferredValue(input);
  const decodeInput = input.length <= SMALL_INPUT ? input : deferredInput;
  const decoded = useMemo(() => decodeToken(decodeInput), [decodeInput]);
  // The sections below the decoded panes follow one render later, so a large token paints its
  // header and payload first instead of in one long task with everything else.
  const belowFold = useDeferredValue(decoded);

  return { input, edit, clear, decoded, belowFold, location };
}
