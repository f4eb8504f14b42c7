import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIFETIME_POLICY_IDS } from './lifetime-policy.ts';
import { parseScenario } from './parse-scenario.ts';
import { DEFAULT_SCENARIO, scenarioToInputs, type Scenario } from './scenario.ts';
import {
  hasScenarioParameters,
  readScenarioInputs,
  writeScenarioInputs,
} from './scenario-fragment.ts';

describe('scenario ⇄ URL fragment', () => {
  it('takes the defaults when the fragment has no simulator parameters', () => {
    const params = new URLSearchParams('id_token=abc.def.ghi');
    expect(hasScenarioParameters(params)).toBe(false);
    expect(readScenarioInputs(params)).toEqual(scenarioToInputs(DEFAULT_SCENARIO));
  });

  it('writes prefixed parameters next to the token without touching it', () => {
    const params = new URLSearchParams('id_token=abc.def.ghi');
    writeScenarioInputs(params, { ...scenarioToInputs(DEFAULT_SCENARIO), sifMinutes: '' });
    expect(params.toString()).toBe(
      'id_token=abc.def.ghi&sim.policy=default&sim.ctl=60&sim.sif=&sim.early=0&sim.interactive=0.2&sim.days=7&sim.users=10000&sim.seed=1',
    );
    expect(hasScenarioParameters(params)).toBe(true);
    expect(readScenarioInputs(params).sifMinutes).toBe('');
  });

  it('keeps a value still to be fixed, so the link shows the same message', () => {
    const params = new URLSearchParams('sim.sif=abc');
    const parsed = parseScenario(readScenarioInputs(params));
    expect(parsed.ok).toBe(false);
  });

  it('round-trips every valid scenario', () => {
    const scenarios = fc.record<Scenario>({
      policy: fc.constantFrom(...LIFETIME_POLICY_IDS),
      ctlMinutes: fc.integer({ min: 10, max: 1440 }),
      sifMinutes: fc.option(fc.integer({ min: 1, max: 43_200 }), { nil: null }),
      renewEarlyMinutes: fc.integer({ min: 0, max: 9 }),
      interactivePerHour: fc.constantFrom(0, 0.25, 1, 12),
      horizonDays: fc.integer({ min: 1, max: 30 }),
      users: fc.integer({ min: 1, max: 1000 }),
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    });
    // No Conditional Access with a sign-in frequency is no valid scenario: SIF is a CA control.
    const valid = scenarios.filter(
      (scenario) => scenario.policy !== 'no-ca' || scenario.sifMinutes === null,
    );
    fc.assert(
      fc.property(valid, (scenario) => {
        const params = new URLSearchParams();
        writeScenarioInputs(params, scenarioToInputs(scenario));
        const reopened = new URLSearchParams(params.toString());
        expect(parseScenario(readScenarioInputs(reopened))).toEqual({ ok: true, scenario });
      }),
    );
  });
});
