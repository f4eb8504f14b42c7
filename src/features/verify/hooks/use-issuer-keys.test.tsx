// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeKeyPair } from '../../../core/verify/test-tokens.ts';
import { useIssuerKeys } from './use-issuer-keys.ts';

/**
 * Public behaviour only (the verify feature is changing around these hooks): what is fetched
 * when, and what the hook hands back. Each test gets a fresh QueryClient without retries and
 * a stand-in network.
 */
const ISSUER = 'https://issuer.example';
const DISCOVERY = `${ISSUER}/.well-known/openid-configuration`;
const JWKS = `${ISSUER}/keys`;

let requested: string[];
let routes: Record<string, () => Response>;

beforeEach(async () => {
  const { publicJwk } = await makeKeyPair('RS256', { kid: 'A', alg: 'RS256', use: 'sig' });
  requested = [];
  routes = {
    [DISCOVERY]: () => Response.json({ issuer: ISSUER, jwks_uri: JWKS }),
    [JWKS]: () => Response.json({ keys: [publicJwk] }),
  };
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const route = routes[url];
    return route ? route() : new Response('nothing here', { status: 404, statusText: 'Not Found' });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function client(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

function render(queryClient: QueryClient, url: string, autoFetch = false) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useIssuerKeys(url, autoFetch), { wrapper });
}

describe('useIssuerKeys', () => {
  it('fetches nothing until the user asks, then the discovery document and its JWKS', async () => {
    const { result } = render(client(), DISCOVERY);
    expect(result.current.enabled).toBe(false);
    await act(async () => undefined);
    expect(requested).toEqual([]);

    act(() => result.current.fetchKeys());
    await waitFor(() => expect(result.current.jwks.isSuccess).toBe(true));
    expect(requested).toEqual([DISCOVERY, JWKS]);
    expect(result.current.jwksUri).toBe(JWKS);
    expect(result.current.jwks.data?.keys).toHaveLength(1);
  });

  it('fetches at once when automatic fetching is on', async () => {
    const { result } = render(client(), DISCOVERY, true);
    await waitFor(() => expect(result.current.jwks.isSuccess).toBe(true));
    expect(requested).toEqual([DISCOVERY, JWKS]);
  });

  it('serves a second token of the same issuer from the cache, with no request', async () => {
    const queryClient = client();
    const first = render(queryClient, DISCOVERY, true);
    await waitFor(() => expect(first.result.current.jwks.isSuccess).toBe(true));
    first.unmount();
    const second = render(queryClient, DISCOVERY);
    expect(second.result.current.jwks.data?.keys).toHaveLength(1);
    expect(requested).toEqual([DISCOVERY, JWKS]);
  });

  it('reports a failure and tries again when asked', async () => {
    const ok = routes[DISCOVERY]!;
    delete routes[DISCOVERY];
    const { result } = render(client(), DISCOVERY);
    act(() => result.current.fetchKeys());
    await waitFor(() => expect(result.current.discovery.isError).toBe(true));
    expect(result.current.discovery.error?.message).toContain('404 Not Found');

    routes[DISCOVERY] = ok;
    act(() => result.current.fetchKeys());
    await waitFor(() => expect(result.current.jwks.isSuccess).toBe(true));
  });

  it('refetches both documents on Refetch, even when fresh', async () => {
    const { result } = render(client(), DISCOVERY, true);
    await waitFor(() => expect(result.current.jwks.isSuccess).toBe(true));
    await act(() => result.current.refetch());
    expect(requested).toEqual([DISCOVERY, JWKS, DISCOVERY, JWKS]);
  });

  it('does nothing for an empty discovery URL', async () => {
    const { result } = render(client(), '');
    act(() => result.current.fetchKeys());
    await act(async () => undefined);
    expect(requested).toEqual([]);
  });
});
