import { describeResource, microsoftFirstPartyResource } from '../claims/microsoft-resources.ts';
import type { JsonObject } from '../token/parse-json.ts';
import type { VerdictKind } from './verdict.ts';

/** The placeholder in the issuer of Microsoft's multi-tenant discovery documents. */
const TENANT_PLACEHOLDER = '{tenantid}';

const V1_ISSUER = /^https:\/\/sts\.windows\.net\/([A-Za-z0-9.-]+)\/$/;

/**
 * On `common` and `organizations` the discovery document's issuer is a template
 * (`https://login.microsoftonline.com/{tenantid}/v2.0`); the token's `tid` fills it in.
 * Returns undefined when the template needs a tid that the token lacks.
 */
export function resolveIssuerTemplate(issuer: string, tid: unknown): string | undefined {
  if (!issuer.includes(TENANT_PLACEHOLDER)) return issuer;
  return typeof tid === 'string' && tid !== ''
    ? issuer.replaceAll(TENANT_PLACEHOLDER, tid)
    : undefined;
}

export function isIssuerTemplate(issuer: string): boolean {
  return issuer.includes(TENANT_PLACEHOLDER);
}

/**
 * v1.0 tokens are issued by `https://sts.windows.net/{tenant}/`, whose metadata lives under
 * login.microsoftonline.com (which also serves it with CORS headers).
 */
export function microsoftV1DiscoveryUrl(issuer: string): string | undefined {
  const tenant = V1_ISSUER.exec(issuer)?.[1];
  return tenant
    ? `https://login.microsoftonline.com/${tenant}/.well-known/openid-configuration`
    : undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Microsoft authority whose discovery documents may name a tenant other than the URL's. */
export const MICROSOFT_AUTHORITY = 'login.microsoftonline.com';

const MICROSOFT_DISCOVERY_PATH = /^\/([^/]+)(\/v2\.0)?\/\.well-known\/openid-configuration$/;

/**
 * Whether a discovery document served by login.microsoftonline.com may name `issuer`; undefined
 * when `url` is not such a document. Microsoft's issuer differs from the URL in two documented
 * ways: the tenant in the URL may be an alias (a domain, `common`, `organizations`,
 * `consumers`) while the issuer holds the tenant's GUID or, on the multi-tenant endpoints, the
 * `{tenantid}` template; and v1.0 documents name `https://sts.windows.net/{tenant}/`. The
 * document still comes from Microsoft's own host, which is what binds it to the issuer.
 */
export function microsoftDocumentMayName(url: URL, issuer: string): boolean | undefined {
  if (url.protocol !== 'https:' || url.host !== MICROSOFT_AUTHORITY) return undefined;
  const match = MICROSOFT_DISCOVERY_PATH.exec(url.pathname);
  if (!match) return undefined;
  const [, tenant = '', v2] = match;
  const named = v2
    ? /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/.exec(issuer)?.[1]
    : (V1_ISSUER.exec(issuer)?.[1] ??
      /^https:\/\/sts\.windows\.net\/(\{tenantid\})\/$/.exec(issuer)?.[1]);
  if (named === undefined) return false;
  if (named.toLowerCase() === tenant.toLowerCase()) return true;
  return !GUID.test(tenant) && (GUID.test(named) || named === TENANT_PLACEHOLDER);
}

/** Whether the token's issuer is Microsoft Entra ID (v1.0 or v2.0 endpoints). */
export function isMicrosoftIssuer(iss: unknown): boolean {
  return (
    typeof iss === 'string' &&
    (iss.startsWith(`https://${MICROSOFT_AUTHORITY}/`) || V1_ISSUER.test(iss))
  );
}

export interface AppIdRetry {
  /** The application id to put in `?appid=`. */
  appId: string;
  /** The claim it was read from. */
  claim: 'aud' | 'azp' | 'appid';
  /** The Discovery URL with `?appid=` set. */
  url: string;
  /** Why retrying with it may find the key. */
  explanation: string;
}

function guidClaim(value: unknown): string | undefined {
  const single = Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : value;
  return typeof single === 'string' && GUID.test(single) ? single : undefined;
}

/**
 * On "No matching key" for a Microsoft issuer: apps with custom signing keys (claims mapping)
 * sign with keys of their own, published at the discovery URL with `?appid={application id}`
 * (whose jwks_uri carries the appid too). The application is the API a token is for (a GUID
 * `aud`, as v2.0 access tokens and ID tokens have), else the client (`azp`, v1.0 `appid`).
 * Undefined when the issuer is not Microsoft's, the URL already has an appid, or the token
 * names no application id.
 */
export function findAppIdRetry(
  claims: Record<string, unknown> | undefined,
  discoveryUrl: string,
): AppIdRetry | undefined {
  if (!claims || !isMicrosoftIssuer(claims.iss)) return undefined;
  let url: URL;
  try {
    url = new URL(discoveryUrl);
  } catch {
    return undefined;
  }
  if (url.host !== MICROSOFT_AUTHORITY || url.searchParams.has('appid')) return undefined;
  const found = (['aud', 'azp', 'appid'] as const)
    .map((claim) => ({ claim, appId: guidClaim(claims[claim]) }))
    .find((candidate) => candidate.appId !== undefined);
  if (!found?.appId) return undefined;
  url.searchParams.set('appid', found.appId);
  const whose =
    found.claim === 'aud' ? 'the application the token was issued for' : 'the client application';
  return {
    appId: found.appId,
    claim: found.claim,
    url: url.href,
    explanation: `Apps with custom signing keys (claims mapping) sign with keys of their own: their discovery document is this address with ?appid={application id}, and its jwks_uri carries the appid too. The token's ${found.claim} ${found.appId} is ${whose}.`,
  };
}

/**
 * What a verdict must add for a token addressed to one of Microsoft's own APIs (Graph, Azure
 * Resource Manager…) that carries no header nonce (those never reach a key: see
 * precheck-token.ts). Only that API validates such a token; a client must not parse it, and a
 * failed check from outside does not by itself prove forgery.
 */
export function describeMicrosoftApiAudience(
  payload: JsonObject | undefined,
  kind: VerdictKind,
): string | undefined {
  const resource = microsoftFirstPartyResource(payload?.aud);
  if (!resource) return undefined;
  const api = describeResource(resource);
  const meaning =
    kind === 'verified'
      ? 'The signature checks out against these keys, but only that API decides whether it accepts the token.'
      : kind === 'invalid-signature'
        ? 'Tokens for Microsoft’s own APIs may be in formats only that API checks, so this failure does not by itself mean the token is forged.'
        : 'Only that API decides whether it accepts the token.';
  return `This token is for ${api}: that API validates it, and a client should send it without parsing it. ${meaning}`;
}
