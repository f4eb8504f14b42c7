import { microsoftDocumentMayName } from './microsoft.ts';
import { DiscoveryError } from './verify-errors.ts';

const OIDC_SUFFIX = '/.well-known/openid-configuration';
const RFC8414_PREFIX = '/.well-known/oauth-authorization-server';

/**
 * The issuer a discovery document at `url` speaks for, read back from its well-known path:
 * OpenID Connect Discovery 1.0 §4 appends `/.well-known/openid-configuration` to the issuer,
 * RFC 8414 §3.1 inserts `/.well-known/oauth-authorization-server` between host and path. The
 * query (Microsoft's `?appid=`) is no part of an issuer. Undefined for any other path.
 */
export function issuerForDiscoveryUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const path = parsed.pathname;
  if (path.endsWith(OIDC_SUFFIX)) return `${parsed.origin}${path.slice(0, -OIDC_SUFFIX.length)}`;
  if (path === RFC8414_PREFIX || path.startsWith(`${RFC8414_PREFIX}/`)) {
    return `${parsed.origin}${path.slice(RFC8414_PREFIX.length)}`;
  }
  return undefined;
}

/** Refuses, before any request, a Discovery URL whose document could name no issuer. */
export function checkWellKnownUrl(url: string): DiscoveryError | undefined {
  if (issuerForDiscoveryUrl(url) !== undefined) return undefined;
  return new DiscoveryError(
    'url-not-well-known',
    `The Discovery URL ${JSON.stringify(url)} is not a well-known discovery address: an issuer followed by /.well-known/openid-configuration, or /.well-known/oauth-authorization-server before the issuer's path. A document anywhere else could claim any issuer (OpenID Connect Discovery 1.0 §4.3, RFC 8414 §3.3), so its keys would prove nothing. Paste the keys instead.`,
  );
}

/**
 * OpenID Connect Discovery 1.0 §4.3 and RFC 8414 §3.3: the `issuer` a discovery document names
 * must be the one its address was made from. Otherwise any server could publish a document
 * that claims a real issuer and points to its own jwks_uri, and a link carrying its address
 * would make a forged token verify.
 */
export function checkDocumentIssuer(url: string, issuer: string): DiscoveryError | undefined {
  const expected = issuerForDiscoveryUrl(url);
  if (expected === undefined) return checkWellKnownUrl(url);
  if (sameIssuer(expected, issuer)) return undefined;
  if (microsoftDocumentMayName(new URL(url), issuer)) return undefined;
  return new DiscoveryError(
    'issuer-mismatch',
    `The discovery document at ${url} says its issuer is ${JSON.stringify(issuer)}, but a document at that address can only be the discovery document of ${JSON.stringify(expected)} (OpenID Connect Discovery 1.0 §4.3, RFC 8414 §3.3). It may be an impostor's, so its keys are not used.`,
  );
}

/** Equal as URLs, with the one terminating "/" the well-known rules remove (OIDC §4, RFC 8414 §3.1). */
function sameIssuer(expected: string, issuer: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(issuer);
  } catch {
    return false;
  }
  if (parsed.search !== '' || parsed.hash !== '' || issuer.includes('?') || issuer.includes('#')) {
    return false;
  }
  const normalized = `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
  return normalized === expected.replace(/\/$/, '');
}
