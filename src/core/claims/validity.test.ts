import { describe, expect, it } from 'vitest';
import { assessValidity } from './validity.ts';
import { TEST_NOW, TEST_NOW_SECONDS } from './test-tokens.ts';

const at = (offsetSeconds: number) => TEST_NOW_SECONDS + offsetSeconds;

describe('assessValidity', () => {
  it('is valid between nbf and exp', () => {
    expect(assessValidity({ nbf: at(-60), exp: at(42 * 60) }, TEST_NOW)).toEqual({
      state: 'valid',
      label: 'Valid',
      detail: 'expires in 42 min',
    });
  });

  it('is expired once exp and the tolerance have passed', () => {
    expect(assessValidity({ exp: at(-3 * 86400) }, TEST_NOW)).toEqual({
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
    expect(assessValidity({ exp: at(-1) }, TEST_NOW, 0).state).toBe('expired');
  });

  it('is not yet valid before nbf minus the tolerance', () => {
    expect(assessValidity({ nbf: at(600), exp: at(4200) }, TEST_NOW)).toEqual({
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

  it('cannot tell with an exp that is not a number, or without claims', () => {
    expect(assessValidity({ exp: 'tomorrow' }, TEST_NOW).state).toBe('unknown');
    expect(assessValidity(undefined, TEST_NOW).state).toBe('unknown');
  });
});
