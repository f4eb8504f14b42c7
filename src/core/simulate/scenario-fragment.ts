import {
  DEFAULT_SCENARIO,
  SCENARIO_FIELDS,
  scenarioToInputs,
  type ScenarioField,
  type ScenarioInputs,
} from './scenario.ts';

/**
 * Fragment parameter names. Prefixed with `sim.` so they can never collide with the token's
 * own `token` / `id_token` / `access_token` parameters in the same fragment.
 */
export const SCENARIO_PARAMETERS: Record<ScenarioField, string> = {
  policy: 'sim.policy',
  ctlMinutes: 'sim.ctl',
  sifMinutes: 'sim.sif',
  renewEarlyMinutes: 'sim.early',
  interactivePerHour: 'sim.interactive',
  horizonDays: 'sim.days',
  users: 'sim.users',
  seed: 'sim.seed',
};

/** Inputs from a URL fragment; a parameter that is absent takes its default. */
export function readScenarioInputs(params: URLSearchParams): ScenarioInputs {
  const inputs = scenarioToInputs(DEFAULT_SCENARIO);
  for (const field of SCENARIO_FIELDS) {
    const value = params.get(SCENARIO_PARAMETERS[field]);
    if (value !== null) inputs[field] = value;
  }
  return inputs;
}

/**
 * Writes every input, as typed, so a link reopens exactly what its sender saw, including an
 * empty sign-in frequency (`sim.sif=`, no SIF) and any value still to be fixed.
 */
export function writeScenarioInputs(params: URLSearchParams, inputs: ScenarioInputs): void {
  for (const field of SCENARIO_FIELDS) params.set(SCENARIO_PARAMETERS[field], inputs[field]);
}

export function hasScenarioParameters(params: URLSearchParams): boolean {
  return SCENARIO_FIELDS.some((field) => params.has(SCENARIO_PARAMETERS[field]));
}
