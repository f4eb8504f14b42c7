import { useCallback } from 'react';
import { useFragmentStore } from './fragment.ts';
import { useFragmentParameter } from './use-fragment.ts';

/**
 * A text input whose value lives in one URL-fragment parameter (and nowhere else), so a shared
 * link reopens it and Clear or a newly opened link resets it. Only for values that are safe to
 * share: never a key or a secret.
 */
export function useFragmentState(name: string): [string, (value: string) => void] {
  const store = useFragmentStore();
  const value = useFragmentParameter(name) ?? '';
  const update = useCallback(
    (next: string) => {
      store.update((params) => {
        if (next === '') params.delete(name);
        else params.set(name, next);
      });
    },
    [store, name],
  );
  return [value, update];
}
