import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import type { Fetcher } from './sign-in-fetch.ts';

/** A stand-in identity provider for unit tests: routes by URL, records every request. */

export interface Sent {
  url: string;
  init: RequestInit;
}

export type Route = (init: RequestInit) => Response | Promise<Response>;

export interface FakeNetwork {
  sent: Sent[];
  fetcher: Fetcher;
  routes: Map<string, Route>;
}

/**
 * `unreachable` URLs throw the TypeError browsers throw for CORS refusals and dead hosts alike;
 * `corsOnly` ones answer a `no-cors` probe, as a server that only lacks CORS headers does.
 */
export function fakeNetwork(
  routes: Record<string, Route> = {},
  options: { unreachable?: string[]; corsOnly?: string[] } = {},
): FakeNetwork {
  const sent: Sent[] = [];
  const table = new Map(Object.entries(routes));
  const fetcher: Fetcher = async (url, init) => {
    sent.push({ url, init });
    if (options.unreachable?.includes(url) || options.corsOnly?.includes(url)) {
      if (init.mode === 'no-cors' && options.corsOnly?.includes(url)) {
        return new Response(null, { status: 200 });
      }
      throw new TypeError('Failed to fetch');
    }
    const route = table.get(url);
    return route
      ? route(init)
      : new Response('not found', { status: 404, statusText: 'Not Found' });
  };
  return { sent, fetcher, routes: table };
}

export const json =
  (value: unknown, status = 200, headers: Record<string, string> = {}): Route =>
  () =>
    new Response(JSON.stringify(value), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

export interface TestKeys {
  sign(claims: JWTPayload): Promise<string>;
  jwks: { keys: object[] };
}

/** An RS256 key pair: `sign` issues ID tokens, `jwks` publishes the public half. */
export async function testKeys(kid = 'test-key'): Promise<TestKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    sign: (claims) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(privateKey),
  };
}

/** The discovery document of a provider at `issuer`, with conventional endpoint paths. */
export function metadata(issuer: string, extra: Record<string, unknown> = {}) {
  const base = issuer.replace(/\/$/, '');
  return {
    issuer,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/token`,
    jwks_uri: `${base}/jwks`,
    response_modes_supported: ['query', 'fragment'],
    ...extra,
  };
}
