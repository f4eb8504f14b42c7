import { useCallback, useMemo } from 'react';
import {
  readScenarioInputs,
  SCENARIO_PARAMETERS,
  writeScenarioInputs,
} from '../../../core/simulate/scenario-fragment.ts';
import {
  SCENARIO_FIELDS,
  type ScenarioField,
  type ScenarioInputs,
} from '../../../core/simulate/scenario.ts';
import { useFragmentStore } from '../../../lib/fragment.ts';
import { useFragmentParameters } from '../../../lib/use-fragment.ts';

const NAMES = SCENARIO_FIELDS.map((field) => SCENARIO_PARAMETERS[field]);

/**
 * The simulator's inputs as typed. They live in the URL fragment (the fragment store) and
 * nowhere else, so a copied address reopens the same scenario and a newly opened link or Clear
 * resets it. Written only once the user changes something: merely opening the page leaves the
 * fragment alone.
 */
export function useScenarioInputs(): {
  inputs: ScenarioInputs;
  change: (field: ScenarioField, value: string) => void;
} {
  const store = useFragmentStore();
  const values = useFragmentParameters(NAMES);
  const inputs = useMemo(() => {
    const params = new URLSearchParams();
    NAMES.forEach((name, index) => {
      const value = values[index];
      if (value !== null && value !== undefined) params.set(name, value);
    });
    return readScenarioInputs(params);
  }, [values]);

  const change = useCallback(
    (field: ScenarioField, value: string) => {
      store.update((params) =>
        writeScenarioInputs(params, { ...readScenarioInputs(params), [field]: value }),
      );
    },
    [store],
  );

  return { inputs, change };
}
