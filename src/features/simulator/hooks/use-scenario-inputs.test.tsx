// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, scenarioToInputs } from '../../../core/simulate/scenario.ts';
import { FragmentStoreContext } from '../../../lib/fragment.ts';
import { createFragmentStore } from '../../../lib/fragment-store.ts';
import { useScenarioInputs } from './use-scenario-inputs.ts';

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
  return { store, ...renderHook(() => useScenarioInputs(), { wrapper }) };
}

const DEFAULTS = scenarioToInputs(DEFAULT_SCENARIO);

describe('useScenarioInputs', () => {
  it('starts from the defaults and leaves the fragment alone until a change', () => {
    const { result } = render('/#token=a.b.c');
    expect(result.current.inputs).toEqual(DEFAULTS);
    expect(window.location.hash).toBe('#token=a.b.c');
  });

  it("reads a link's scenario, as typed", () => {
    const { result } = render('/#sim.policy=no-ca&sim.sif=');
    expect(result.current.inputs).toEqual({ ...DEFAULTS, policy: 'no-ca', sifMinutes: '' });
  });

  it('writes every input on a change, keeping the other parameters', () => {
    const { result } = render('/#token=a.b.c');
    act(() => result.current.change('sifMinutes', '90'));
    expect(result.current.inputs.sifMinutes).toBe('90');
    const params = new URLSearchParams(window.location.hash.slice(1));
    expect(params.get('token')).toBe('a.b.c');
    expect(params.get('sim.sif')).toBe('90');
    expect(params.get('sim.policy')).toBe(DEFAULTS.policy);
    act(() => result.current.change('users', '10'));
    expect(result.current.inputs).toMatchObject({ sifMinutes: '90', users: '10' });
  });

  it('keeps the same inputs object while other parameters change', () => {
    const { store, result } = render('/#sim.sif=60');
    const before = result.current.inputs;
    act(() => store.update((params) => params.set('verify.aud', 'x')));
    expect(result.current.inputs).toBe(before);
  });

  it('follows Clear and a newly opened link', () => {
    const { store, result } = render('/#sim.sif=60');
    act(() => {
      window.history.replaceState(null, '', '/#sim.sif=120');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current.inputs.sifMinutes).toBe('120');
    act(() => store.update((params) => params.delete('sim.sif')));
    expect(result.current.inputs).toEqual(DEFAULTS);
  });
});
