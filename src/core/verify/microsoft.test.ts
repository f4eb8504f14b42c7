import { describe, expect, it } from 'vitest';
import { findAppIdRetry, isMicrosoftIssuer } from './microsoft.ts';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const API = '6e74172b-be56-4843-9ff4-e66a39bb12e3';
const CLIENT = 'a0c3d5e7-1111-4222-8333-944455556666';
const V2 = `https://login.microsoftonline.com/${TID}/v2.0`;
const V2_URL = `${V2}/.well-known/openid-configuration`;

describe('isMicrosoftIssuer', () => {
  it.each([
    [V2, true],
    [`https://sts.windows.net/${TID}/`, true],
    ['https://login.microsoftonline.com.evil.example/x', false],
    ['https://accounts.google.com', false],
    [undefined, false],
  ])('%s → %s', (iss, expected) => {
    expect(isMicrosoftIssuer(iss)).toBe(expected);
  });
});

describe('findAppIdRetry', () => {
  it('takes a GUID aud: the API an access token (or the app an ID token) was issued for', () => {
    expect(findAppIdRetry({ iss: V2, aud: API, azp: CLIENT }, V2_URL)).toEqual({
      appId: API,
      claim: 'aud',
      url: `${V2_URL}?appid=${API}`,
      explanation: `Apps with custom signing keys (claims mapping) sign with keys of their own: their discovery document is this address with ?appid={application id}, and its jwks_uri carries the appid too. The token's aud ${API} is the application the token was issued for.`,
    });
  });

  it('falls back to azp, then to the v1.0 appid, when aud is an App ID URI', () => {
    expect(findAppIdRetry({ iss: V2, aud: 'api://orders', azp: CLIENT }, V2_URL)?.claim).toBe(
      'azp',
    );
    const v1 = `https://login.microsoftonline.com/${TID}/.well-known/openid-configuration`;
    const retry = findAppIdRetry(
      { iss: `https://sts.windows.net/${TID}/`, aud: 'https://graph.example', appid: CLIENT },
      v1,
    );
    expect(retry?.claim).toBe('appid');
    expect(retry?.url).toBe(`${v1}?appid=${CLIENT}`);
  });

  it.each([
    ['not a Microsoft issuer', { iss: 'https://id.example', aud: API }, V2_URL],
    ['the URL already has an appid', { iss: V2, aud: API }, `${V2_URL}?appid=${API}`],
    ['no application id in the token', { iss: V2, aud: 'api://orders' }, V2_URL],
    [
      'a Discovery URL on another host',
      { iss: V2, aud: API },
      'https://id.example/.well-known/openid-configuration',
    ],
  ])('offers nothing when %s', (_case, claims, url) => {
    expect(findAppIdRetry(claims, url)).toBeUndefined();
  });
});
