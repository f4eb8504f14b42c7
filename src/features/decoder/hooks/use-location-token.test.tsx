// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FragmentStoreContext } from '../../../lib/fragment.ts';
import { createFragmentStore, type FragmentStore } from '../../../lib/fragment-store.ts';
import { useLocationToken } from './use-location-token.ts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function render(path: string) {
  window.history.replaceState(null, '', path);
  const store = createFragmentStore(window);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FragmentStoreContext value={store}>{children}</FragmentStoreContext>
  );
  return { store, ...renderHook(() => useLocationToken(), { wrapper }) };
}

function clearAll(store: FragmentStore) {
  store.update((params) => {
    for (const name of [...params.keys()]) params.delete(name);
  });
}

describe('useLocationToken', () => {
  it("drops the identity provider's error when the fragment is cleared", () => {
    const { store, result } = render('/#error=access_denied&error_description=No');
    expect(result.current.identityProviderError).toEqual({
      error: 'access_denied',
      description: 'No',
      uri: undefined,
    });
    act(() => clearAll(store));
    expect(result.current.identityProviderError).toBeUndefined();
  });

  it('says a token arrived in the query string until the fragment no longer holds it', () => {
    const { store, result } = render('/?id_token=a.b.c&state=s');
    expect(result.current).toMatchObject({ token: 'a.b.c', arrivedInQuery: true });
    act(() => clearAll(store));
    expect(result.current).toMatchObject({ token: undefined, arrivedInQuery: false });
  });

  it('reads a token from a link opened in the same tab', () => {
    const { result } = render('/#token=a.b.c');
    act(() => {
      window.history.replaceState(null, '', '/#id_token=x.y.z&signature=removed');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current).toMatchObject({
      token: 'x.y.z',
      parameter: 'id_token',
      signatureRemoved: true,
    });
  });

  it('stays the same object while parameters it does not read change', () => {
    const { store, result } = render('/#token=a.b.c');
    const before = result.current;
    act(() => store.update((params) => params.set('sim.sif', '60')));
    expect(result.current).toBe(before);
  });
});
