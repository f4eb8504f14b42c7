import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import { defaultStrip, describeShareRisk } from './share-link.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const token = (payload: Record<string, unknown>) =>
  decodeToken(encodeToken({ alg: 'RS256' }, payload, new Uint8Array([1, 2, 3])));

describe('describeShareRisk: any JSON number as exp', () => {
  it.each([
    ['1e300', 1e300],
    ['8.64e15 ms + 1 ms', 8.64e12 + 0.001],
    ['microseconds', 1_736_942_400_000_000],
  ])('%s reads as a credential valid beyond every date, without throwing', (_name, exp) => {
    const risk = describeShareRisk(token({ exp }), false, NOW);
    expect(risk.level).toBe('warning');
    expect(risk.message).toBe(
      'This token is still valid until later than +275760-09-13T00:00:00Z (the last date JavaScript can hold): anyone who opens the link gets a working credential. Remove the signature before sharing.',
    );
    expect(defaultStrip(token({ exp }), NOW)).toBe(true);
  });
});
