import { useMemo, useState } from 'react';
import {
  DEFAULT_REFRESH_TOKEN_INPUTS,
  parseRefreshTokenInputs,
  REFRESH_TOKEN_LABELS,
  REFRESH_TOKEN_SCENARIO_DESCRIPTIONS,
  REFRESH_TOKEN_SCENARIO_LABELS,
  type RefreshTokenInputs,
  type RefreshTokenScenarioId,
} from '../../../core/simulate/refresh-token-inputs.ts';
import {
  explainRefreshToken,
  simulateRefreshToken,
  type SignInFactor,
} from '../../../core/simulate/refresh-token-timeouts.ts';
import { NumberField } from './number-field.tsx';
import { RefreshTokenChart } from './refresh-token-chart.tsx';
import { SelectField } from './select-field.tsx';

const SCENARIO_OPTIONS = (
  Object.keys(REFRESH_TOKEN_SCENARIO_LABELS) as RefreshTokenScenarioId[]
).map((id) => ({ value: id, label: REFRESH_TOKEN_SCENARIO_LABELS[id] }));
const FACTOR_OPTIONS: { value: SignInFactor; label: string }[] = [
  { value: 'single', label: 'Single-factor (password)' },
  { value: 'multi', label: 'Multi-factor (MaxAgeSessionMultiFactor: until-revoked)' },
];

/** Where a refresh token dies under MaxInactiveTime or a maximum session age, and the user must sign in. */
export function RefreshTokenTimeouts() {
  const [inputs, setInputs] = useState<RefreshTokenInputs>(DEFAULT_REFRESH_TOKEN_INPUTS);
  const parsed = useMemo(() => parseRefreshTokenInputs(inputs), [inputs]);
  const outcome = useMemo(() => {
    if (!parsed.ok) return undefined;
    const events = simulateRefreshToken(parsed.example.policy, parsed.example.activity);
    return { example: parsed.example, events, steps: explainRefreshToken(parsed.example, events) };
  }, [parsed]);
  const errorFor = (field: keyof typeof REFRESH_TOKEN_LABELS) =>
    parsed.ok ? undefined : parsed.errors.find((error) => error.field === field)?.message;
  const set = <Field extends keyof RefreshTokenInputs>(
    field: Field,
    value: RefreshTokenInputs[Field],
  ) => setInputs({ ...inputs, [field]: value });

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {REFRESH_TOKEN_SCENARIO_DESCRIPTIONS[inputs.scenario]}
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField<RefreshTokenScenarioId>
          label="Refresh-token scenario"
          value={inputs.scenario}
          options={SCENARIO_OPTIONS}
          onChange={(value) => set('scenario', value)}
        />
        {inputs.scenario === 'vacation' ? (
          <>
            <NumberField
              label={REFRESH_TOKEN_LABELS.maxInactiveDays}
              value={inputs.maxInactiveDays}
              onChange={(value) => set('maxInactiveDays', value)}
              error={errorFor('maxInactiveDays')}
              min={1}
              max={90}
            />
            <NumberField
              label={REFRESH_TOKEN_LABELS.awayDays}
              value={inputs.awayDays}
              onChange={(value) => set('awayDays', value)}
              hint="Last use Monday 17:00; back the same time of day."
              error={errorFor('awayDays')}
              min={1}
              max={60}
            />
          </>
        ) : (
          <>
            <NumberField
              label={REFRESH_TOKEN_LABELS.maxAgeHours}
              value={inputs.maxAgeHours}
              onChange={(value) => set('maxAgeHours', value)}
              hint="MaxAgeSessionSingleFactor; 24 is 1 day."
              error={errorFor('maxAgeHours')}
              min={1}
              max={2160}
            />
            <SelectField<SignInFactor>
              label="Sign-in"
              value={inputs.factor}
              options={FACTOR_OPTIONS}
              onChange={(value) => set('factor', value)}
            />
          </>
        )}
      </div>
      {outcome ? (
        <>
          <RefreshTokenChart example={outcome.example} events={outcome.events} />
          <p className="text-xs text-slate-700 dark:text-slate-300">
            Green: the refresh token is alive. Ticks: the app redeems it (tall red: the user must
            sign in). Cross: the token dies.
          </p>
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {outcome.steps.map((step) => (
              <li
                key={`${step.kind}-${step.at}`}
                className={
                  step.kind === 'sign-in-again'
                    ? 'font-semibold text-red-800 dark:text-red-300'
                    : ''
                }
              >
                {step.text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
