import { useEffect, useState } from 'react';
import { readLocation, type LocationContent } from '../../../core/url/read-location.ts';

function read(): LocationContent {
  return readLocation(window.location.search, window.location.hash);
}

/**
 * What the URL brings: a token or an identity provider's error, from the fragment, or from the
 * query string — which is then moved into the fragment, since browsers send the query string
 * to servers. Re-read when the fragment changes (a link pasted into the address bar).
 */
export function useLocationToken(onToken: (token: string) => void): LocationContent {
  const [content, setContent] = useState(read);

  useEffect(() => {
    const move = content.moveFromQuery;
    if (!move) return;
    const url = `${window.location.pathname}${move.search}${move.hash ? `#${move.hash}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
  }, [content.moveFromQuery]);

  useEffect(() => {
    function onHashChange() {
      const next = read();
      setContent(next);
      if (next.token !== undefined) onToken(next.token);
    }
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [onToken]);

  return content;
}
