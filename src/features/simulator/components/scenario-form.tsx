import {
  LIFETIME_POLICY_IDS,
  LIFETIME_POLICY_LABELS,
  type LifetimePolicyId,
} from '../../../core/simulate/lifetime-policy.ts';
import { SCENARIO_BOUNDS } from '../../../core/simulate/parse-scenario.ts';
import {
  SCENARIO_LABELS,
  type ScenarioField,
  type ScenarioInputs,
} from '../../../core/simulate/scenario.ts';
import { NumberField } from './number-field.tsx';
import { SelectField } from './select-field.tsx';

interface ScenarioFormProps {
  inputs: ScenarioInputs;
  errors: Partial<Record<ScenarioField, string>>;
  onChange: (field: ScenarioField, value: string) => void;
}

const POLICY_OPTIONS = LIFETIME_POLICY_IDS.map((id) => ({
  value: id,
  label: LIFETIME_POLICY_LABELS[id],
}));

/** The simulator's inputs. Values stay as typed; core validates them and names what is wrong. */
export function ScenarioForm({ inputs, errors, onChange }: ScenarioFormProps) {
  const number = (
    field: Exclude<ScenarioField, 'policy'>,
    hint?: string,
    step: number | 'any' = 1,
  ) => (
    <NumberField
      label={SCENARIO_LABELS[field]}
      value={inputs[field]}
      onChange={(value) => onChange(field, value)}
      hint={hint}
      error={errors[field]}
      min={SCENARIO_BOUNDS[field].min}
      max={SCENARIO_BOUNDS[field].max}
      step={step}
    />
  );
  return (
    <form
      className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4"
      onSubmit={(event) => event.preventDefault()}
      aria-label="Scenario"
    >
      <SelectField<LifetimePolicyId>
        label={SCENARIO_LABELS.policy}
        value={inputs.policy}
        options={POLICY_OPTIONS}
        onChange={(value) => onChange('policy', value)}
        error={errors.policy}
      />
      {inputs.policy === 'ctl'
        ? number(
            'ctlMinutes',
            'Configurable token lifetime: 10 to 1,440. Not applied while a sign-in frequency is set.',
          )
        : null}
      {number('sifMinutes', 'Empty: no sign-in frequency.')}
      {number('renewEarlyMinutes', '0 renews at expiry.')}
      {number('interactivePerHour', 'On average; 0 for none.', 'any')}
      {number('horizonDays')}
      {number('users')}
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">{number('seed', 'Same seed, same result.')}</div>
        <button
          type="button"
          onClick={() => onChange('seed', String(newSeed()))}
          className="mb-5 rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          New seed
        </button>
      </div>
    </form>
  );
}

function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
