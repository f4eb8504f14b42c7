import { describe, expect, it } from 'vitest';
import { formatDuration } from '../lifetime/format-duration.ts';
import {
  explainRefreshToken,
  formatWeekClock,
  refreshTokenSessions,
  sessionAgeExample,
  simulateRefreshToken,
  vacationExample,
} from './refresh-token-timeouts.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function run(example: ReturnType<typeof vacationExample>) {
  const events = simulateRefreshToken(example.policy, example.activity);
  return { events, steps: explainRefreshToken(example, events) };
}

describe('MaxInactiveTime: 5 days, then a 7-day vacation', () => {
  const example = vacationExample();
  const { events, steps } = run(example);
  const again = events.filter((event) => event.kind === 'sign-in-again');

  it('revokes the unused refresh token 5 days after its last use; the user signs in again on return', () => {
    expect(again).toEqual([
      {
        at: 8 * HOUR + 7 * DAY,
        kind: 'sign-in-again',
        death: { reason: 'max-inactive-time', at: 8 * HOUR + 5 * DAY },
      },
    ]);
    expect(formatWeekClock(again[0]!.death!.at)).toBe('Sat 17:00');
    expect(formatWeekClock(again[0]!.at)).toBe('Mon 17:00 (week 2)');
  });

  it('redeems silently on every working hour and after the return', () => {
    expect(events.filter((event) => event.kind === 'redeemed')).toHaveLength(8 + 2);
  });

  it('tells the story in four steps', () => {
    expect(steps.map((step) => step.text)).toEqual([
      'Mon 09:00: the user signs in (multi-factor) and the app receives a refresh token.',
      'Mon 10:00 – Mon 17:00: the app redeems its refresh token silently 8 times; no prompt.',
      'Mon 17:00 (week 2): the refresh token is dead — it went unused for MaxInactiveTime (5 days) after Mon 17:00, so it was revoked at Sat 17:00. 7d00h00m since its last use, the user must sign in again.',
      'Mon 18:00 (week 2) – Mon 19:00 (week 2): the app redeems its refresh token silently 2 times; no prompt.',
    ]);
  });

  it('splits into the session that died during the vacation and the one after', () => {
    expect(refreshTokenSessions(events, example.horizonMs)).toEqual([
      {
        start: 0,
        end: 8 * HOUR + 5 * DAY,
        death: { reason: 'max-inactive-time', at: 8 * HOUR + 5 * DAY },
      },
      { start: 8 * HOUR + 7 * DAY, end: example.horizonMs, death: undefined },
    ]);
  });

  it('keeps the refresh token alive when the vacation is shorter than MaxInactiveTime', () => {
    const short = vacationExample(5, 4);
    expect(
      simulateRefreshToken(short.policy, short.activity).map((event) => event.kind),
    ).not.toContain('sign-in-again');
  });
});

describe('MaxAgeSessionSingleFactor: 1 day, signed in on Monday', () => {
  const example = sessionAgeExample();
  const { events, steps } = run(example);

  it('asks for re-authentication on Tuesday once 25 hours have passed', () => {
    const again = events.filter((event) => event.kind === 'sign-in-again');
    expect(again).toEqual([
      { at: 25 * HOUR, kind: 'sign-in-again', death: { reason: 'max-session-age', at: DAY } },
    ]);
    expect(formatWeekClock(25 * HOUR)).toBe('Tue 10:00');
    expect(formatDuration(again[0]!.at)).toBe('25h00m');
    expect(steps[2]!.text).toBe(
      'Tue 10:00: the refresh token is dead — the session reached MaxAgeSessionSingleFactor (1 day) at Tue 09:00. 25h00m after signing in, the user must sign in again.',
    );
  });

  it('starts a new session then: the rest of Tuesday is silent', () => {
    expect(
      events
        .slice(events.findIndex((event) => event.kind === 'sign-in-again') + 1)
        .map((e) => e.kind),
    ).toEqual(Array(7).fill('redeemed'));
  });

  it('does not apply to a multi-factor sign-in while MaxAgeSessionMultiFactor is until-revoked', () => {
    const multi = sessionAgeExample(24, 'multi');
    expect(
      simulateRefreshToken(multi.policy, multi.activity).map((event) => event.kind),
    ).not.toContain('sign-in-again');
  });
});
