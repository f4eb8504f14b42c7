import type { DecodedToken } from '../token/decode-token.ts';
import { isJsonObject, type JsonObject } from '../token/parse-json.ts';
import { detectTokenVersion, findTenantId, isPersonalAccountTenant } from './microsoft-issuer.ts';
import type { TokenVersion } from './registry-entry.ts';
import { detectTokenKind, type TokenKind } from './token-kind.ts';
import { describeWhoseToken } from './whose-token.ts';
import { assessValidity, DEFAULT_CLOCK_TOLERANCE_SECONDS, type Validity } from './validity.ts';

export interface TenantSummary {
  id: string;
  /** "Personal Microsoft account" for the consumer tenant. */
  note?: string;
}

export interface ClientSummary {
  id: string;
  /** The claim it came from: appid (v1.0), azp (v2.0, OIDC) or client_id (RFC 9068, RFC 8693). */
  claim: 'appid' | 'azp' | 'client_id';
}

/** What the Summary region shows: the answers to "what is this, for whom, still good?". */
export interface TokenSummary {
  kind: TokenKind;
  /** Who should look at the token and how: "For the web API named in aud: …". */
  whose: string | undefined;
  version: TokenVersion | undefined;
  issuer: string | undefined;
  tenant: TenantSummary | undefined;
  subject: string | undefined;
  /** A human name for the subject: preferred_username, upn, unique_name, email or name. */
  user: string | undefined;
  audience: string[];
  client: ClientSummary | undefined;
  /** Delegated scopes (scp or scope), split. */
  scopes: string[];
  roles: string[];
  validity: Validity;
  toleranceSeconds: number;
}

export interface SummaryOptions {
  /** Allowed clock difference for exp / nbf, in seconds; 300 by default. */
  toleranceSeconds?: number;
}

export function summarizeToken(
  decoded: DecodedToken,
  now: number,
  options: SummaryOptions = {},
): TokenSummary {
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  const payload =
    decoded.payload?.type === 'json' && isJsonObject(decoded.payload.value)
      ? decoded.payload.value
      : undefined;
  const kind = detectTokenKind(decoded);
  return {
    kind,
    whose: describeWhoseToken(kind),
    version: payload ? detectTokenVersion(payload)?.version : undefined,
    issuer: text(payload?.iss),
    tenant: payload ? summarizeTenant(payload) : undefined,
    subject: text(payload?.sub),
    user: payload
      ? firstText(
          payload.preferred_username,
          payload.upn,
          payload.unique_name,
          payload.email,
          payload.name,
        )
      : undefined,
    audience: payload ? strings(payload.aud) : [],
    client: payload ? summarizeClient(payload) : undefined,
    scopes: payload ? splitScopes(payload.scp ?? payload.scope) : [],
    roles: payload ? strings(payload.roles) : [],
    validity: assessValidity(payload, now, toleranceSeconds),
    toleranceSeconds,
  };
}

function summarizeTenant(payload: JsonObject): TenantSummary | undefined {
  const id = findTenantId(payload);
  if (id === undefined) return undefined;
  return isPersonalAccountTenant(id) ? { id, note: 'Personal Microsoft account' } : { id };
}

function summarizeClient(payload: JsonObject): ClientSummary | undefined {
  for (const claim of ['appid', 'azp', 'client_id'] as const) {
    const id = text(payload[claim]);
    if (id !== undefined) return { id, claim };
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const found = text(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function splitScopes(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/\s+/).filter((scope) => scope !== '') : [];
}
