import { describe, expect, it } from 'vitest';
import { assessValidity } from './validity.ts';
import { TEST_NOW, TEST_NOW_SECONDS } from './test-tokens.ts';

const at = (offsetSeconds: number) => TEST_NOW_SECONDS + offsetSeconds;

describe('assessValidity', () => {
  it('is valid between nbf and exp', () => {
    expect(assessValidity({ nbf: at(-60), exp: at(42 * 60) }, TEST_NOW)).toMatchObject({
      state: 'valid',
      label: 'Valid',
      detail: 'expires in 42 min',
      phrase: { lead: 'expires ', at: (TEST_NOW_SECONDS + 42 * 60) * 1000, tail: '' },
    });
  });

  it('is expired once exp and the tolerance have passed', () => {
    expect(assessValidity({ exp: at(-3 * 86400) }, TEST_NOW)).toMatchObject({
      state: 'expired',
      label: 'Expired',
      detail: 'expired 3 days ago',
    });
    expect(assessValidity({ exp: at(-300) }, TEST_NOW).state).toBe('expired');
  });

  it('stays valid within the clock tolerance after exp, and says so', () => {
    const validity = assessValidity({ exp: at(-120) }, TEST_NOW);
    expect(validity.state).toBe('valid');
    expect(validity.detail).toBe('expired 2 min ago, but still within the 300 s clock tolerance');
  });

  it('takes the tolerance as a parameter', () => {
    expect(assessValidity({ exp: at(-120) }, TEST_NOW, 60).state).toBe('expired');
    expect(assessValidity({ exp: at(0) }, TEST_NOW, 0).state).toBe('expired');
  });

  it('is not yet valid before nbf minus the tolerance', () => {
    expect(assessValidity({ nbf: at(600), exp: at(4200) }, TEST_NOW)).toMatchObject({
      state: 'not-yet-valid',
      label: 'Not yet valid',
      detail: 'becomes valid in 10 min',
    });
    const early = assessValidity({ nbf: at(120), exp: at(4200) }, TEST_NOW);
    expect(early.state).toBe('valid');
    expect(early.detail).toMatch(/accepted early/);
  });

  it('has no expiry without exp', () => {
    expect(assessValidity({ iat: at(0) }, TEST_NOW).state).toBe('no-expiry');
  });

  it('calls an exp that is not a number Malformed, as Lifetime and Verify do', () => {
    expect(assessValidity({ exp: 'tomorrow' }, TEST_NOW)).toMatchObject({
      state: 'malformed',
      label: 'Malformed',
      detail:
        'exp is "tomorrow", not a number of seconds since 1970 (a NumericDate): a verifier rejects the token.',
    });
  });

  it('cannot tell without claims', () => {
    expect(assessValidity(undefined, TEST_NOW).state).toBe('unknown');
  });
});
