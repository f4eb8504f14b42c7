import { formatDuration } from '../lifetime/format-duration.ts';
import type { PopulationResult } from './simulate-population.ts';

export interface PopulationSummary {
  /** `min 1h00m · median 1h18m · max 2h29m`, or why there is no spacing to show. */
  headline: string;
  /** `expected range 1h00m – 2h30m (SIF to SIF + longest token lifetime)`. */
  range: string | undefined;
  /** How much was simulated. */
  detail: string;
}

const counts = new Intl.NumberFormat('en-US');

/** The words for the simulator's status: what a person reads first, so it is computed and tested here. */
export function summarizePopulation(
  result: PopulationResult,
  sifMs: number | null,
): PopulationSummary {
  const horizon = formatDuration(result.horizonMs);
  const users = `${counts.format(result.users)} ${result.users === 1 ? 'user' : 'users'}`;
  const detail = `${users} over ${horizon}: ${counts.format(result.renewals)} silent renewals, ${counts.format(result.interactiveRequests)} interactive sign-ins, ${counts.format(result.prompts)} credential prompts.`;
  if (sifMs === null) {
    return {
      headline:
        'No sign-in frequency: after the first sign-in every renewal is silent, so nobody is prompted again.',
      range: undefined,
      detail,
    };
  }
  const gaps = result.gaps;
  if (!gaps) {
    return {
      headline: `Nobody was prompted twice: a sign-in frequency of ${formatDuration(sifMs)} does not run out within ${horizon}.`,
      range: undefined,
      detail,
    };
  }
  return {
    headline: `Time between credential prompts: min ${formatDuration(gaps.minMs)} · median ${formatDuration(gaps.medianMs)} · max ${formatDuration(gaps.maxMs)}`,
    range: `Expected range ${formatDuration(gaps.theoryMinMs)} – ${formatDuration(gaps.theoryMaxMs)} (SIF to SIF + the longest token lifetime)`,
    detail: `${detail} ${counts.format(gaps.count)} intervals between prompts.`,
  };
}
