import type { Scenario } from '../../core/simulate/scenario.ts';
import { simulatePopulation } from '../../core/simulate/simulate-population.ts';
import { populationInput } from '../../core/simulate/simulate-scenario.ts';
import type { PopulationReply } from './hooks/use-population.ts';

// Off the main thread: a large scenario takes a second, and typing must not stall meanwhile.
self.onmessage = (event: MessageEvent<Scenario>) => {
  const started = performance.now();
  const result = simulatePopulation(populationInput(event.data));
  const reply: PopulationReply = { result, elapsedMs: performance.now() - started };
  self.postMessage(reply);
};
