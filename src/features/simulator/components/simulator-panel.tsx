import { useId, useMemo, type ReactNode } from 'react';
import { explainSession } from '../../../core/simulate/explain-session.ts';
import {
  LIFETIME_POLICY_DESCRIPTIONS,
  LIFETIME_POLICY_IDS,
} from '../../../core/simulate/lifetime-policy.ts';
import { parseScenario } from '../../../core/simulate/parse-scenario.ts';
import type { ScenarioField } from '../../../core/simulate/scenario.ts';
import { simulateScenarioSample } from '../../../core/simulate/simulate-scenario.ts';
import { Panel } from '../../../components/ui/panel.tsx';
import { usePopulation } from '../hooks/use-population.ts';
import { useScenarioInputs } from '../hooks/use-scenario-inputs.ts';
import { PromptGapHistogram } from './prompt-gap-histogram.tsx';
import { RefreshTokenTimeouts } from './refresh-token-timeouts.tsx';
import { RevocationMatrix } from './revocation-matrix.tsx';
import { ScenarioForm } from './scenario-form.tsx';
import { SessionChart, SessionLegend } from './session-chart.tsx';
import { SessionSteps } from './session-steps.tsx';
import { SimulationStatus } from './simulation-status.tsx';
import { TokenFlowsTable } from './token-flows-table.tsx';
import { Walkthrough } from './walkthrough.tsx';

/**
 * The sign-in-frequency simulator: a scenario (kept in the URL fragment), the population's
 * spacing of credential prompts, one sample session, and the reference material that explains
 * them. Needs no props: its inputs live in the fragment.
 */
export function SimulatorPanel() {
  const { inputs, change } = useScenarioInputs();
  const parsed = useMemo(() => parseScenario(inputs), [inputs]);
  const scenario = parsed.ok ? parsed.scenario : undefined;
  const population = usePopulation(scenario);
  const sample = useMemo(
    () => (scenario ? simulateScenarioSample(scenario) : undefined),
    [scenario],
  );
  const steps = useMemo(
    () => (sample && scenario ? explainSession(sample, scenario.renewEarlyMinutes * 60_000) : []),
    [sample, scenario],
  );
  const errors = useMemo(() => {
    const byField: Partial<Record<ScenarioField, string>> = {};
    if (!parsed.ok) for (const error of parsed.errors) byField[error.field] ??= error.message;
    return byField;
  }, [parsed]);
  const gaps = population.status === 'done' ? population.reply.result.gaps : undefined;
  const policy = LIFETIME_POLICY_IDS.find((id) => id === inputs.policy);

  return (
    <Panel title="Sign-in frequency simulation">
      <div className="space-y-6">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          A credential prompt happens only when the app goes back to the identity provider — to
          renew its token or for an interactive sign-in — and at least the sign-in frequency (SIF)
          has passed since the last prompt. So prompts come between SIF and SIF + the token lifetime
          apart.
        </p>
        <ScenarioForm inputs={inputs} errors={errors} onChange={change} />
        {policy ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {LIFETIME_POLICY_DESCRIPTIONS[policy]}
          </p>
        ) : null}
        <div className="space-y-1">
          <SimulationStatus parsed={parsed} population={population} />
          {population.status === 'done' ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Simulated in {Math.max(1, Math.round(population.reply.elapsedMs))} ms, off the main
              thread.
            </p>
          ) : null}
        </div>

        {sample ? (
          <Subsection title="Sample session">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              The first simulated user&apos;s first day.
            </p>
            <SessionChart session={sample} />
            <SessionLegend />
            <details className="text-sm">
              <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                Sample session as text ({steps.length} steps)
              </summary>
              <div className="mt-2">
                <SessionSteps steps={steps} />
              </div>
            </details>
          </Subsection>
        ) : null}

        {gaps ? (
          <Subsection title="Time between credential prompts">
            <PromptGapHistogram gaps={gaps} />
          </Subsection>
        ) : null}

        <Subsection title="Walkthrough">
          <Walkthrough />
        </Subsection>
        <Subsection title="Refresh-token timeouts">
          <RefreshTokenTimeouts />
        </Subsection>
        <Subsection title="Refresh-token revocation">
          <RevocationMatrix />
        </Subsection>
        <Subsection title="Which flow yields which tokens">
          <TokenFlowsTable />
        </Subsection>
      </div>
    </Panel>
  );
}

function Subsection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h3>
      {children}
    </section>
  );
}
