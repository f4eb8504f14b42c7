import type { FetchFailure } from '../../../core/verify/describe-fetch-failure.ts';

export type FetchTextResult = { ok: true; body: string } | { ok: false; failure: FetchFailure };

export const FETCH_TIMEOUT_SECONDS = 10;

/**
 * How every key fetch goes out: no cookies or other credentials, no Referer (the page URL
 * carries the token in its fragment, and some browsers have leaked fragments in the past),
 * no HTTP cache (TanStack Query is the cache), and nothing but the URL — no body, no headers
 * that could carry the token or a pasted key.
 */
export const KEY_FETCH_INIT = {
  method: 'GET',
  mode: 'cors',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
  redirect: 'follow',
} as const satisfies RequestInit;

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/**
 * GETs a public document (discovery document, JWKS) and reports a failure as data, so core
 * can explain it. Aborts through `signal` (TanStack Query cancelling) are rethrown untouched.
 */
export async function fetchPublicText(
  url: string,
  signal: AbortSignal | undefined,
  fetcher: Fetcher = (input, init) => fetch(input, init),
): Promise<FetchTextResult> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_SECONDS * 1000);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetcher(url, { ...KEY_FETCH_INIT, signal: combined });
    if (!response.ok) {
      return {
        ok: false,
        failure: { kind: 'http', status: response.status, statusText: response.statusText },
      };
    }
    return { ok: true, body: await response.text() };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted)
      return { ok: false, failure: { kind: 'timeout', seconds: FETCH_TIMEOUT_SECONDS } };
    return {
      ok: false,
      failure: { kind: 'network', reachedWithoutCors: await probeWithoutCors(url, fetcher) },
    };
  }
}

/**
 * Browsers report a CORS refusal, a DNS failure and being offline as the same TypeError. A
 * `no-cors` request to the same URL tells them apart: it succeeds with an opaque response when
 * the server answered and only its CORS headers were missing. It carries nothing more than the
 * first request did.
 */
async function probeWithoutCors(url: string, fetcher: Fetcher): Promise<boolean> {
  try {
    await fetcher(url, {
      ...KEY_FETCH_INIT,
      mode: 'no-cors',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_SECONDS * 1000),
    });
    return true;
  } catch {
    return false;
  }
}
