import { useCallback, useEffect, useState } from 'react';
import {
  hasScenarioParameters,
  readScenarioInputs,
  writeScenarioInputs,
} from '../../../core/simulate/scenario-fragment.ts';
import type { ScenarioField, ScenarioInputs } from '../../../core/simulate/scenario.ts';
import { readFragment, updateFragment } from '../../../lib/fragment.ts';

/**
 * The simulator's inputs as typed, kept in the URL fragment so a copied address reopens the
 * same scenario. Written only once the user changes something: merely opening the page leaves
 * the fragment alone.
 */
export function useScenarioInputs(): {
  inputs: ScenarioInputs;
  change: (field: ScenarioField, value: string) => void;
} {
  const [inputs, setInputs] = useState(() => readScenarioInputs(readFragment()));

  const change = useCallback(
    (field: ScenarioField, value: string) => {
      const next = { ...inputs, [field]: value };
      setInputs(next);
      updateFragment((params) => writeScenarioInputs(params, next));
    },
    [inputs],
  );

  // A scenario link pasted into the address bar of an open page.
  useEffect(() => {
    function onHashChange() {
      const params = readFragment();
      if (hasScenarioParameters(params)) setInputs(readScenarioInputs(params));
    }
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  return { inputs, change };
}
