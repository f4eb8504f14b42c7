import type { ParsedScenario } from '../../../core/simulate/parse-scenario.ts';
import { scenarioPolicyOverride } from '../../../core/simulate/simulate-scenario.ts';
import { summarizePopulation } from '../../../core/simulate/summarize-population.ts';
import type { PopulationState } from '../hooks/use-population.ts';

interface SimulationStatusProps {
  parsed: ParsedScenario;
  population: PopulationState;
}

/**
 * The simulator's result in words — min / median / max time between credential prompts and the
 * expected range — as the one live status of the simulator. Only what the scenario decides goes
 * in here (not the run time), so a shared link shows the very same status.
 */
export function SimulationStatus({ parsed, population }: SimulationStatusProps) {
  const running = population.status === 'running';
  const reply =
    population.status === 'done'
      ? population.reply
      : population.status === 'running'
        ? population.previous
        : undefined;
  const sifMs =
    parsed.ok && parsed.scenario.sifMinutes !== null ? parsed.scenario.sifMinutes * 60_000 : null;
  const summary = reply && parsed.ok ? summarizePopulation(reply.result, sifMs) : undefined;
  const override = parsed.ok ? scenarioPolicyOverride(parsed.scenario) : undefined;

  return (
    <div
      role="status"
      aria-busy={running}
      className="rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm text-slate-900 dark:border-indigo-800 dark:bg-indigo-950/50 dark:text-slate-100"
    >
      {!parsed.ok ? (
        <p className="font-semibold text-red-800 dark:text-red-300">
          Fix the {parsed.errors.length === 1 ? 'input' : 'inputs'} above to run the simulation:{' '}
          {parsed.errors.map((error) => error.message).join(' ')}
        </p>
      ) : population.status === 'failed' ? (
        <p className="font-semibold text-red-800 dark:text-red-300">
          The simulation failed: {population.message}
        </p>
      ) : summary && reply ? (
        <>
          <p className="text-base font-semibold">{summary.headline}</p>
          {summary.range ? <p>{summary.range}</p> : null}
          {override ? <p className="font-medium">{override}</p> : null}
          <p className="text-slate-700 dark:text-slate-300">
            {summary.detail}
            {running ? ' Updating…' : ''}
          </p>
        </>
      ) : (
        <p>Simulating…</p>
      )}
    </div>
  );
}
