import { DiscoveryError } from './verify-errors.ts';

/**
 * What is known about a failed fetch. Browsers hide why a request failed ("TypeError: Failed
 * to fetch" covers CORS, DNS, offline and CSP alike); `reachedWithoutCors` is the result of a
 * follow-up `mode: "no-cors"` request, whose opaque answer proves the server is up and only
 * withholds its CORS headers.
 */
export type FetchFailure =
  | { kind: 'network'; reachedWithoutCors: boolean }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number; statusText: string };

export type FetchTarget = 'discovery document' | 'JWKS';

export function describeFetchFailure(
  failure: FetchFailure,
  url: string,
  target: FetchTarget,
): DiscoveryError {
  const origin = originOf(url);
  switch (failure.kind) {
    case 'network':
      return failure.reachedWithoutCors
        ? new DiscoveryError(
            'cors',
            `The issuer does not allow cross-origin requests — paste the JWKS instead. ${origin} answered, but without the Access-Control-Allow-Origin header, so the browser keeps the ${target} from this page. Open ${url} in a new tab and copy what it shows into Keys.`,
          )
        : new DiscoveryError(
            'network',
            `Could not reach ${origin}: the request for the ${target} failed before any answer. Check the address and your connection. If it opens in a new tab, the issuer does not allow cross-origin requests — paste the JWKS instead.`,
          );
    case 'timeout':
      return new DiscoveryError(
        'timeout',
        `${origin} did not answer within ${failure.seconds} s. Try again later, or paste the JWKS instead.`,
      );
    case 'http': {
      const status = `${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}`;
      const hint =
        failure.status === 404
          ? target === 'discovery document'
            ? ' There is no discovery document at this address: check the Discovery URL (the issuer in iss plus /.well-known/openid-configuration).'
            : ' The discovery document points to a JWKS that does not exist.'
          : failure.status >= 500
            ? ' The issuer has a problem; try again later.'
            : '';
      return new DiscoveryError(
        'http-status',
        `${url} answered ${status} instead of the ${target}.${hint}`,
      );
    }
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
