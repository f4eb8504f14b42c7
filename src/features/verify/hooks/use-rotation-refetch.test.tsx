// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeKeyPair } from '../../../core/verify/test-tokens.ts';
import { jwksQueryOptions } from '../api/get-jwks.ts';
import { useRotationRefetch } from './use-rotation-refetch.ts';

/**
 * Public behaviour only: a kid missing from the cached JWKS refetches it once, refetches are
 * spaced, and what was decided is handed back. A fresh QueryClient (and so a fresh gate) per
 * test, without retries, over a stand-in network.
 */
const JWKS = 'https://issuer.example/keys';

let requested: string[];

beforeEach(async () => {
  const { publicJwk } = await makeKeyPair('RS256', { kid: 'A', alg: 'RS256', use: 'sig' });
  requested = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return Response.json({ keys: [publicJwk] });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function cachedClient(): Promise<QueryClient> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await queryClient.fetchQuery(jwksQueryOptions(JWKS));
  requested = [];
  return queryClient;
}

function render(queryClient: QueryClient, missingKid: string | undefined, tokenKid: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(
    ({ missing, kid }: { missing: string | undefined; kid: string }) =>
      useRotationRefetch(JWKS, missing, kid),
    { wrapper, initialProps: { missing: missingKid, kid: tokenKid } },
  );
}

describe('useRotationRefetch', () => {
  it('does nothing while the token’s kid is in the key set', async () => {
    const { result } = render(await cachedClient(), undefined, 'A');
    expect(result.current).toBeUndefined();
    expect(requested).toEqual([]);
  });

  it('refetches the cached JWKS once for an unknown kid, and says so', async () => {
    const { result, rerender } = render(await cachedClient(), 'B', 'B');
    await waitFor(() => expect(result.current?.decision).toBe('refetch'));
    await waitFor(() => expect(requested).toEqual([JWKS]));
    // The same unknown kid again: no second request.
    rerender({ missing: 'B', kid: 'B' });
    expect(requested).toEqual([JWKS]);
  });

  it('refuses a refetch for another unknown kid inside the cooldown', async () => {
    const queryClient = await cachedClient();
    const first = render(queryClient, 'B', 'B');
    await waitFor(() => expect(first.result.current?.decision).toBe('refetch'));
    const second = render(queryClient, 'forged', 'forged');
    await waitFor(() => expect(second.result.current?.decision).toBe('cooldown'));
    expect(requested).toEqual([JWKS]);
  });

  it('keeps one gate per QueryClient: a new cache starts with a clean slate', async () => {
    const first = render(await cachedClient(), 'B', 'B');
    await waitFor(() => expect(first.result.current?.decision).toBe('refetch'));
    const other = render(await cachedClient(), 'C', 'C');
    await waitFor(() => expect(other.result.current?.decision).toBe('refetch'));
  });
});
