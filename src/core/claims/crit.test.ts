import { describe, expect, it } from 'vitest';
import { describeCrit } from './crit.ts';

describe('describeCrit', () => {
  it('reports nothing without crit', () => {
    expect(describeCrit({ alg: 'RS256' })).toEqual({ understood: [], unknown: [], problems: [] });
  });

  it('understands b64', () => {
    expect(describeCrit({ alg: 'HS256', b64: false, crit: ['b64'] })).toEqual({
      understood: ['b64'],
      unknown: [],
      problems: [],
    });
  });

  it('reports extensions it does not understand', () => {
    expect(describeCrit({ alg: 'ES256', 'urn:x:y': 1, crit: ['urn:x:y'] }).unknown).toEqual([
      'urn:x:y',
    ]);
  });

  it.each([
    [{ crit: 'b64', b64: false }, /must be a list/],
    [{ crit: [] }, /must not be an empty list/],
    [{ crit: [1] }, /not a parameter name/],
    [{ crit: ['b64', 'b64'], b64: false }, /twice/],
    [{ crit: ['alg'], alg: 'RS256' }, /standard parameter/],
    [{ crit: ['ext'] }, /no such parameter/],
  ])('finds the problem in %j', (header, problem) => {
    expect(describeCrit(header).problems.join(' ')).toMatch(problem);
  });
});
