import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse-scenario.ts';
import { DEFAULT_SCENARIO, scenarioToInputs, type ScenarioInputs } from './scenario.ts';
import { SimulationInputError } from './simulation-input-error.ts';

const defaults = scenarioToInputs(DEFAULT_SCENARIO);
const parse = (changes: Partial<ScenarioInputs>) => parseScenario({ ...defaults, ...changes });

function onlyError(changes: Partial<ScenarioInputs>) {
  const parsed = parse(changes);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) throw new Error('unreachable');
  expect(parsed.errors).toHaveLength(1);
  const error = parsed.errors[0]!;
  expect(error).toBeInstanceOf(SimulationInputError);
  return { code: error.code, field: error.field, message: error.message };
}

describe('parseScenario', () => {
  it('accepts the defaults', () => {
    expect(parse({})).toEqual({ ok: true, scenario: DEFAULT_SCENARIO });
  });

  it('reads an empty sign-in frequency as no SIF', () => {
    expect(parse({ sifMinutes: '' })).toEqual({
      ok: true,
      scenario: { ...DEFAULT_SCENARIO, sifMinutes: null },
    });
    expect(parse({ sifMinutes: '  ' })).toMatchObject({ ok: true, scenario: { sifMinutes: null } });
  });

  it('trims and accepts decimals where they make sense', () => {
    expect(parse({ interactivePerHour: ' 0.25 ', users: '+50' })).toMatchObject({
      ok: true,
      scenario: { interactivePerHour: 0.25, users: 50 },
    });
  });

  it.each([
    [
      { policy: 'weekly' },
      'unknown-policy',
      'policy',
      'Lifetime policy "weekly" is not one of: default, ctl, cae, no-ca.',
    ],
    [
      { sifMinutes: 'abc' },
      'not-a-number',
      'sifMinutes',
      'Sign-in frequency (minutes): "abc" is not a number; enter a whole number from 1 to 43,200.',
    ],
    [
      { sifMinutes: '0' },
      'out-of-range',
      'sifMinutes',
      'Sign-in frequency (minutes) must be a whole number from 1 to 43,200; 0 is too small.',
    ],
    [
      { sifMinutes: '1.5' },
      'not-whole',
      'sifMinutes',
      'Sign-in frequency (minutes) must be a whole number from 1 to 43,200; 1.5 is not a whole number.',
    ],
    [
      { users: '' },
      'missing',
      'users',
      'Simulated users is empty; enter a whole number from 1 to 100,000.',
    ],
    [
      { users: '100001' },
      'out-of-range',
      'users',
      'Simulated users must be a whole number from 1 to 100,000; 100001 is too large.',
    ],
    [
      { horizonDays: '1e3' },
      'not-a-number',
      'horizonDays',
      'Horizon (days): "1e3" is not a number; enter a whole number from 1 to 30.',
    ],
    [
      { interactivePerHour: '-1' },
      'out-of-range',
      'interactivePerHour',
      'Interactive sign-ins per hour must be a number from 0 to 12; -1 is too small.',
    ],
    [
      { seed: '4294967296' },
      'out-of-range',
      'seed',
      'Seed must be a whole number from 0 to 4,294,967,295; 4294967296 is too large.',
    ],
    [
      { policy: 'ctl', ctlMinutes: '5' },
      'out-of-range',
      'ctlMinutes',
      'Fixed lifetime (minutes) must be a whole number from 10 to 1,440; 5 is too small.',
    ],
    [
      { renewEarlyMinutes: '60' },
      'renewal-too-early',
      'renewEarlyMinutes',
      'Renew early by (minutes) must be less than the shortest token lifetime of this policy (60 minutes); 60 would renew a token as soon as it is issued.',
    ],
    [
      // Without SIF: with one, the fixed lifetime does not apply (the default variation does).
      { policy: 'ctl', ctlMinutes: '30', renewEarlyMinutes: '30', sifMinutes: '' },
      'renewal-too-early',
      'renewEarlyMinutes',
      'Renew early by (minutes) must be less than the shortest token lifetime of this policy (30 minutes); 30 would renew a token as soon as it is issued.',
    ],
    [
      { users: '100000', horizonDays: '30', interactivePerHour: '12' },
      'too-much-work',
      'users',
      'This scenario would simulate about 922 million token requests; keep it under 25 million with fewer users, a shorter horizon or fewer interactive sign-ins.',
    ],
  ] as const)('rejects %o with a precise message', (changes, code, field, message) => {
    expect(onlyError(changes)).toEqual({ code, field, message });
  });

  it('checks an early renewal against the lifetime the platform applies, not the one chosen', () => {
    // A fixed 30-minute lifetime does not apply with SIF: tokens last 60–90 minutes.
    expect(parse({ policy: 'ctl', ctlMinutes: '30', renewEarlyMinutes: '45' })).toMatchObject({
      ok: true,
    });
  });

  it('ignores a bad fixed lifetime while another policy is chosen', () => {
    expect(parse({ ctlMinutes: 'x' })).toMatchObject({ ok: true, scenario: { ctlMinutes: 60 } });
  });

  it('reports every bad input at once', () => {
    const parsed = parse({ sifMinutes: 'x', users: '0', seed: '-1' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((error) => error.field)).toEqual(['sifMinutes', 'users', 'seed']);
  });
});
