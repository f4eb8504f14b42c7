import { describe, expect, it } from 'vitest';
import { DiscoveryError } from '../../../core/verify/verify-errors.ts';
import { KEY_FETCH_INIT, type Fetcher } from './fetch-public-text.ts';
import { discoveryDocumentQueryOptions, getDiscoveryDocument } from './get-discovery-document.ts';
import { getJwks, jwksQueryOptions } from './get-jwks.ts';

interface Call {
  url: string;
  init: RequestInit;
}

/** A stand-in network: answers by URL, records every request exactly as it would leave. */
function network(routes: Record<string, () => Response>, unreachable = new Set<string>()) {
  const calls: Call[] = [];
  const fetcher: Fetcher = async (url, init) => {
    calls.push({ url, init });
    if (unreachable.has(url)) {
      if (init.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }
    const route = routes[url];
    return route ? route() : new Response('not found', { status: 404, statusText: 'Not Found' });
  };
  return { calls, fetcher };
}

const json = (value: unknown) => () => new Response(JSON.stringify(value), { status: 200 });

const ISSUER = 'https://as.example/tenant';
const OIDC = `${ISSUER}/.well-known/openid-configuration`;
const RFC8414 = 'https://as.example/.well-known/oauth-authorization-server/tenant';
const DOCUMENT = { issuer: ISSUER, jwks_uri: 'https://as.example/keys' };

describe('getDiscoveryDocument', () => {
  it('sends nothing but a credential-less, referrer-less GET of the URL', async () => {
    const { calls, fetcher } = network({ [OIDC]: json(DOCUMENT) });
    await getDiscoveryDocument(OIDC, undefined, fetcher);
    expect(calls).toHaveLength(1);
    const init = calls[0]!.init;
    expect(init).toEqual({ ...KEY_FETCH_INIT, signal: init.signal });
    expect(init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      method: 'GET',
    });
    expect(calls[0]!.init.body).toBeUndefined();
    expect(calls[0]!.init.headers).toBeUndefined();
  });

  it('falls back to the RFC 8414 address on 404', async () => {
    const { calls, fetcher } = network({ [RFC8414]: json(DOCUMENT) });
    const document = await getDiscoveryDocument(OIDC, undefined, fetcher);
    expect(calls.map((call) => call.url)).toEqual([OIDC, RFC8414]);
    expect(document).toEqual({ url: RFC8414, issuer: ISSUER, jwksUri: 'https://as.example/keys' });
  });

  it('reports the first 404 when the fallback fails too', async () => {
    const { fetcher } = network({});
    const error = await getDiscoveryDocument(OIDC, undefined, fetcher).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DiscoveryError);
    expect((error as DiscoveryError).message).toMatch(
      new RegExp(`^${OIDC} answered 404 Not Found`),
    );
  });

  it('tells a CORS refusal from an unreachable host with a no-cors probe', async () => {
    const { calls, fetcher } = network({}, new Set([OIDC]));
    const error = (await getDiscoveryDocument(OIDC, undefined, fetcher).catch(
      (caught: unknown) => caught,
    )) as DiscoveryError;
    expect(error.code).toBe('cors');
    expect(calls.map((call) => call.init.mode)).toEqual(['cors', 'no-cors']);
  });

  it('refuses to fetch over plain http from anything but loopback', async () => {
    const { calls, fetcher } = network({});
    const error = (await getDiscoveryDocument(
      'http://as.example/.well-known/openid-configuration',
      undefined,
      fetcher,
    ).catch((caught: unknown) => caught)) as DiscoveryError;
    expect(error.code).toBe('url-insecure');
    expect(calls).toEqual([]);
  });

  it('never requests an address that is not a well-known discovery path', async () => {
    const { calls, fetcher } = network({ 'https://as.example/metadata': json(DOCUMENT) });
    const error = (await getDiscoveryDocument(
      'https://as.example/metadata',
      undefined,
      fetcher,
    ).catch((caught: unknown) => caught)) as DiscoveryError;
    expect(error.code).toBe('url-not-well-known');
    expect(calls).toEqual([]);
  });

  it('refuses a document that names another issuer than its address', async () => {
    const { fetcher } = network({
      [OIDC]: json({ issuer: 'https://real.example', jwks_uri: 'https://as.example/keys' }),
    });
    const error = (await getDiscoveryDocument(OIDC, undefined, fetcher).catch(
      (caught: unknown) => caught,
    )) as DiscoveryError;
    expect(error.code).toBe('issuer-mismatch');
  });
});

describe('getJwks', () => {
  it('reads the issuer key set', async () => {
    const { fetcher } = network({
      'https://as.example/keys': json({ keys: [{ kty: 'oct', k: 'AAAA' }] }),
    });
    const keySet = await getJwks('https://as.example/keys', undefined, fetcher);
    expect(keySet.description).toBe('JWKS with 1 key');
    expect(keySet.origin).toBe('issuer');
  });

  it('explains invalid JSON', async () => {
    const { fetcher } = network({
      'https://as.example/keys': () => new Response('{nope', { status: 200 }),
    });
    const error = (await getJwks('https://as.example/keys', undefined, fetcher).catch(
      (caught: unknown) => caught,
    )) as DiscoveryError;
    expect(error.code).toBe('not-json');
  });
});

describe('query options', () => {
  it('key every query by the one input of its query function, and keep it for 24 hours', () => {
    const discovery = discoveryDocumentQueryOptions(OIDC);
    expect(discovery.queryKey).toEqual(['verify', 'discovery-document', OIDC]);
    expect(discovery.staleTime).toBe(24 * 60 * 60 * 1000);
    const jwks = jwksQueryOptions('https://as.example/keys');
    expect(jwks.queryKey).toEqual(['verify', 'jwks', 'https://as.example/keys']);
    expect(jwks.staleTime).toBe(24 * 60 * 60 * 1000);
  });
});
