import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REFRESH_TOKEN_INPUTS,
  parseRefreshTokenInputs,
  REFRESH_TOKEN_SCENARIO_DESCRIPTIONS,
} from './refresh-token-inputs.ts';
import { sessionAgeExample, vacationExample } from './refresh-token-timeouts.ts';

describe('parseRefreshTokenInputs', () => {
  it('defaults to the documented vacation example', () => {
    expect(parseRefreshTokenInputs(DEFAULT_REFRESH_TOKEN_INPUTS)).toEqual({
      ok: true,
      example: vacationExample(5, 7),
    });
  });

  it('builds the Monday / Tuesday example', () => {
    expect(
      parseRefreshTokenInputs({ ...DEFAULT_REFRESH_TOKEN_INPUTS, scenario: 'session-age' }),
    ).toEqual({ ok: true, example: sessionAgeExample(24, 'single') });
  });

  it('tells the unused-refresh-token example and the session-age example in words', () => {
    expect(REFRESH_TOKEN_SCENARIO_DESCRIPTIONS).toEqual({
      vacation:
        'A refresh token that goes unused for MaxInactiveTime is revoked. An app the user does not open for that long cannot renew silently: with MaxInactiveTime at 5 days, someone away for 7 days must sign in again when they come back.',
      'session-age':
        'When MaxAgeSessionSingleFactor or MaxAgeSessionMultiFactor is set to something other than until-revoked, the user must sign in again once the session is that old, however busy the app is: at 1 day single-factor, someone who signed in on Monday signs in again on Tuesday, once 25 hours have passed.',
    });
  });

  it('names the input and the allowed range for a bad value', () => {
    const parsed = parseRefreshTokenInputs({ ...DEFAULT_REFRESH_TOKEN_INPUTS, awayDays: '0' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((error) => [error.field, error.message])).toEqual([
        ['awayDays', 'Days away must be a whole number from 1 to 60; 0 is too small.'],
      ]);
  });
});
