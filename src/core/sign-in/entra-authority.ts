import { PERSONAL_ACCOUNT_TENANT_ID } from '../claims/microsoft-issuer.ts';

/**
 * Microsoft Entra ID authorities. Tenants are named by id (GUID), by a verified domain, or by
 * one of three multi-tenant aliases; the v2.0 endpoint (`/{tenant}/v2.0`) takes OpenID Connect
 * scopes, the v1.0 endpoint (`/{tenant}`, issuer `https://sts.windows.net/{tenant}/`) a
 * `resource=` and is not what a sign-in with scopes should use.
 */

export type EntraTenantKind = 'guid' | 'domain' | 'common' | 'organizations' | 'consumers';

export interface EntraTenant {
  /** As it goes into the URL: GUIDs and domains lower-cased. */
  tenant: string;
  kind: EntraTenantKind;
}

/** Hosts of the Entra sign-in service (public cloud, US Government, China). */
export const ENTRA_LOGIN_HOSTS: readonly string[] = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
];

export const ENTRA_DEFAULT_HOST = 'login.microsoftonline.com';

const V1_ISSUER_HOST = 'sts.windows.net';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A DNS name with at least two labels and an alphabetic top-level label. */
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const ALIASES = new Set<EntraTenantKind>(['common', 'organizations', 'consumers']);

/** Reads a bare tenant name: a GUID, a domain, or common / organizations / consumers. */
export function readEntraTenant(text: string): EntraTenant | undefined {
  const lower = text.toLowerCase();
  if (ALIASES.has(lower as EntraTenantKind)) {
    return { tenant: lower, kind: lower as EntraTenantKind };
  }
  if (GUID.test(text)) return { tenant: lower, kind: 'guid' };
  if (DOMAIN.test(text)) return { tenant: lower, kind: 'domain' };
  return undefined;
}

export function isEntraLoginHost(hostname: string): boolean {
  return ENTRA_LOGIN_HOSTS.includes(hostname.toLowerCase());
}

export function isEntraV1IssuerHost(hostname: string): boolean {
  return hostname.toLowerCase() === V1_ISSUER_HOST;
}

/**
 * Entra External ID (ciamlogin.com) and Azure AD B2C (b2clogin.com) state a GUID issuer in
 * their discovery documents whatever tenant name the authority used.
 */
export function isEntraCustomerHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host.endsWith('.b2clogin.com') || host.endsWith('.ciamlogin.com');
}

export function entraV2Authority(tenant: string, host = ENTRA_DEFAULT_HOST): string {
  return `https://${host}/${tenant}/v2.0`;
}

/** Who can sign in through this tenant, for the note under the Authority field. */
export function describeEntraTenant({ tenant, kind }: EntraTenant): string {
  switch (kind) {
    case 'common':
      return 'Microsoft Entra, common: work or school accounts of any tenant and personal Microsoft accounts';
    case 'organizations':
      return 'Microsoft Entra, organizations: work or school accounts of any tenant';
    case 'consumers':
      return 'Microsoft Entra, consumers: personal Microsoft accounts only';
    case 'guid':
      return tenant === PERSONAL_ACCOUNT_TENANT_ID
        ? `Microsoft Entra, the personal Microsoft account tenant ${tenant}`
        : `Microsoft Entra, the tenant with id ${tenant}`;
    case 'domain':
      return `Microsoft Entra, the tenant with the domain ${tenant}`;
  }
}

export type EntraPathReading =
  { ok: true; tenant: EntraTenant; version: 'v1.0' | 'v2.0'; what: EntraPathKind } | { ok: false };

export type EntraPathKind = 'authority' | 'discovery-url' | 'endpoint';

/** Endpoints people copy from the portal's Endpoints pane, same names in v1.0 and v2.0. */
const ENDPOINTS = new Set(['authorize', 'token', 'logout', 'devicecode']);

/**
 * Reads the path of a login.microsoftonline.com URL: an authority (`/{tenant}`,
 * `/{tenant}/v2.0`), a discovery URL (`…/.well-known/openid-configuration`) or an endpoint
 * people copy from the portal (`/{tenant}/oauth2/v2.0/authorize`).
 */
export function readEntraPath(pathname: string): EntraPathReading {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  const tenant = segments[0] === undefined ? undefined : readEntraTenant(segments[0]);
  if (!tenant) return { ok: false };
  const rest = segments.slice(1).join('/');
  const v2 = (what: EntraPathKind) => ({ ok: true, tenant, version: 'v2.0', what }) as const;
  const v1 = (what: EntraPathKind) => ({ ok: true, tenant, version: 'v1.0', what }) as const;
  switch (rest) {
    case '':
      return v1('authority');
    case 'v2.0':
      return v2('authority');
    case '.well-known/openid-configuration':
      return v1('discovery-url');
    case 'v2.0/.well-known/openid-configuration':
      return v2('discovery-url');
  }
  const endpoint = /^oauth2\/(?:(v2\.0)\/)?([a-z]+)$/.exec(rest);
  if (endpoint && ENDPOINTS.has(endpoint[2] ?? '')) {
    return endpoint[1] ? v2('endpoint') : v1('endpoint');
  }
  return { ok: false };
}

/** The tenant in a v1.0 issuer, `https://sts.windows.net/{tenant}/`. */
export function readEntraV1IssuerPath(pathname: string): EntraTenant | undefined {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length !== 1 || segments[0] === undefined) return undefined;
  const tenant = readEntraTenant(segments[0]);
  return tenant?.kind === 'guid' || tenant?.kind === 'domain' ? tenant : undefined;
}
