import { describe, expect, it } from 'vitest';
import {
  authorizationServerMetadataUrl,
  checkFetchUrl,
  discoveryUrlForIssuer,
} from './discovery-url.ts';

function urlFor(iss: unknown, appId?: string): string {
  const result = discoveryUrlForIssuer(iss, appId);
  if (!result.ok) throw result.error;
  return result.url;
}

describe('discoveryUrlForIssuer', () => {
  const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';

  it.each([
    [
      'https://accounts.example.com',
      'https://accounts.example.com/.well-known/openid-configuration',
    ],
    [
      'https://accounts.example.com/',
      'https://accounts.example.com/.well-known/openid-configuration',
    ],
    [
      'https://id.example.com/realms/main',
      'https://id.example.com/realms/main/.well-known/openid-configuration',
    ],
    [
      `https://login.microsoftonline.com/${tenant}/v2.0`,
      `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`,
    ],
    [
      `https://sts.windows.net/${tenant}/`,
      `https://login.microsoftonline.com/${tenant}/.well-known/openid-configuration`,
    ],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/.well-known/openid-configuration'],
  ])('%s → %s', (iss, url) => {
    expect(urlFor(iss)).toBe(url);
  });

  it('adds ?appid= for apps with custom signing keys', () => {
    expect(urlFor(`https://login.microsoftonline.com/${tenant}/v2.0`, 'app-1')).toBe(
      `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration?appid=app-1`,
    );
  });

  it.each([
    [undefined, 'issuer-missing'],
    ['urn:example:issuer', 'issuer-not-url'],
    ['http://issuer.example', 'issuer-not-url'],
  ])('refuses %s', (iss, code) => {
    const result = discoveryUrlForIssuer(iss);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });
});

describe('authorizationServerMetadataUrl', () => {
  it('inserts the RFC 8414 well-known path before the issuer path', () => {
    expect(
      authorizationServerMetadataUrl('https://as.example/tenant/.well-known/openid-configuration'),
    ).toBe('https://as.example/.well-known/oauth-authorization-server/tenant');
    expect(
      authorizationServerMetadataUrl('https://as.example/.well-known/openid-configuration'),
    ).toBe('https://as.example/.well-known/oauth-authorization-server');
    expect(authorizationServerMetadataUrl('https://as.example/metadata')).toBeUndefined();
  });
});

describe('checkFetchUrl', () => {
  it('allows https anywhere and http only on loopback', () => {
    expect(checkFetchUrl('https://a.example/keys', 'jwks_uri').ok).toBe(true);
    expect(checkFetchUrl('http://localhost:3000/keys', 'jwks_uri').ok).toBe(true);
    const insecure = checkFetchUrl('http://a.example/keys', 'jwks_uri');
    expect(insecure.ok ? '' : insecure.error.message).toBe(
      'The jwks_uri "http://a.example/keys" uses plain http: keys fetched without TLS could have been swapped on the way. Only https (or http on localhost) is allowed.',
    );
    const invalid = checkFetchUrl('javascript:alert(1)', 'Discovery URL');
    expect(invalid.ok ? '' : invalid.error.code).toBe('url-invalid');
  });
});
