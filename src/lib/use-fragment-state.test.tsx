// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FragmentStoreContext } from './fragment.ts';
import { createFragmentStore, type FragmentStore } from './fragment-store.ts';
import { useFragmentParameters } from './use-fragment.ts';
import { useFragmentState } from './use-fragment-state.ts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function storeAt(path: string): FragmentStore {
  window.history.replaceState(null, '', path);
  return createFragmentStore(window);
}

function wrapper(store: FragmentStore) {
  return ({ children }: { children: ReactNode }) => (
    <FragmentStoreContext value={store}>{children}</FragmentStoreContext>
  );
}

describe('useFragmentState', () => {
  it('reads its parameter and writes it back to the URL', () => {
    const store = storeAt('/#token=a.b.c&verify.aud=api%3A%2F%2Fx');
    const { result } = renderHook(() => useFragmentState('verify.aud'), {
      wrapper: wrapper(store),
    });
    expect(result.current[0]).toBe('api://x');
    act(() => result.current[1]('api://y'));
    expect(result.current[0]).toBe('api://y');
    expect(window.location.hash).toBe('#token=a.b.c&verify.aud=api%3A%2F%2Fy');
    act(() => result.current[1](''));
    expect(window.location.hash).toBe('#token=a.b.c');
  });

  it('follows writes by anyone else through the store, such as Clear', () => {
    const store = storeAt('/#verify.discovery=https%3A%2F%2Fi.example%2F');
    const { result } = renderHook(() => useFragmentState('verify.discovery'), {
      wrapper: wrapper(store),
    });
    expect(result.current[0]).toBe('https://i.example/');
    act(() => store.update((params) => params.delete('verify.discovery')));
    expect(result.current[0]).toBe('');
  });

  it('follows a link opened in the same tab', () => {
    const store = storeAt('/#verify.aud=a');
    const { result } = renderHook(() => useFragmentState('verify.aud'), {
      wrapper: wrapper(store),
    });
    act(() => {
      window.history.replaceState(null, '', '/#verify.aud=b');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current[0]).toBe('b');
  });
});

describe('useFragmentParameters', () => {
  it('returns the same array until one of its parameters changes', () => {
    const store = storeAt('/#sim.sif=60&other=1');
    const { result } = renderHook(() => useFragmentParameters(['sim.sif', 'sim.users']), {
      wrapper: wrapper(store),
    });
    const first = result.current;
    expect(first).toEqual(['60', null]);
    act(() => store.update((params) => params.set('other', '2')));
    expect(result.current).toBe(first);
    act(() => store.update((params) => params.set('sim.users', '10')));
    expect(result.current).toEqual(['60', '10']);
  });
});
