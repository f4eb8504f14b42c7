import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import { buildShareLink, defaultStrip, describeShareRisk, strippable } from './share-link.ts';
import { SHARED_PARAMETERS } from './share-parameters.ts';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const future = NOW / 1000 + 3600;
const past = NOW / 1000 - 3600;
const signed = (claims: object) =>
  decodeToken(encodeToken({ alg: 'RS256' }, claims, new Uint8Array([9, 9, 9])));
const JWE = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA';
const jwe = decodeToken(JWE);
const PAGE = 'https://tokenscope.example/?utm=1#token=old';
const hashOf = (url: string) => new URLSearchParams(new URL(url).hash.slice(1));

describe('buildShareLink', () => {
  it('carries the whole token in #token=', () => {
    const decoded = signed({ exp: future });
    const link = buildShareLink(PAGE, decoded, new URLSearchParams(), false);
    expect(link).toEqual({
      url: `https://tokenscope.example/#token=${decoded.input.token}`,
      dropped: [],
    });
  });

  it('drops the signature and says so', () => {
    const decoded = signed({ exp: future });
    const [h, p] = decoded.input.token.split('.');
    const { url } = buildShareLink(PAGE, decoded, new URLSearchParams(), true);
    expect(url).toBe(`https://tokenscope.example/#token=${h}.${p}.&signature=removed`);
    expect(decodeToken(new URL(url).hash.slice(1)).payload).toMatchObject({
      value: { exp: future },
    });
  });

  it('keeps scenario and verifier parameters and drops redirect parameters', () => {
    const link = buildShareLink(
      PAGE,
      signed({}),
      new URLSearchParams(
        'sim.sif=60&state=x&id_token=a.b.c&verify.aud=api%3A%2F%2Fx&verify.discovery=https%3A%2F%2Fi.example%2F&aud=y',
      ),
      false,
    );
    const params = hashOf(link.url);
    expect([...params.keys()]).toEqual(['token', 'sim.sif', 'verify.aud', 'verify.discovery']);
    expect(params.get('verify.aud')).toBe('api://x');
    expect(link.dropped).toEqual(['state', 'id_token', 'aud']);
  });

  it('carries none of the other credentials of a redirect fragment, and names each', () => {
    const decoded = signed({ exp: future });
    const fragment = new URLSearchParams({
      access_token: decoded.input.token,
      refresh_token: 'refresh-secret',
      provider_token: 'provider-secret',
      provider_refresh_token: 'provider-refresh-secret',
      code: 'code-secret',
      expires_in: '3600',
      token_type: 'bearer',
    });
    for (const strip of [true, false]) {
      const link = buildShareLink(PAGE, decoded, fragment, strip);
      expect(link.url).not.toMatch(/secret|access_token|expires_in|token_type/);
      expect(link.dropped).toEqual([
        'refresh_token',
        'provider_token',
        'provider_refresh_token',
        'code',
        'expires_in',
        'token_type',
      ]);
    }
  });

  it('takes nothing outside the allow-list, whatever the fragment holds', () => {
    const fragment = new URLSearchParams();
    for (const name of ['x', 'sim.', 'verify.keys', 'verify.secret', 'signature', 'encrypted'])
      fragment.append(name, 'v');
    const link = buildShareLink(PAGE, signed({}), fragment, false);
    for (const name of hashOf(link.url).keys()) expect(SHARED_PARAMETERS.has(name)).toBe(true);
    expect(link.dropped).toEqual(['x', 'sim.', 'verify.keys', 'verify.secret']);
  });

  it('shares only the header of a JWE, and says so', () => {
    const { url } = buildShareLink(PAGE, jwe, new URLSearchParams(), true);
    const params = hashOf(url);
    expect(params.get('token')).toBe('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0....');
    expect(params.get('encrypted')).toBe('removed');
    const opened = decodeToken(params.get('token')!);
    expect(opened.format).toBe('jwe');
    expect(opened.errors).toEqual([]);
    expect(opened.header?.value).toEqual({ alg: 'dir', enc: 'A128GCM' });
    expect(hashOf(buildShareLink(PAGE, jwe, new URLSearchParams(), false).url).get('token')).toBe(
      JWE,
    );
  });

  it('cannot remove what is not there', () => {
    expect(strippable(decodeToken(encodeToken({ alg: 'none' }, {})))).toBeUndefined();
    expect(strippable(jwe)).toBe('encrypted-parts');
    const headerOnly = decodeToken('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0....');
    expect(strippable(headerOnly)).toBeUndefined();
    const unsecured = decodeToken(encodeToken({ alg: 'none' }, {}));
    expect(buildShareLink(PAGE, unsecured, new URLSearchParams(), true).url).not.toContain(
      'removed',
    );
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

  it('warns that a whole JWE is a replayable credential', () => {
    expect(describeShareRisk(jwe, false, NOW)).toEqual({
      level: 'warning',
      message:
        'This is an encrypted token (JWE): it has no signature to remove, and whoever receives it can replay it to the service it was issued for. Anyone who opens this link gets a working credential. Share only the header instead.',
    });
    expect(describeShareRisk(jwe, true, NOW)).toEqual({
      level: 'info',
      message:
        'The link carries only the header of this encrypted token: its encrypted key, initialization vector, ciphertext and tag are left out, so it cannot be replayed as a credential.',
    });
  });

  it('is calm about an expired token or a removed signature', () => {
    expect(describeShareRisk(signed({ exp: past }), false, NOW).level).toBe('info');
    expect(describeShareRisk(signed({ exp: future }), true, NOW).level).toBe('info');
  });

  it('strips by default unless the token has expired; a JWE always', () => {
    expect(defaultStrip(signed({ exp: future }), NOW)).toBe(true);
    expect(defaultStrip(signed({ exp: past }), NOW)).toBe(false);
    expect(defaultStrip(jwe, NOW)).toBe(true);
    expect(defaultStrip(decodeToken(encodeToken({ alg: 'none' }, {})), NOW)).toBe(false);
  });
});
