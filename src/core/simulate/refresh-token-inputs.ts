import { readNumber, type NumberBounds } from './parse-scenario.ts';
import {
  sessionAgeExample,
  vacationExample,
  type RefreshTokenExample,
  type SignInFactor,
} from './refresh-token-timeouts.ts';
import type { SimulationInputError } from './simulation-input-error.ts';

export type RefreshTokenScenarioId = 'vacation' | 'session-age';

export const REFRESH_TOKEN_SCENARIO_LABELS: Record<RefreshTokenScenarioId, string> = {
  vacation: 'MaxInactiveTime: back from a vacation',
  'session-age': 'MaxAgeSessionSingleFactor: signed in on Monday',
};

/** Each example in words: what the timeout does, and the documentation's numbers. */
export const REFRESH_TOKEN_SCENARIO_DESCRIPTIONS: Record<RefreshTokenScenarioId, string> = {
  vacation:
    'A refresh token that goes unused for MaxInactiveTime is revoked. An app the user does not open for that long cannot renew silently: with MaxInactiveTime at 5 days, someone away for 7 days must sign in again when they come back.',
  'session-age':
    'When MaxAgeSessionSingleFactor or MaxAgeSessionMultiFactor is set to something other than until-revoked, the user must sign in again once the session is that old, however busy the app is: at 1 day single-factor, someone who signed in on Monday signs in again on Tuesday, once 25 hours have passed.',
};

export interface RefreshTokenInputs {
  scenario: RefreshTokenScenarioId;
  maxInactiveDays: string;
  awayDays: string;
  maxAgeHours: string;
  factor: SignInFactor;
}

type NumberField = 'maxInactiveDays' | 'awayDays' | 'maxAgeHours';

export const REFRESH_TOKEN_LABELS: Record<NumberField, string> = {
  maxInactiveDays: 'MaxInactiveTime (days)',
  awayDays: 'Days away',
  maxAgeHours: 'Maximum session age (hours)',
};

const BOUNDS: Record<NumberField, NumberBounds> = {
  maxInactiveDays: { min: 1, max: 90, whole: true },
  awayDays: { min: 1, max: 60, whole: true },
  maxAgeHours: { min: 1, max: 90 * 24, whole: true },
};

/** The documentation's two examples: 5 days + a 7-day vacation; 1 day, single-factor. */
export const DEFAULT_REFRESH_TOKEN_INPUTS: RefreshTokenInputs = {
  scenario: 'vacation',
  maxInactiveDays: '5',
  awayDays: '7',
  maxAgeHours: '24',
  factor: 'single',
};

export type ParsedRefreshTokenInputs =
  | { ok: true; example: RefreshTokenExample }
  | { ok: false; errors: SimulationInputError<NumberField>[] };

export function parseRefreshTokenInputs(inputs: RefreshTokenInputs): ParsedRefreshTokenInputs {
  const errors: SimulationInputError<NumberField>[] = [];
  const read = (field: NumberField) =>
    readNumber(field, REFRESH_TOKEN_LABELS[field], inputs[field], BOUNDS[field], false, errors) ??
    undefined;
  if (inputs.scenario === 'vacation') {
    const maxInactiveDays = read('maxInactiveDays');
    const awayDays = read('awayDays');
    if (maxInactiveDays === undefined || awayDays === undefined) return { ok: false, errors };
    return { ok: true, example: vacationExample(maxInactiveDays, awayDays) };
  }
  const maxAgeHours = read('maxAgeHours');
  if (maxAgeHours === undefined) return { ok: false, errors };
  return { ok: true, example: sessionAgeExample(maxAgeHours, inputs.factor) };
}
