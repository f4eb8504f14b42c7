import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import {
  buildShareLink,
  canRemoveSignature,
  defaultRemoveSignature,
  describeShareRisk,
} from './share-link.ts';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const future = NOW / 1000 + 3600;
const past = NOW / 1000 - 3600;
const signed = (claims: object) =>
  decodeToken(encodeToken({ alg: 'RS256' }, claims, new Uint8Array([9, 9, 9])));
const PAGE = 'https://tokenscope.example/?utm=1#token=old';

describe('buildShareLink', () => {
  it('carries the whole token in #token=', () => {
    const decoded = signed({ exp: future });
    const link = buildShareLink(PAGE, decoded, new URLSearchParams(), false);
    expect(link).toBe(`https://tokenscope.example/#token=${decoded.input.token}`);
  });

  it('drops the signature and says so', () => {
    const decoded = signed({ exp: future });
    const [h, p] = decoded.input.token.split('.');
    const link = buildShareLink(PAGE, decoded, new URLSearchParams(), true);
    expect(link).toBe(`https://tokenscope.example/#token=${h}.${p}.&signature=removed`);
    expect(decodeToken(new URL(link).hash.slice(1)).payload).toMatchObject({
      value: { exp: future },
    });
  });

  it('keeps scenario parameters and drops redirect parameters', () => {
    const link = buildShareLink(
      PAGE,
      signed({}),
      new URLSearchParams('sim.sif=60&state=x&id_token=a.b.c&aud=api%3A%2F%2Fx'),
      false,
    );
    const params = new URLSearchParams(new URL(link).hash.slice(1));
    expect([...params.keys()]).toEqual(['token', 'sim.sif', 'aud']);
    expect(params.get('aud')).toBe('api://x');
  });

  it('cannot remove what is not there', () => {
    expect(canRemoveSignature(decodeToken(encodeToken({ alg: 'none' }, {})))).toBe(false);
    const jwe = decodeToken('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAA.AAAA.AAAA');
    expect(canRemoveSignature(jwe)).toBe(false);
    expect(buildShareLink(PAGE, jwe, new URLSearchParams(), true)).not.toContain('signature=');
  });
});

describe('describeShareRisk', () => {
  it('warns about a token that is still valid', () => {
    expect(describeShareRisk(signed({ exp: future }), false, NOW)).toEqual({
      level: 'warning',
      message:
        'This token is still valid until 2026-11-22T13:00:00Z: anyone who opens the link gets a working credential. Remove the signature before sharing.',
    });
  });

  it('warns about a token without expiry', () => {
    expect(describeShareRisk(signed({}), false, NOW).level).toBe('warning');
  });

  it('is calm about an expired token or a removed signature', () => {
    expect(describeShareRisk(signed({ exp: past }), false, NOW).level).toBe('info');
    expect(describeShareRisk(signed({ exp: future }), true, NOW).level).toBe('info');
  });

  it('removes the signature by default unless the token has expired', () => {
    expect(defaultRemoveSignature(signed({ exp: future }), NOW)).toBe(true);
    expect(defaultRemoveSignature(signed({ exp: past }), NOW)).toBe(false);
  });
});
