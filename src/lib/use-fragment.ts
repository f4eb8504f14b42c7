import { useMemo, useSyncExternalStore } from 'react';
import { useFragmentStore } from './fragment.ts';

/** How many navigations (a link opened in this tab, back, forward) the page has seen. */
export function useFragmentNavigation(): number {
  const store = useFragmentStore();
  return useSyncExternalStore(store.subscribe, () => store.getSnapshot().navigation);
}

/** One fragment parameter (null when absent); re-renders only when it changes. */
export function useFragmentParameter(name: string): string | null {
  const store = useFragmentStore();
  return useSyncExternalStore(store.subscribe, () => store.getSnapshot().params.get(name));
}

/**
 * Several fragment parameters, in the order of `names` (null when absent); re-renders only
 * when one of them changes, and returns the same array until then.
 */
export function useFragmentParameters(names: readonly string[]): readonly (string | null)[] {
  const store = useFragmentStore();
  const key = useSyncExternalStore(store.subscribe, () => {
    const { params } = store.getSnapshot();
    return JSON.stringify(names.map((name) => params.get(name)));
  });
  return useMemo(() => JSON.parse(key) as (string | null)[], [key]);
}
