import { describe, expect, it } from 'vitest';
import { effectiveLifetimePolicy } from './effective-policy.ts';
import { lifetimePolicy } from './lifetime-policy.ts';
import { parseScenario } from './parse-scenario.ts';
import { DEFAULT_SCENARIO, scenarioToInputs, type Scenario } from './scenario.ts';
import { populationInput } from './simulate-scenario.ts';
import { simulatePopulation } from './simulate-population.ts';
import { summarizePopulation } from './summarize-population.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('the platform rules on lifetime policies', () => {
  it('with a sign-in frequency, a fixed lifetime (CTL) does not apply: the default variation does', () => {
    expect(effectiveLifetimePolicy('ctl', 60, 60)).toEqual({
      policy: lifetimePolicy('default', 0),
      override:
        'Organisations that set a sign-in frequency cannot override the default lifetime variation, so the fixed lifetime of 60 minutes does not apply: this simulates the default 60–90 minute variation.',
    });
  });

  it('with a sign-in frequency, the CAE long-lived range does not apply either', () => {
    expect(effectiveLifetimePolicy('cae', 60, 60)).toEqual({
      policy: lifetimePolicy('default', 0),
      override:
        'Organisations that set a sign-in frequency cannot override the default lifetime variation, so the CAE long-lived range (20–28 hours) does not apply: this simulates the default 60–90 minute variation.',
    });
  });

  it('without a sign-in frequency, the chosen policy applies as it is', () => {
    for (const id of ['default', 'ctl', 'cae', 'no-ca'] as const) {
      expect(effectiveLifetimePolicy(id, 45, null)).toEqual({
        policy: lifetimePolicy(id, 45 * MINUTE),
        override: undefined,
      });
    }
    expect(effectiveLifetimePolicy('default', 45, 60).override).toBeUndefined();
  });

  it('fixed lifetime + SIF 60 spaces prompts 1h00m to 2h30m, not 1h00m to 2h00m', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, policy: 'ctl', ctlMinutes: 60, users: 2000 };
    const input = populationInput(scenario);
    expect(input.policy).toEqual(lifetimePolicy('default', 0));
    const summary = summarizePopulation(simulatePopulation(input), HOUR);
    expect(summary.range).toBe(
      'Expected range 1h00m – 2h30m (SIF to SIF + the longest token lifetime)',
    );
  });

  it('refuses a sign-in frequency without Conditional Access, and explains why', () => {
    const parsed = parseScenario({ ...scenarioToInputs(DEFAULT_SCENARIO), policy: 'no-ca' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(
      parsed.errors.map((error) => ({
        code: error.code,
        field: error.field,
        message: error.message,
      })),
    ).toEqual([
      {
        code: 'sif-without-conditional-access',
        field: 'sifMinutes',
        message:
          'A sign-in frequency is a Conditional Access control, so a tenant without Conditional Access cannot set one: clear Sign-in frequency (minutes), or choose another Lifetime policy.',
      },
    ]);
    expect(
      parseScenario({ ...scenarioToInputs(DEFAULT_SCENARIO), policy: 'no-ca', sifMinutes: '' }),
    ).toMatchObject({ ok: true, scenario: { policy: 'no-ca', sifMinutes: null } });
  });
});
