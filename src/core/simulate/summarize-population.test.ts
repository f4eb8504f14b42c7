import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './scenario.ts';
import { populationInput, simulateScenarioSample } from './simulate-scenario.ts';
import { simulatePopulation } from './simulate-population.ts';
import { summarizePopulation } from './summarize-population.ts';

const HOUR = 3_600_000;

describe('summarizePopulation', () => {
  it('states min / median / max and the 1h00m – 2h30m range for the default scenario (SIF 1 h)', () => {
    const summary = summarizePopulation(
      simulatePopulation(populationInput(DEFAULT_SCENARIO)),
      HOUR,
    );
    expect(summary.headline).toMatch(
      /^Time between credential prompts: min 1h00m · median 1h\d\dm · max 2h29m$/,
    );
    expect(summary.range).toBe(
      'Expected range 1h00m – 2h30m (SIF to SIF + the longest token lifetime)',
    );
    expect(summary.detail).toMatch(/^10,000 users over 7d00h00m: [\d,]+ silent renewals/);
  });

  it('the default scenario is the benchmark: well over a million renewals', () => {
    expect(simulatePopulation(populationInput(DEFAULT_SCENARIO)).renewals).toBeGreaterThan(
      1_100_000,
    );
  });

  it('explains an empty distribution without SIF, and with a SIF longer than the horizon', () => {
    const oneDay = { ...DEFAULT_SCENARIO, horizonDays: 1, users: 10 };
    expect(
      summarizePopulation(
        simulatePopulation(populationInput({ ...oneDay, sifMinutes: null })),
        null,
      ).headline,
    ).toBe(
      'No sign-in frequency: after the first sign-in every renewal is silent, so nobody is prompted again.',
    );
    expect(
      summarizePopulation(
        simulatePopulation(populationInput({ ...oneDay, sifMinutes: 2880 })),
        2880 * 60_000,
      ).headline,
    ).toBe(
      'Nobody was prompted twice: a sign-in frequency of 2d00h00m does not run out within 24h00m.',
    );
  });
});

describe('simulateScenarioSample', () => {
  it('draws the first simulated user over at most one day, the same for the same seed', () => {
    const sample = simulateScenarioSample(DEFAULT_SCENARIO);
    expect(sample.horizonMs).toBe(24 * HOUR);
    expect(sample.events[0]).toMatchObject({ at: 0, kind: 'sign-in', prompted: true });
    expect(simulateScenarioSample(DEFAULT_SCENARIO)).toEqual(sample);
    expect(simulateScenarioSample({ ...DEFAULT_SCENARIO, seed: 2 })).not.toEqual(sample);
  });
});
