import { describe, expect, it } from 'vitest';
import { readClockTolerance } from './clock-tolerance.ts';

describe('readClockTolerance', () => {
  it('takes whole seconds from 0 to a day', () => {
    expect(readClockTolerance('0')).toEqual({ seconds: 0, error: undefined });
    expect(readClockTolerance('86400')).toEqual({ seconds: 86_400, error: undefined });
  });

  it.each(['', ' ', '-1', '1.5', '86401', 'abc'])(
    'uses the default for %j and says why',
    (text) => {
      expect(readClockTolerance(text)).toEqual({
        seconds: 300,
        error: 'Enter whole seconds from 0 to 86400; 300 s is used meanwhile.',
      });
    },
  );
});
