import {
  ENCRYPTED_REMOVED_PARAMETER,
  REMOVED_VALUE,
  SIGNATURE_REMOVED_PARAMETER,
} from '../share/share-parameters.ts';
import { TOKEN_PARAMETERS, type IdentityProviderError } from '../token/normalize-input.ts';

export type TokenParameter = (typeof TOKEN_PARAMETERS)[number];

/** One `name=value` pair of a URL's query string or fragment. */
export type UrlParameter = readonly [name: string, value: string];

export interface LocationContent {
  token: string | undefined;
  parameter: TokenParameter | undefined;
  identityProviderError: IdentityProviderError | undefined;
  /**
   * The token or error in the fragment arrived in the query string, which browsers send to
   * servers (and servers log): the page says so for as long as it is there.
   */
  arrivedInQuery: boolean;
  /** The link was shared with its signature removed on purpose (see share-link.ts). */
  signatureRemoved: boolean;
  /** The link was shared with only the header of a JWE on purpose (see share-link.ts). */
  encryptedPartsRemoved: boolean;
}

/** Where the address goes once an identity provider's response has left the query string. */
export interface QueryMove {
  search: string;
  hash: string;
  /** The parameters that moved, to tell the user (see `LocationContent.arrivedInQuery`). */
  moved: UrlParameter[];
}

const RESPONSE_PARAMETERS = [...TOKEN_PARAMETERS, 'error'];

/**
 * A token or error in the query string (a redirect with `response_mode=query`, or a
 * hand-made link) belongs in the fragment, which never reaches a server. Everything in such a
 * query string is the identity provider's response: it moves whole, without overwriting what
 * the fragment already has. Undefined when the query string holds no response.
 */
export function moveResponseFromQuery(search: string, hash: string): QueryMove | undefined {
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  if (!RESPONSE_PARAMETERS.some((name) => query.has(name))) return undefined;
  const merged = new URLSearchParams(hash.replace(/^#/, ''));
  const moved: UrlParameter[] = [];
  for (const [name, value] of query) {
    if (merged.has(name)) continue;
    merged.set(name, value);
    moved.push([name, value]);
  }
  return { search: '', hash: merged.toString(), moved };
}

/**
 * Reads what a redirect (jwt.ms style) or a shared link put in the URL fragment. `moved` is
 * what `moveResponseFromQuery` moved when the page opened.
 */
export function readLocation(
  fragment: URLSearchParams,
  moved: readonly UrlParameter[] = [],
): LocationContent {
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
    arrivedInQuery: moved.some(
      ([name, value]) =>
        RESPONSE_PARAMETERS.includes(name) && fragment.getAll(name).includes(value),
    ),
    signatureRemoved: fragment.get(SIGNATURE_REMOVED_PARAMETER) === REMOVED_VALUE,
    encryptedPartsRemoved: fragment.get(ENCRYPTED_REMOVED_PARAMETER) === REMOVED_VALUE,
  };
}
