import { describe, expect, it } from 'vitest';
import { DEFAULT_REFRESH_TOKEN_INPUTS, parseRefreshTokenInputs } from './refresh-token-inputs.ts';
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

  it('names the input and the allowed range for a bad value', () => {
    const parsed = parseRefreshTokenInputs({ ...DEFAULT_REFRESH_TOKEN_INPUTS, awayDays: '0' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((error) => [error.field, error.message])).toEqual([
        ['awayDays', 'Days away must be a whole number from 1 to 60; 0 is too small.'],
      ]);
  });
});
