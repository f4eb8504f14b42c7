import { describe, expect, it } from 'vitest';
import { formatDuration, formatSessionClock } from '../lifetime/format-duration.ts';
import { simulateWalkthrough, walkthroughSteps } from './walkthrough.ts';

const MINUTE = 60_000;

describe('the walkthrough of identity-platform.md, step by step', () => {
  const session = simulateWalkthrough();
  const [signIn, interactive, renewal, ...rest] = session.events;

  it('0:00 — the user signs in with a prompt and gets a 1-hour token', () => {
    expect(signIn).toEqual({
      at: 0,
      kind: 'sign-in',
      prompted: true,
      sinceLastPromptMs: 0,
      lifetimeMs: 60 * MINUTE,
      expiresAt: 60 * MINUTE,
    });
  });

  it('0:59 — an interactive sign-in, 59 min < 1 h after the prompt, so no prompt; a 90-minute token until 2:29', () => {
    expect(interactive).toEqual({
      at: 59 * MINUTE,
      kind: 'interactive',
      prompted: false,
      sinceLastPromptMs: 59 * MINUTE,
      lifetimeMs: 90 * MINUTE,
      expiresAt: 149 * MINUTE,
    });
    expect(formatSessionClock(interactive!.expiresAt)).toBe('2:29');
  });

  it('2:29 — the silent renewal finds the last prompt more than 1 h ago: prompt', () => {
    expect(renewal).toMatchObject({
      at: 149 * MINUTE,
      kind: 'renewal',
      prompted: true,
      sinceLastPromptMs: 149 * MINUTE,
    });
    expect(rest).toEqual([]);
  });

  it('prompts at 0:00 and 2:29, 2h29m apart; nothing prompts at 1:00 when SIF runs out', () => {
    expect(session.prompts.map(formatSessionClock)).toEqual(['0:00', '2:29']);
    expect(session.promptGapsMs.map(formatDuration)).toEqual(['2h29m']);
  });

  it('draws the three tokens as bars, each replaced by the next trip', () => {
    expect(session.tokens).toEqual([
      { issuedAt: 0, expiresAt: 60 * MINUTE, endedAt: 59 * MINUTE },
      { issuedAt: 59 * MINUTE, expiresAt: 149 * MINUTE, endedAt: 149 * MINUTE },
      { issuedAt: 149 * MINUTE, expiresAt: 224 * MINUTE, endedAt: 180 * MINUTE },
    ]);
  });

  it('guides through the case in words, ending with the 1h00m to 2h30m range', () => {
    expect(
      walkthroughSteps().map((step) => [step.clock, step.kind, step.prompted, step.text]),
    ).toEqual([
      [
        '0:00',
        'sign-in',
        true,
        'The user signs in and enters credentials (prompt). The token lasts 1h00m, until 1:00.',
      ],
      [
        '0:59',
        'interactive',
        false,
        'The app signs in interactively. 59m since the last prompt is less than the sign-in frequency of 1h00m: no prompt. The new token lasts 1h30m, until 2:29.',
      ],
      [
        '1:00',
        'sif-elapsed',
        false,
        '1h00m since the last prompt: the sign-in frequency has run out, but the app holds a token valid until 2:29 and has no reason to go back to the identity provider, so nobody is prompted yet.',
      ],
      [
        '2:29',
        'renewal',
        true,
        'The token expires and the app renews it silently. 2h29m since the last prompt is at least the sign-in frequency of 1h00m: the user is prompted. The new token lasts 1h15m, until 3:44.',
      ],
      [
        'Range',
        'range',
        false,
        'These two prompts are 2h29m apart. A prompt waits for the first trip to the identity provider after SIF, and a token can last up to 1h30m, so with SIF 1h00m and the default variation prompts come between 1h00m and 2h30m apart.',
      ],
    ]);
  });
});
