import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../lifetime/format-duration.ts';
import { lifetimePolicy } from './lifetime-policy.ts';
import { mulberry32 } from './prng.ts';
import { randomSessionSource } from './random-source.ts';
import { simulateSampleSession } from './sample-session.ts';
import { simulatePopulation, type PopulationInput } from './simulate-population.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const sif1h = (overrides: Partial<PopulationInput> = {}): PopulationInput => ({
  model: { sifMs: HOUR, renewEarlyMs: 0, horizonMs: 7 * DAY },
  policy: lifetimePolicy('default', 0),
  interactivePerHour: 0.5,
  users: 10_000,
  seed: 1,
  ...overrides,
});

describe('simulatePopulation: SIF 1 h with the default variation', () => {
  const result = simulatePopulation(sif1h());
  const gaps = result.gaps!;

  it('spaces prompts between 1h00m and 2h30m, and a large run reaches both ends', () => {
    expect(gaps.minMs).toBeGreaterThanOrEqual(HOUR);
    expect(gaps.maxMs).toBeLessThanOrEqual(2.5 * HOUR);
    expect(gaps.minMs).toBeLessThan(HOUR + MINUTE);
    expect(gaps.maxMs).toBeGreaterThan(2.5 * HOUR - MINUTE);
    expect(formatDuration(gaps.minMs)).toBe('1h00m');
    expect(formatDuration(gaps.maxMs)).toBe('2h29m');
    expect(formatDuration(gaps.theoryMinMs)).toBe('1h00m');
    expect(formatDuration(gaps.theoryMaxMs)).toBe('2h30m');
    expect(gaps.medianMs).toBeGreaterThan(gaps.minMs);
    expect(gaps.medianMs).toBeLessThan(gaps.maxMs);
  });

  it('accounts for every gap in the histogram, which spans the theoretical range', () => {
    const histogram = gaps.histogram;
    expect(histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(gaps.count);
    expect(histogram[0]!.fromMs).toBe(HOUR);
    expect(histogram.at(-1)!.toMs).toBe(2.5 * HOUR);
    expect(histogram).toHaveLength(30);
    expect(gaps.count).toBe(result.prompts - result.users);
  });

  it('gives the same result for the same seed, and another for another seed', () => {
    expect(simulatePopulation(sif1h())).toEqual(result);
    expect(simulatePopulation(sif1h({ seed: 2 })).gaps!.medianMs).not.toBe(gaps.medianMs);
  });
});

describe('simulatePopulation: other policies and behaviours', () => {
  it('the benchmark case (10,000 users, 7 days, renew at expiry) makes well over a million renewals', () => {
    const result = simulatePopulation(sif1h({ interactivePerHour: 0 }));
    expect(result.renewals).toBeGreaterThan(1_300_000);
    expect(result.interactiveRequests).toBe(0);
    // Without interactive sign-ins the token issued at a prompt decides the next: 60–90 min.
    expect(result.gaps!.maxMs).toBeLessThanOrEqual(90 * MINUTE);
  });

  it('without SIF nobody is prompted after the first sign-in', () => {
    const result = simulatePopulation(
      sif1h({ model: { sifMs: null, renewEarlyMs: 0, horizonMs: 7 * DAY }, users: 100 }),
    );
    expect(result.prompts).toBe(100);
    expect(result.gaps).toBeUndefined();
  });

  // No Conditional Access means no sign-in frequency, and SIF keeps the default variation, so
  // neither the 2-hour nor the CAE long-lived lifetimes ever meet a SIF (effective-policy.ts).
  it('no Conditional Access: 2-hour tokens renewed silently, nobody prompted after signing in', () => {
    const result = simulatePopulation(
      sif1h({
        model: { sifMs: null, renewEarlyMs: 0, horizonMs: 7 * DAY },
        policy: lifetimePolicy('no-ca', 0),
        interactivePerHour: 0,
        users: 10,
      }),
    );
    // Tokens at 0:00, 2:00 … 166:00; the one due at 168:00 falls on the horizon.
    expect(result.renewals).toBe(10 * 83);
    expect(result.prompts).toBe(10);
    expect(result.gaps).toBeUndefined();
  });

  it('CAE long-lived tokens (20–28 h) are renewed about once a day', () => {
    const result = simulatePopulation(
      sif1h({
        model: { sifMs: null, renewEarlyMs: 0, horizonMs: 7 * DAY },
        policy: lifetimePolicy('cae', 0),
        interactivePerHour: 0,
        users: 1000,
      }),
    );
    expect(result.renewals / 1000).toBeGreaterThanOrEqual(6);
    expect(result.renewals / 1000).toBeLessThanOrEqual(8);
    expect(result.prompts).toBe(1000);
  });

  it('user 1 of a population is the sample session of the same seed', () => {
    const input = sif1h({ users: 1 });
    const sample = simulateSampleSession(
      input.model,
      randomSessionSource(input.policy, input.interactivePerHour, mulberry32(input.seed)),
    );
    const population = simulatePopulation(input);
    expect(population.gaps!.count).toBe(sample.promptGapsMs.length);
    expect(population.gaps!.minMs).toBe(Math.min(...sample.promptGapsMs));
    expect(population.gaps!.maxMs).toBe(Math.max(...sample.promptGapsMs));
    expect(population.prompts).toBe(sample.prompts.length);
  });
});

describe('the SIF model, as properties of any session', () => {
  const scenario = fc.record({
    policy: fc.oneof(
      fc.constantFrom(
        lifetimePolicy('default', 0),
        lifetimePolicy('no-ca', 0),
        lifetimePolicy('cae', 0),
      ),
      fc.integer({ min: 10, max: 1440 }).map((minutes) => lifetimePolicy('ctl', minutes * MINUTE)),
    ),
    sifMinutes: fc.option(fc.integer({ min: 1, max: 3 * 24 * 60 }), { nil: null }),
    renewEarlyFraction: fc.double({ min: 0, max: 0.9, noNaN: true }),
    interactivePerHour: fc.constantFrom(0, 0.1, 0.5, 2),
    seed: fc.integer({ min: 0, max: 0xffff_ffff }),
  });

  it('prompt gaps always lie within [SIF, SIF + longest lifetime]; prompts happen exactly when due', () => {
    fc.assert(
      fc.property(
        scenario,
        ({ policy, sifMinutes, renewEarlyFraction, interactivePerHour, seed }) => {
          const sifMs = sifMinutes === null ? null : sifMinutes * MINUTE;
          const renewEarlyMs = Math.floor((policy.minMs * renewEarlyFraction) / MINUTE) * MINUTE;
          const session = simulateSampleSession(
            { sifMs, renewEarlyMs, horizonMs: 2 * DAY },
            randomSessionSource(policy, interactivePerHour, mulberry32(seed)),
          );
          if (sifMs === null) expect(session.prompts).toEqual([0]);
          for (const gap of session.promptGapsMs) {
            if (gap < sifMs! || gap > sifMs! + policy.maxMs) expect(gap).toBe('within range');
          }
          let lastPrompt = 0;
          session.events.forEach((event, index) => {
            const previous = session.events[index - 1];
            if (previous) {
              // Time moves on, and nobody goes without a token: each trip comes before the
              // previous token expires (or at its expiry).
              if (event.at <= previous.at || event.at > previous.expiresAt)
                expect(event).toBe(previous);
              const due = sifMs !== null && event.at - lastPrompt >= sifMs;
              if (event.prompted !== due)
                expect({ ...event, lastPrompt }).toBe('prompted exactly when due');
            }
            if (event.prompted) lastPrompt = event.at;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
