import { microsoftV1DiscoveryUrl } from './microsoft.ts';
import { DiscoveryError } from './verify-errors.ts';

export type DiscoveryUrlResult = { ok: true; url: string } | { ok: false; error: DiscoveryError };

const OIDC_SUFFIX = '/.well-known/openid-configuration';
const RFC8414_PREFIX = '/.well-known/oauth-authorization-server';
/**
 * Exactly the plain-http hosts the page's Content-Security-Policy allows (index.html:
 * `connect-src 'self' https: http://127.0.0.1:* http://localhost:*`). Anything else over plain
 * http would be blocked by the browser, which reports it as a failed, cross-origin-looking
 * request; refusing it here gives the real reason.
 */
export const PLAIN_HTTP_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

/** Other names for this machine, which the CSP does not list. */
function isOtherLoopback(hostname: string): boolean {
  return hostname === '[::1]' || /^127\./.test(hostname) || hostname.endsWith('.localhost');
}

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
  if (!issuer.ok && issuer.code === 'url-not-allowed') return checkFetchUrl(iss, 'issuer');
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
 * Checks an address Tokenscope may fetch keys from: https, or plain http only to 127.0.0.1 and
 * localhost (local identity providers during development and tests), as the CSP allows.
 */
export function checkFetchUrl(text: string, what: string): DiscoveryUrlResult {
  const parsed = parseHttpUrl(text.trim());
  if (parsed.ok) return { ok: true, url: parsed.url.href };
  const quoted = JSON.stringify(text);
  switch (parsed.code) {
    case 'url-insecure':
      return failure(
        parsed.code,
        `The ${what} ${quoted} uses plain http: keys fetched without TLS could have been swapped on the way. Only https (or http on localhost) is allowed.`,
      );
    case 'url-not-allowed':
      return failure(
        parsed.code,
        `The ${what} ${quoted} uses plain http to ${parsed.host}, which this page's Content-Security-Policy does not allow: plain http may only reach 127.0.0.1 and localhost, so the browser would block the request. Use http://127.0.0.1 or http://localhost with the same port instead.`,
      );
    case 'url-invalid':
      return failure(parsed.code, `The ${what} ${quoted} is not a valid http(s) URL.`);
  }
}

function parseHttpUrl(
  text: string,
):
  | { ok: true; url: URL }
  | { ok: false; code: 'url-invalid' | 'url-insecure' }
  | { ok: false; code: 'url-not-allowed'; host: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, code: 'url-invalid' };
  }
  if (url.username || url.password) return { ok: false, code: 'url-invalid' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    if (PLAIN_HTTP_HOSTS.has(url.hostname)) return { ok: true, url };
    return isOtherLoopback(url.hostname)
      ? { ok: false, code: 'url-not-allowed', host: url.hostname }
      : { ok: false, code: 'url-insecure' };
  }
  return { ok: false, code: 'url-invalid' };
}

function failure(code: DiscoveryError['code'], message: string): DiscoveryUrlResult {
  return { ok: false, error: new DiscoveryError(code, message) };
}
