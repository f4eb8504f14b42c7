import { moveResponseFromQuery, type UrlParameter } from '../core/url/read-location.ts';

/**
 * The URL fragment is Tokenscope's only persistence: it never reaches a server, and a link
 * carries a token, a simulator scenario or the verifier's settings to someone else. This store
 * is the one source of truth for it: every reader subscribes (React through
 * `useSyncExternalStore`), every writer goes through `update`, and navigation (a link opened in
 * this tab, back and forward) reaches every reader. `history.replaceState` fires no event, so
 * without one store the copies in React state went stale.
 */
export interface FragmentStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): FragmentSnapshot;
  /**
   * Rewrites the fragment in place (history.replaceState: no new history entry, so tokens do
   * not pile up behind the back button) and keeps the parameters that `change` does not touch.
   */
  update(change: (params: URLSearchParams) => void): void;
  /** What the page moved from the query string into the fragment when it opened. */
  readonly movedFromQuery: readonly UrlParameter[];
}

export interface FragmentSnapshot {
  /** The fragment's parameters. Shared by every reader: never mutate it. */
  readonly params: URLSearchParams;
  /** Counts navigations (hashchange, popstate), which replace what the user typed. */
  readonly navigation: number;
}

/** A store over one window's location; the page has one (see fragment.ts), tests make their own. */
export function createFragmentStore(view: Window): FragmentStore {
  const { location, history } = view;

  function replace(search: string, hash: string): void {
    const url = `${location.pathname}${search}${hash ? `#${hash}` : ''}`;
    history.replaceState(history.state, '', url);
  }

  // Browsers send the query string to servers: a token or error there moves at once.
  const move = moveResponseFromQuery(location.search, location.hash);
  if (move) replace(move.search, move.hash);

  const listeners = new Set<() => void>();
  let navigation = 0;
  let hash = location.hash;
  let snapshot: FragmentSnapshot = { params: parse(hash), navigation };

  function getSnapshot(): FragmentSnapshot {
    // Also notices a change made behind the store's back (which should not happen).
    if (location.hash !== hash || snapshot.navigation !== navigation) {
      hash = location.hash;
      snapshot = { params: parse(hash), navigation };
    }
    return snapshot;
  }

  function emit(): void {
    for (const listener of [...listeners]) listener();
  }

  function onNavigate(): void {
    navigation += 1;
    emit();
  }

  return {
    movedFromQuery: move?.moved ?? [],
    getSnapshot,
    subscribe(listener) {
      if (listeners.size === 0) {
        view.addEventListener('hashchange', onNavigate);
        view.addEventListener('popstate', onNavigate);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        view.removeEventListener('hashchange', onNavigate);
        view.removeEventListener('popstate', onNavigate);
      };
    },
    update(change) {
      const params = new URLSearchParams(getSnapshot().params);
      change(params);
      const next = params.toString();
      if (next === getSnapshot().params.toString()) return;
      replace(location.search, next);
      emit();
    },
  };
}

function parse(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}
