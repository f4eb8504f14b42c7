import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  authorizationServerMetadataUrl,
  checkFetchUrl,
  discoveryUrlForIssuer,
  PLAIN_HTTP_HOSTS,
} from './discovery-url.ts';

/**
 * The page's connect-src sources, read where the policy is written: index.html's <meta>, or
 * the module a build fills that <meta> from.
 */
function connectSources(): string[] {
  const CONNECT_SRC = /connect-src(?:',\s*")?\s*([^;"]+)/;
  for (const path of ['../../../index.html', '../../lib/security-headers.ts']) {
    let text: string;
    try {
      text = readFileSync(new URL(path, import.meta.url), 'utf8');
    } catch {
      continue;
    }
    const sources = CONNECT_SRC.exec(text)?.[1];
    if (sources) return sources.trim().split(/\s+/);
  }
  throw new Error('no connect-src found in index.html or src/lib/security-headers.ts');
}

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
    ['http://[::1]:4000', 'url-not-allowed'],
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

  it('lists the plain-http hosts of the Content-Security-Policy, no more', () => {
    const httpHosts = connectSources()
      .filter((source) => source.startsWith('http://'))
      .map((source) => source.replace(/^http:\/\//, '').replace(/:\*$/, ''));
    expect(new Set(httpHosts)).toEqual(PLAIN_HTTP_HOSTS);
  });

  // index.html: connect-src 'self' https: http://127.0.0.1:* http://localhost:*
  it('allows plain http exactly where the Content-Security-Policy does', () => {
    expect(checkFetchUrl('http://127.0.0.1:4000/keys', 'jwks_uri').ok).toBe(true);
    expect(checkFetchUrl('http://localhost/keys', 'jwks_uri').ok).toBe(true);
    expect(checkFetchUrl('https://[::1]:4000/keys', 'jwks_uri').ok).toBe(true);
    for (const url of [
      'http://[::1]:4000/.well-known/openid-configuration',
      'http://127.0.0.2:4000/.well-known/openid-configuration',
      'http://id.localhost:4000/.well-known/openid-configuration',
    ]) {
      const result = checkFetchUrl(url, 'Discovery URL');
      const host = new URL(url).hostname;
      expect(result.ok ? undefined : result.error.code).toBe('url-not-allowed');
      expect(result.ok ? '' : result.error.message).toBe(
        `The Discovery URL "${url}" uses plain http to ${host}, which this page's Content-Security-Policy does not allow: plain http may only reach 127.0.0.1 and localhost, so the browser would block the request. Use http://127.0.0.1 or http://localhost with the same port instead.`,
      );
    }
  });
});
