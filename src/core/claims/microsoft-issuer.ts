import type { JsonObject } from '../token/parse-json.ts';
import type { TokenVersion } from './registry-entry.ts';

/** The tenant that personal Microsoft accounts (Outlook.com, Xbox…) sign in to. */
export const PERSONAL_ACCOUNT_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const V1_ISSUER = new RegExp(`^https://sts\\.windows\\.net/(${GUID})/$`, 'i');
const V2_ISSUER = new RegExp(
  `^https://(?:login\\.microsoftonline\\.(?:com|us)|[a-z0-9-]+\\.(?:b2clogin|ciamlogin)\\.com)/(${GUID})/v2\\.0/?$`,
  'i',
);

export interface MicrosoftIssuer {
  version: TokenVersion;
  tenantId: string;
}

/** Recognises the Entra ID issuer formats; undefined for any other issuer. */
export function parseMicrosoftIssuer(iss: unknown): MicrosoftIssuer | undefined {
  if (typeof iss !== 'string') return undefined;
  const v1 = V1_ISSUER.exec(iss);
  if (v1?.[1]) return { version: 'v1.0', tenantId: v1[1].toLowerCase() };
  const v2 = V2_ISSUER.exec(iss);
  if (v2?.[1]) return { version: 'v2.0', tenantId: v2[1].toLowerCase() };
  return undefined;
}

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && new RegExp(`^${GUID}$`, 'i').test(value);
}

export interface DetectedVersion {
  version: TokenVersion;
  /** Which claim told: `ver` wins; the issuer's format is the fallback. */
  from: 'ver' | 'iss';
}

/** "v1.0" / "v2.0" for Microsoft identity platform tokens, from `ver` or the issuer format. */
export function detectTokenVersion(payload: JsonObject): DetectedVersion | undefined {
  const ver = payload.ver;
  if (ver === '1.0' || ver === 1) return { version: 'v1.0', from: 'ver' };
  if (ver === '2.0' || ver === 2) return { version: 'v2.0', from: 'ver' };
  const issuer = parseMicrosoftIssuer(payload.iss);
  return issuer ? { version: issuer.version, from: 'iss' } : undefined;
}

/** The tenant: `tid`, or the GUID in a Microsoft issuer. */
export function findTenantId(payload: JsonObject): string | undefined {
  if (isGuid(payload.tid)) return payload.tid.toLowerCase();
  if (typeof payload.tid === 'string' && payload.tid !== '') return payload.tid;
  return parseMicrosoftIssuer(payload.iss)?.tenantId;
}

export function isPersonalAccountTenant(tenantId: unknown): boolean {
  return typeof tenantId === 'string' && tenantId.toLowerCase() === PERSONAL_ACCOUNT_TENANT_ID;
}
