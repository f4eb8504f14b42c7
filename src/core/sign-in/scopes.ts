import { SignInInputError } from './sign-in-errors.ts';

/** What the Scopes field starts with: an ID token, the user's profile, and a refresh token. */
export const DEFAULT_SCOPES = 'openid profile offline_access';

/** Scopes defined by OpenID Connect Core §5.4 and §11; they name no API. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'address', 'phone', 'offline_access']);

/**
 * Microsoft Entra reads a scope without a resource prefix (`User.Read`) as a Microsoft Graph
 * permission.
 */
export const MICROSOFT_GRAPH = 'https://graph.microsoft.com';

/** RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export type ScopeWarningCode =
  'no-openid' | 'duplicate' | 'comma' | 'default-mixed' | 'several-resources';

export interface ScopeWarning {
  code: ScopeWarningCode;
  message: string;
}

export interface ParsedScopes {
  /** In the order typed, duplicates removed. */
  scopes: string[];
  /** The `scope` parameter: the scopes separated by single spaces. */
  value: string;
  /** `openid` is there, so an ID token (and a nonce check) is expected. */
  requestsIdToken: boolean;
  warnings: ScopeWarning[];
}

export type ScopesResult =
  { ok: true; scopes: ParsedScopes } | { ok: false; error: SignInInputError };

export interface ScopeOptions {
  /** The authority is Microsoft Entra ID: apply its rules for `.default` and for APIs. */
  entra?: boolean;
}

/**
 * Reads the Scopes field: space-separated scope tokens (RFC 6749 §3.3), and warns when there is
 * no `openid`. For Microsoft Entra it also warns where the platform would refuse or surprise:
 * `.default` next to other scopes of the same API, and scopes of several APIs in one request
 * (an access token is for one API).
 */
export function parseScopes(text: string, { entra = false }: ScopeOptions = {}): ScopesResult {
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  if (tokens.length === 0) {
    return {
      ok: false,
      error: new SignInInputError(
        'scopes-empty',
        `Scopes is empty: request at least openid for an ID token (the default is ${DEFAULT_SCOPES}).`,
      ),
    };
  }
  const invalid = tokens.find((token) => !SCOPE_TOKEN.test(token));
  if (invalid !== undefined) {
    return {
      ok: false,
      error: new SignInInputError(
        'scope-invalid',
        `The scope ${JSON.stringify(invalid)} contains a character scopes cannot hold (only printable ASCII other than " and \\ is allowed).`,
      ),
    };
  }
  const warnings: ScopeWarning[] = [];
  const scopes = [...new Set(tokens)];
  const duplicates = [...new Set(tokens.filter((token, index) => tokens.indexOf(token) !== index))];
  if (duplicates.length > 0) {
    warnings.push({
      code: 'duplicate',
      message: `${listNames(duplicates)} ${duplicates.length === 1 ? 'was' : 'were'} given more than once; each scope is requested once.`,
    });
  }
  for (const scope of scopes.filter((token) => token.includes(','))) {
    warnings.push({
      code: 'comma',
      message: `${JSON.stringify(scope)} contains a comma: scopes are separated by spaces, so this is requested as one scope.`,
    });
  }
  const requestsIdToken = scopes.includes('openid');
  if (!requestsIdToken) {
    warnings.push({
      code: 'no-openid',
      message:
        'Without openid this is a plain OAuth request: no ID token comes back, only an access token (and a refresh token with offline_access).',
    });
  }
  if (entra) warnings.push(...resourceWarnings(scopes));
  return { ok: true, scopes: { scopes, value: scopes.join(' '), requestsIdToken, warnings } };
}

/**
 * The API a scope belongs to: the part before the last `/` of `api://…/read` or
 * `https://…/.default`; Microsoft Graph for a bare permission name; none for OIDC scopes.
 */
export function scopeResource(scope: string): string | undefined {
  if (OIDC_SCOPES.has(scope)) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(scope)) return MICROSOFT_GRAPH;
  const slash = scope.lastIndexOf('/');
  // `api://app-id` alone names the API itself.
  return slash > scope.indexOf('//') + 1 ? scope.slice(0, slash) : scope;
}

function resourceWarnings(scopes: string[]): ScopeWarning[] {
  const byResource = new Map<string, string[]>();
  for (const scope of scopes) {
    const resource = scopeResource(scope);
    if (resource === undefined) continue;
    byResource.set(resource, [...(byResource.get(resource) ?? []), scope]);
  }
  const warnings: ScopeWarning[] = [];
  for (const [resource, own] of byResource) {
    const defaults = own.filter((scope) => scope.endsWith('/.default'));
    const others = own.filter((scope) => !scope.endsWith('/.default'));
    if (defaults.length > 0 && others.length > 0) {
      warnings.push({
        code: 'default-mixed',
        message: `${defaults[0]} already asks for every permission configured for ${resource}, and Microsoft Entra rejects it next to other scopes of the same API (${listNames(others)}). Keep either ${defaults[0]} or the individual scopes.`,
      });
    }
  }
  if (byResource.size > 1) {
    warnings.push({
      code: 'several-resources',
      message: `These scopes belong to ${byResource.size} APIs (${[...byResource.keys()].join(', ')}). An access token is for one API, so the one that comes back covers only one of them; request the scopes of one API at a time to choose which.`,
    });
  }
  return warnings;
}

function listNames(names: string[]): string {
  return names.map((name) => JSON.stringify(name)).join(', ');
}
