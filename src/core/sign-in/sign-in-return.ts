import { takePendingSignIn, type PendingSignIn, type StorageLike } from './pending-sign-in.ts';
import { SignInError } from './sign-in-errors.ts';

/**
 * The parameters of an authorization response (RFC 6749 §4.1.2 and §4.2.2, OpenID Connect
 * Core §3.2.2.5, RFC 9207 `iss`, Entra's `session_state` and `client_info`). They are removed
 * from the address bar as soon as the response is read, and never carried by a share link.
 */
export const AUTHORIZATION_RESPONSE_PARAMETERS = [
  'code',
  'state',
  'session_state',
  'iss',
  'client_info',
  'error',
  'error_description',
  'error_uri',
  'error_codes',
  'trace_id',
  'correlation_id',
  'timestamp',
  'id_token',
  'access_token',
  'token_type',
  'expires_in',
  'scope',
] as const;

export type ResponseLocation = 'query' | 'fragment';

export interface AuthorizationResponse {
  where: ResponseLocation;
  parameters: URLSearchParams;
}

export type SignInReturn =
  /** Nothing in the address is for the sign-in (a token, a share link, or nothing at all). */
  | { kind: 'none' }
  /** A code this tab did not ask for: explain it; the code has been taken out of the URL. */
  | { kind: 'stray-code'; error: SignInError; cleanedUrl: string }
  /** A response came back, but the pending sign-in had expired or could not be read. */
  | { kind: 'failed'; error: SignInError; cleanedUrl: string }
  /** A response to the sign-in this tab started: check and redeem it (features/sign-in/api). */
  | {
      kind: 'response';
      pending: PendingSignIn;
      response: AuthorizationResponse;
      cleanedUrl: string;
    };

/**
 * Reads the address the page was opened with. When it holds an authorization response, the
 * pending sign-in is taken out of storage (so a response is used once, at most) and the
 * caller replaces the address with `cleanedUrl` (history.replaceState) before doing
 * anything else, so the code leaves the address bar, the history and any link at once.
 */
export function readSignInReturn(href: string, storage: StorageLike, now: number): SignInReturn {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'none' };
  }
  const query = url.searchParams;
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const found = findResponse(fragment, 'fragment', false) ?? findResponse(query, 'query', false);
  // An `error` without `state`, or a token without `state`, is a jwt.ms-style redirect that
  // the decoder already shows; it concerns the sign-in only when one is pending.
  const loose = found
    ? undefined
    : (findResponse(fragment, 'fragment', true) ?? findResponse(query, 'query', true));
  if (!found && !loose) return { kind: 'none' };
  const cleanedUrl = withoutResponse(url, fragment);
  const taken = takePendingSignIn(storage, now);
  switch (taken.status) {
    case 'none':
      if (found?.parameters.has('code')) {
        return { kind: 'stray-code', error: strayCodeError(found.where), cleanedUrl };
      }
      return { kind: 'none' };
    case 'unreadable':
      return { kind: 'failed', error: taken.error, cleanedUrl };
    case 'expired':
      return { kind: 'failed', error: taken.error, cleanedUrl };
    case 'found': {
      const response = preferred(taken.pending, query, fragment) ?? found ?? loose!;
      return { kind: 'response', pending: taken.pending, response, cleanedUrl };
    }
  }
}

function findResponse(
  parameters: URLSearchParams,
  where: ResponseLocation,
  loose: boolean,
): AuthorizationResponse | undefined {
  const outcome = ['error', 'id_token', 'access_token'].some((name) => parameters.has(name));
  const isResponse =
    parameters.has('code') || (parameters.has('state') && outcome) || (loose && outcome);
  return isResponse ? { where, parameters: new URLSearchParams(parameters) } : undefined;
}

/** The response where the sign-in asked for it, when it is there. */
function preferred(
  pending: PendingSignIn,
  query: URLSearchParams,
  fragment: URLSearchParams,
): AuthorizationResponse | undefined {
  const parameters = pending.responseMode === 'query' ? query : fragment;
  return findResponse(parameters, pending.responseMode, true);
}

function withoutResponse(url: URL, fragment: URLSearchParams): string {
  const cleaned = new URL(url.href);
  const rest = new URLSearchParams(fragment);
  for (const name of AUTHORIZATION_RESPONSE_PARAMETERS) {
    cleaned.searchParams.delete(name);
    rest.delete(name);
  }
  const hash = rest.toString();
  cleaned.hash = hash === '' ? '' : `#${hash}`;
  // `URL` keeps an empty `?` once searchParams has been touched; drop it.
  if (cleaned.searchParams.size === 0) cleaned.search = '';
  return cleaned.href;
}

/**
 * The explanation for `?code=` arriving with no sign-in pending — what jwt.ms users keep
 * asking about after registering it for the authorization code flow.
 */
export function strayCodeError(where: ResponseLocation): SignInError {
  const marker = where === 'query' ? '?code=' : '#code=';
  return new SignInError(
    'stray-code',
    `This address carried an authorization code (${marker}…), not a token. A code is single-use, expires within minutes, and only the app that asked for it can redeem it at the token endpoint, with the PKCE verifier it kept (and a web app also with its client secret). Tokenscope did not start this sign-in, so it cannot redeem the code; it has removed it from the address bar. To get tokens here, use Sign in with your app's client ID, or paste a token.`,
  );
}
