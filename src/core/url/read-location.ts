import { SIGNATURE_REMOVED_PARAMETER, SIGNATURE_REMOVED_VALUE } from '../share/share-link.ts';
import { TOKEN_PARAMETERS, type IdentityProviderError } from '../token/normalize-input.ts';

export type TokenParameter = (typeof TOKEN_PARAMETERS)[number];

export interface LocationContent {
  token: string | undefined;
  parameter: TokenParameter | undefined;
  identityProviderError: IdentityProviderError | undefined;
  /**
   * Set when a token or error arrived in the query string, which browsers send to servers (and
   * servers log). The caller replaces the URL with `search` + `hash` so it lives in the
   * fragment instead.
   */
  moveFromQuery: { search: string; hash: string } | undefined;
  /** The link was shared with its signature removed on purpose (see share-link.ts). */
  signatureRemoved: boolean;
}

const RESPONSE_PARAMETERS = [...TOKEN_PARAMETERS, 'error'];

/** Reads what a redirect (jwt.ms style) or a shared link put in the URL. */
export function readLocation(search: string, hash: string): LocationContent {
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  let fragment = new URLSearchParams(hash.replace(/^#/, ''));
  let moveFromQuery: LocationContent['moveFromQuery'];
  if (RESPONSE_PARAMETERS.some((name) => query.has(name))) {
    // Everything in such a query string is the identity provider's response: move it whole.
    const merged = new URLSearchParams(fragment);
    for (const [name, value] of query) if (!merged.has(name)) merged.set(name, value);
    fragment = merged;
    moveFromQuery = { search: '', hash: merged.toString() };
  }
  const parameter = TOKEN_PARAMETERS.find((name) => fragment.has(name));
  const error = fragment.get('error');
  return {
    token: parameter ? (fragment.get(parameter) ?? undefined) : undefined,
    parameter,
    identityProviderError:
      error === null
        ? undefined
        : {
            error,
            description: fragment.get('error_description') ?? undefined,
            uri: fragment.get('error_uri') ?? undefined,
          },
    moveFromQuery,
    signatureRemoved: fragment.get(SIGNATURE_REMOVED_PARAMETER) === SIGNATURE_REMOVED_VALUE,
  };
}
