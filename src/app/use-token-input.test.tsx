// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FragmentStoreContext } from '../lib/fragment.ts';
import { createFragmentStore } from '../lib/fragment-store.ts';
import { useTokenInput } from './use-token-input.ts';

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
  return { store, ...renderHook(() => useTokenInput(), { wrapper }) };
}

function navigate(path: string) {
  window.history.replaceState(null, '', path);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('useTokenInput', () => {
  it('shows the token the URL brings until the user edits', () => {
    const { result } = render('/#token=eyJhbGciOiJub25lIn0.e30.');
    expect(result.current.input).toBe('eyJhbGciOiJub25lIn0.e30.');
    expect(result.current.decoded.format).toBe('unsecured');
    act(() => result.current.edit('typed'));
    expect(result.current.input).toBe('typed');
  });

  it('keeps an edit while the fragment changes for other reasons', () => {
    const { store, result } = render('/#token=a.b.c');
    act(() => result.current.edit('typed'));
    act(() => store.update((params) => params.set('verify.aud', 'x')));
    expect(result.current.input).toBe('typed');
  });

  it('gives way to a link opened in the same tab', () => {
    const { result } = render('/#token=a.b.c');
    act(() => result.current.edit('typed'));
    act(() => navigate('/#token=x.y.z'));
    expect(result.current.input).toBe('x.y.z');
  });

  it('Clear empties the box and the fragment, with its error and query-string warning', () => {
    const { result } = render('/?error=access_denied&error_description=No');
    expect(result.current.location.identityProviderError?.error).toBe('access_denied');
    expect(result.current.location.arrivedInQuery).toBe(true);
    act(() => result.current.clear());
    expect(result.current.input).toBe('');
    expect(window.location.hash).toBe('');
    expect(result.current.location.identityProviderError).toBeUndefined();
    expect(result.current.location.arrivedInQuery).toBe(false);
  });
});
