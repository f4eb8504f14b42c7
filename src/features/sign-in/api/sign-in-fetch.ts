import { customFetch, type CustomFetchOptions } from 'oauth4webapi';

/** The network, injectable: `fetch` in the browser, a recording stand-in in tests. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** Options every network step of the sign-in takes. */
export interface SignInNetworkOptions {
  fetcher?: Fetcher | undefined;
  /** Cancels the whole step (the user left, or started another sign-in). */
  signal?: AbortSignal | undefined;
}

export const SIGN_IN_TIMEOUT_SECONDS = 15;

/**
 * How every sign-in request goes out: no cookies or other credentials (Tokenscope is a public
 * client, authenticated by its PKCE verifier alone), no Referer (the page URL may hold a token
 * in its fragment), no HTTP cache. oauth4webapi supplies method, headers, body and
 * `redirect: "manual"`.
 */
export const SIGN_IN_FETCH_INIT = {
  mode: 'cors',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
} as const satisfies RequestInit;

export const defaultFetcher: Fetcher = (url, init) => fetch(url, init);

/** oauth4webapi's `customFetch` hook, sending its requests through `fetcher` as above. */
export function signInCustomFetch(fetcher: Fetcher = defaultFetcher) {
  return {
    [customFetch]: (url: string, options: CustomFetchOptions<string, unknown>) =>
      fetcher(url, { ...(options as RequestInit), ...SIGN_IN_FETCH_INIT }),
  };
}

/** A timeout for one request, combined with the caller's cancellation. */
export function requestSignal(signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(SIGN_IN_TIMEOUT_SECONDS * 1000);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

export type NetworkFailure =
  { kind: 'network'; reachedWithoutCors: boolean } | { kind: 'timeout'; seconds: number };

/**
 * Explains a request that threw. The caller's own cancellation is rethrown untouched.
 * Browsers report a CORS refusal, DNS failure and being offline as the same TypeError; a
 * `no-cors` GET of the same URL (carrying nothing but the URL) tells them apart, as the
 * verifier's key fetch does: an opaque answer means only the CORS headers were missing.
 */
export async function explainNetworkError(
  error: unknown,
  url: string,
  options: SignInNetworkOptions,
): Promise<NetworkFailure> {
  if (options.signal?.aborted) throw error;
  if (
    error instanceof DOMException &&
    (error.name === 'TimeoutError' || error.name === 'AbortError')
  ) {
    return { kind: 'timeout', seconds: SIGN_IN_TIMEOUT_SECONDS };
  }
  return { kind: 'network', reachedWithoutCors: await probeWithoutCors(url, options) };
}

async function probeWithoutCors(url: string, options: SignInNetworkOptions): Promise<boolean> {
  try {
    await (options.fetcher ?? defaultFetcher)(url, {
      ...SIGN_IN_FETCH_INIT,
      method: 'GET',
      mode: 'no-cors',
      signal: requestSignal(options.signal),
    });
    return true;
  } catch {
    return false;
  }
}

/** A TypeError or DOMException from fetch itself, as opposed to oauth4webapi's own errors. */
export function isFetchError(error: unknown): boolean {
  return (
    (error instanceof TypeError && !('code' in error)) ||
    (error instanceof DOMException &&
      (error.name === 'TimeoutError' || error.name === 'AbortError'))
  );
}
