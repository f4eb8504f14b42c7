import { useCallback, useState } from 'react';
import { readFragment, updateFragment } from './fragment.ts';

/**
 * A text input whose value also lives in one URL-fragment parameter, so a shared link reopens
 * it. Only for values that are safe to share: never a key or a secret.
 */
export function useFragmentState(name: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => readFragment().get(name) ?? '');
  const update = useCallback(
    (next: string) => {
      setValue(next);
      updateFragment((params) => {
        if (next === '') params.delete(name);
        else params.set(name, next);
      });
    },
    [name],
  );
  return [value, update];
}
