import { microsoftV1DiscoveryUrl } from './microsoft.ts';
import { DiscoveryError } from './verify-errors.ts';

export type DiscoveryUrlResult = { ok: true; url: string } | { ok: false; error: DiscoveryError };

const OIDC_SUFFIX = '/.well-known/openid-configuration';
const RFC8414_PREFIX = '/.well-known/oauth-authorization-server';
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The discovery document's address for an issuer: OpenID Connect Discovery §4 appends
 * `/.well-known/openid-configuration` to the issuer; Microsoft v1.0 issuers
 * (sts.windows.net) publish theirs under login.microsoftonline.com. `appId` adds the
 * `?appid=` that apps with custom signing keys need.
 */
export function discoveryUrlForIssuer(iss: unknown, appId?: string): DiscoveryUrlResult {
  if (typeof iss !== 'string' || iss === '') {
    return failure(
      'issuer-missing',
      'The token has no iss claim, so there is no issuer to discover: paste the keys instead.',
    );
  }
  const issuer = parseHttpUrl(iss);
  if (!issuer.ok) {
    return failure(
      'issuer-not-url',
      `The issuer ${JSON.stringify(iss)} is not an https URL, so it publishes no discovery document: paste the keys instead.`,
    );
  }
  const base = microsoftV1DiscoveryUrl(iss) ?? `${iss.replace(/\/+$/, '')}${OIDC_SUFFIX}`;
  const url = new URL(base);
  if (appId) url.searchParams.set('appid', appId);
  return { ok: true, url: url.href };
}

/**
 * RFC 8414 §3.1: OAuth servers that are not OpenID Providers publish metadata at
 * `/.well-known/oauth-authorization-server` inserted before the issuer's path. Tried when the
 * OpenID address answers 404.
 */
export function authorizationServerMetadataUrl(discoveryUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(discoveryUrl);
  } catch {
    return undefined;
  }
  if (!url.pathname.endsWith(OIDC_SUFFIX)) return undefined;
  const issuerPath = url.pathname.slice(0, -OIDC_SUFFIX.length);
  url.pathname = `${RFC8414_PREFIX}${issuerPath}`;
  return url.href;
}

/**
 * Checks an address Tokenscope may fetch keys from: https, or http only on the loopback
 * interface (local identity providers during development and tests).
 */
export function checkFetchUrl(text: string, what: string): DiscoveryUrlResult {
  const parsed = parseHttpUrl(text.trim());
  if (!parsed.ok) {
    return failure(
      parsed.code,
      parsed.code === 'url-insecure'
        ? `The ${what} ${JSON.stringify(text)} uses plain http: keys fetched without TLS could have been swapped on the way. Only https (or http on localhost) is allowed.`
        : `The ${what} ${JSON.stringify(text)} is not a valid http(s) URL.`,
    );
  }
  return { ok: true, url: parsed.url.href };
}

function parseHttpUrl(
  text: string,
): { ok: true; url: URL } | { ok: false; code: 'url-invalid' | 'url-insecure' } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, code: 'url-invalid' };
  }
  if (url.username || url.password) return { ok: false, code: 'url-invalid' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    return LOOPBACK_HOSTS.has(url.hostname)
      ? { ok: true, url }
      : { ok: false, code: 'url-insecure' };
  }
  return { ok: false, code: 'url-invalid' };
}

function failure(code: DiscoveryError['code'], message: string): DiscoveryUrlResult {
  return { ok: false, error: new DiscoveryError(code, message) };
}
