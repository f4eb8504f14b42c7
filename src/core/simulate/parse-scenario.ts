import { CTL_MAX_MS, CTL_MIN_MS } from '../lifetime/platform-lifetimes.ts';
import { effectiveLifetimePolicy } from './effective-policy.ts';
import { LIFETIME_POLICY_IDS, type LifetimePolicyId } from './lifetime-policy.ts';
import { SimulationInputError } from './simulation-input-error.ts';
import {
  SCENARIO_LABELS,
  type Scenario,
  type ScenarioField,
  type ScenarioInputs,
} from './scenario.ts';

const MINUTE = 60_000;

export type ScenarioInputError = SimulationInputError<ScenarioField>;

export type ParsedScenario =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioInputError[] };

export interface NumberBounds {
  min: number;
  max: number;
  whole: boolean;
}

export const SCENARIO_BOUNDS = {
  ctlMinutes: { min: CTL_MIN_MS / MINUTE, max: CTL_MAX_MS / MINUTE, whole: true },
  sifMinutes: { min: 1, max: 30 * 24 * 60, whole: true },
  renewEarlyMinutes: { min: 0, max: 24 * 60, whole: true },
  interactivePerHour: { min: 0, max: 12, whole: false },
  horizonDays: { min: 1, max: 30, whole: true },
  users: { min: 1, max: 100_000, whole: true },
  seed: { min: 0, max: 0xffff_ffff, whole: true },
} as const satisfies Partial<Record<ScenarioField, NumberBounds>>;

/**
 * Token requests one run may simulate. About a second in a worker on a slow machine; the
 * default scenario needs under two million.
 */
export const MAX_SIMULATED_REQUESTS = 25_000_000;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const integers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Validates the inputs as typed. Every bad input gets its own message naming the input, what was
 * typed and what is allowed; inputs that depend on another (the early renewal on the policy)
 * are checked once that other input is sound.
 */
export function parseScenario(inputs: ScenarioInputs): ParsedScenario {
  const errors: ScenarioInputError[] = [];
  const number = (field: keyof typeof SCENARIO_BOUNDS) =>
    readNumber(
      field,
      SCENARIO_LABELS[field],
      inputs[field],
      SCENARIO_BOUNDS[field],
      false,
      errors,
    ) ?? undefined;

  const policy = readPolicy(inputs.policy, errors);
  const ctlMinutes =
    policy === 'ctl' ? number('ctlMinutes') : (readQuietly(inputs.ctlMinutes) ?? 60);
  const sifMinutes = readNumber(
    'sifMinutes',
    SCENARIO_LABELS.sifMinutes,
    inputs.sifMinutes,
    SCENARIO_BOUNDS.sifMinutes,
    true,
    errors,
  );
  const renewEarlyMinutes = number('renewEarlyMinutes');
  const interactivePerHour = number('interactivePerHour');
  const horizonDays = number('horizonDays');
  const users = number('users');
  const seed = number('seed');

  if (policy === 'no-ca' && sifMinutes !== undefined && sifMinutes !== null) {
    errors.push(
      new SimulationInputError(
        'sif-without-conditional-access',
        'sifMinutes',
        `A sign-in frequency is a Conditional Access control, so a tenant without Conditional Access cannot set one: clear ${SCENARIO_LABELS.sifMinutes}, or choose another ${SCENARIO_LABELS.policy}.`,
      ),
    );
  }
  if (
    policy !== undefined &&
    ctlMinutes !== undefined &&
    sifMinutes !== undefined &&
    renewEarlyMinutes !== undefined
  ) {
    // Checked against what the platform applies: with SIF, a fixed lifetime gives way.
    const shortestMs = effectiveLifetimePolicy(policy, ctlMinutes, sifMinutes).policy.minMs;
    if (renewEarlyMinutes * MINUTE >= shortestMs) {
      errors.push(
        new SimulationInputError(
          'renewal-too-early',
          'renewEarlyMinutes',
          `${SCENARIO_LABELS.renewEarlyMinutes} must be less than the shortest token lifetime of this policy (${shortestMs / MINUTE} minutes); ${renewEarlyMinutes} would renew a token as soon as it is issued.`,
        ),
      );
    }
  }
  if (
    errors.length > 0 ||
    policy === undefined ||
    ctlMinutes === undefined ||
    sifMinutes === undefined ||
    renewEarlyMinutes === undefined ||
    interactivePerHour === undefined ||
    horizonDays === undefined ||
    users === undefined ||
    seed === undefined
  ) {
    return { ok: false, errors };
  }
  const scenario: Scenario = {
    policy,
    ctlMinutes,
    sifMinutes,
    renewEarlyMinutes,
    interactivePerHour,
    horizonDays,
    users,
    seed,
  };
  const requests = estimateRequests(scenario);
  if (requests > MAX_SIMULATED_REQUESTS) {
    return {
      ok: false,
      errors: [
        new SimulationInputError(
          'too-much-work',
          'users',
          `This scenario would simulate about ${integers.format(Math.round(requests / 1e6))} million token requests; keep it under ${integers.format(MAX_SIMULATED_REQUESTS / 1e6)} million with fewer users, a shorter horizon or fewer interactive sign-ins.`,
        ),
      ],
    };
  }
  return { ok: true, scenario };
}

