import { useEffect, useState } from 'react';
import type { Scenario } from '../../../core/simulate/scenario.ts';
import {
  simulatePopulation,
  type PopulationResult,
} from '../../../core/simulate/simulate-population.ts';
import { populationInput } from '../../../core/simulate/simulate-scenario.ts';

export interface PopulationReply {
  result: PopulationResult;
  elapsedMs: number;
}

export type PopulationState =
  | { status: 'idle' }
  | { status: 'running'; previous: PopulationReply | undefined }
  | { status: 'done'; reply: PopulationReply }
  | { status: 'failed'; message: string };

type Settled =
  | { scenario: Scenario; reply: PopulationReply; message?: undefined }
  | { scenario: Scenario; reply?: undefined; message: string };

/**
 * Simulates the population in a Web Worker, one worker per scenario: a newer scenario
 * terminates the run it replaces instead of queueing behind it.
 */
export function usePopulation(scenario: Scenario | undefined): PopulationState {
  const [settled, setSettled] = useState<Settled | undefined>(undefined);

  useEffect(() => {
    if (!scenario) return undefined;
    if (typeof Worker === 'undefined') {
      const timer = window.setTimeout(() => {
        const started = performance.now();
        const result = simulatePopulation(populationInput(scenario));
        setSettled({ scenario, reply: { result, elapsedMs: performance.now() - started } });
      });
      return () => window.clearTimeout(timer);
    }
    const worker = new Worker(new URL('../population.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<PopulationReply>) =>
      setSettled({ scenario, reply: event.data });
    worker.onerror = (event) => {
      event.preventDefault();
      setSettled({ scenario, message: event.message || 'The simulation worker failed.' });
    };
    worker.postMessage(scenario);
    return () => worker.terminate();
  }, [scenario]);

  if (!scenario) return { status: 'idle' };
  if (settled?.scenario !== scenario) return { status: 'running', previous: settled?.reply };
  if (settled.reply) return { status: 'done', reply: settled.reply };
  return { status: 'failed', message: settled.message };
}
