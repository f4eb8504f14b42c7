/**
 * The URL fragment is Tokenscope's only persistence: it never reaches a server, and a link
 * carries a token or a simulator scenario to someone else. Every reader and writer of
 * `location.hash` goes through here so the features do not trample each other's parameters.
 */

export function readFragment(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ''));
}

/**
 * Rewrites the fragment in place (history.replaceState: no new history entry, so tokens do
 * not pile up in the back button) and keeps the parameters that `change` does not touch.
 */
export function updateFragment(change: (params: URLSearchParams) => void): void {
  const params = readFragment();
  change(params);
  const hash = params.toString();
  const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
  window.history.replaceState(window.history.state, '', url);
}