/** Renewals (one per mean lifetime) plus interactive requests, across all users. */
export function estimateRequests(scenario: Scenario): number {
  const { policy } = effectiveLifetimePolicy(
    scenario.policy,
    scenario.ctlMinutes,
    scenario.sifMinutes,
  );
  const meanHours = (policy.minMs + policy.maxMs) / 2 / 3_600_000;
  const perHour = 1 / meanHours + scenario.interactivePerHour;
  return scenario.users * scenario.horizonDays * 24 * perHour;
}

function readPolicy(raw: string, errors: ScenarioInputError[]): LifetimePolicyId | undefined {
  const found = LIFETIME_POLICY_IDS.find((id) => id === raw.trim());
  if (found) return found;
  errors.push(
    new SimulationInputError(
      'unknown-policy',
      'policy',
      `${SCENARIO_LABELS.policy} "${raw}" is not one of: ${LIFETIME_POLICY_IDS.join(', ')}.`,
    ),
  );
  return undefined;
}

/** For an input nobody uses right now (the CTL minutes of another policy): keep it if sound. */
function readQuietly(raw: string): number | undefined {
  return (
    readNumber(
      'ctlMinutes',
      SCENARIO_LABELS.ctlMinutes,
      raw,
      SCENARIO_BOUNDS.ctlMinutes,
      false,
      [],
    ) ?? undefined
  );
}

/**
 * Reads one number as typed. Returns null for an empty optional input, undefined (and adds an
 * error naming `label`, the text and what is allowed) for a bad one.
 */
export function readNumber<Field extends string>(
  field: Field,
  label: string,
  raw: string,
  bounds: NumberBounds,
  optional: boolean,
  errors: SimulationInputError<Field>[],
): number | null | undefined {
  const allowed = `${bounds.whole ? 'a whole number ' : 'a number '}from ${integers.format(bounds.min)} to ${integers.format(bounds.max)}`;
  const text = raw.trim();
  const fail = (
    code: 'missing' | 'not-a-number' | 'not-whole' | 'out-of-range',
    message: string,
  ) => {
    errors.push(new SimulationInputError(code, field, message));
    return undefined;
  };
  if (text === '') {
    return optional ? null : fail('missing', `${label} is empty; enter ${allowed}.`);
  }
  if (!NUMBER.test(text))
    return fail('not-a-number', `${label}: "${raw}" is not a number; enter ${allowed}.`);
  const value = Number(text);
  if (bounds.whole && !Number.isInteger(value))
    return fail('not-whole', `${label} must be ${allowed}; ${text} is not a whole number.`);
  if (value < bounds.min || value > bounds.max)
    return fail(
      'out-of-range',
      `${label} must be ${allowed}; ${text} is too ${value < bounds.min ? 'small' : 'large'}.`,
    );
  return value;
}
