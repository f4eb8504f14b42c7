import {
  describeEntraTenant,
  entraV2Authority,
  isEntraCustomerHost,
  isEntraLoginHost,
  isEntraV1IssuerHost,
  readEntraPath,
  readEntraTenant,
  readEntraV1IssuerPath,
  type EntraTenant,
} from './entra-authority.ts';
import { SignInInputError } from './sign-in-errors.ts';

/** How the text in the Authority field was understood. */
export type AuthorityReading =
  | 'issuer'
  | 'discovery-url'
  | 'entra-tenant'
  | 'entra-v2-authority'
  | 'entra-v1-authority'
  | 'entra-v1-issuer'
  | 'entra-endpoint';

/**
 * `exact`: the discovery document must state `issuer` itself (OpenID Connect Discovery §4.3).
 * `same-origin`: Entra names a tenant by domain or alias in the authority but by id in the
 * issuer, so only the origin can be compared before the ID token's `tid` is known.
 */
export type IssuerCheck = 'exact' | 'same-origin';

export interface ExpandedAuthority {
  /** What was typed, trimmed. */
  input: string;
  readAs: AuthorityReading;
  /** The authority to sign in at: the issuer, or for Entra the v2.0 authority. */
  issuer: string;
  /** Where the discovery document is read from. */
  discoveryUrl: string;
  /** `oidc`: issuer + /.well-known/openid-configuration; `oauth2`: RFC 8414 §3.1. */
  discoveryAlgorithm: 'oidc' | 'oauth2';
  issuerCheck: IssuerCheck;
  /** Set for Microsoft Entra ID (login.microsoftonline.*). */
  entra: EntraTenant | undefined;
  /** What the input was read as, in sentences for the note under the field. */
  notes: string[];
}

export type AuthorityResult =
  { ok: true; authority: ExpandedAuthority } | { ok: false; error: SignInInputError };

const OIDC_SUFFIX = '/.well-known/openid-configuration';
const RFC8414_PREFIX = '/.well-known/oauth-authorization-server';
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Expands the Authority field: an issuer URL, a discovery URL, or for Microsoft Entra a
 * tenant id, tenant domain, `common`, `organizations` or `consumers` (→ the v2.0 authority).
 * A v1.0 authority or issuer is recognised and replaced by its v2.0 authority, with a note.
 */
export function expandAuthority(text: string): AuthorityResult {
  const input = text.trim();
  if (input === '') {
    return failure(
      'authority-empty',
      'Authority is empty: type the issuer of your identity provider (https://…), its discovery URL, or for Microsoft Entra a tenant id, a tenant domain, common, organizations or consumers.',
    );
  }
  if (!input.includes('/') && !input.includes(':')) {
    const tenant = readEntraTenant(input);
    if (tenant) return entra(input, tenant, 'entra-tenant', [tenantNote(tenant)]);
    return failure(
      'authority-invalid',
      `${JSON.stringify(input)} is not an issuer URL, a discovery URL or a Microsoft Entra tenant. Type an issuer such as https://accounts.example.com, or for Microsoft Entra a tenant id (a GUID), a tenant domain such as contoso.onmicrosoft.com, or common, organizations or consumers.`,
    );
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return failure('authority-invalid', `${JSON.stringify(input)} is not a valid URL.`);
  }
  const problem = checkUrl(url, input);
  if (problem) return { ok: false, error: problem };
  const schemeNote = withScheme === input ? [] : [`Read as ${url.href} (https:// added in front).`];
  if (isEntraLoginHost(url.hostname)) return expandEntraUrl(input, url, schemeNote);
  if (isEntraV1IssuerHost(url.hostname)) return expandEntraV1Issuer(input, url, schemeNote);
  return expandGenericUrl(input, url, schemeNote);
}

function checkUrl(url: URL, input: string): SignInInputError | undefined {
  if (url.username || url.password) {
    return new SignInInputError(
      'authority-invalid',
      `The Authority ${JSON.stringify(input)} contains a user name or password; an issuer URL never does.`,
    );
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return new SignInInputError(
      'authority-insecure',
      `The Authority ${JSON.stringify(input)} uses plain http: the sign-in and its tokens would cross the network unencrypted. Only https (or http on localhost) is allowed.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return new SignInInputError(
      'authority-invalid',
      `The Authority ${JSON.stringify(input)} is not an https URL.`,
    );
  }
  if (url.hash !== '') {
    return new SignInInputError(
      'authority-invalid',
      `The Authority ${JSON.stringify(input)} has a fragment (#…); an issuer or discovery URL never does.`,
    );
  }
  return undefined;
}

function expandEntraUrl(input: string, url: URL, schemeNote: string[]): AuthorityResult {
  const reading = readEntraPath(url.pathname);
  if (!reading.ok) {
    return failure(
      'authority-invalid',
      `${url.origin}${url.pathname} is not a Microsoft Entra authority. Use ${url.origin}/{tenant}/v2.0, or type just the tenant id, the tenant domain, common, organizations or consumers.`,
    );
  }
  const { tenant, version, what } = reading;
  const authority = entraV2Authority(tenant.tenant, url.hostname.toLowerCase());
  const notes = [...schemeNote];
  if (what === 'endpoint') {
    notes.push(
      `${url.origin}${url.pathname} is an endpoint, not an authority; signing in at its authority ${authority}.`,
    );
  } else if (version === 'v1.0') {
    notes.push(
      `${url.origin}${url.pathname} is the v1.0 ${what === 'discovery-url' ? 'discovery URL' : 'authority'}, which takes resource= instead of scopes. Tokenscope signs in at the v2.0 authority ${authority} instead. The API still decides whether its access tokens are v1.0 or v2.0 (accessTokenAcceptedVersion in its manifest).`,
    );
  }
  notes.push(tenantNote(tenant, authority));
  const readAs =
    what === 'endpoint'
      ? 'entra-endpoint'
      : version === 'v1.0'
        ? 'entra-v1-authority'
        : what === 'discovery-url'
          ? 'discovery-url'
          : 'entra-v2-authority';
  // An `appid` query (apps with custom signing keys) belongs to the discovery URL.
  const query = what === 'discovery-url' && version === 'v2.0' ? url.search : '';
  if (url.search !== '' && query === '') {
    return failure(
      'authority-invalid',
      `The Authority ${JSON.stringify(input)} has a query string; only a discovery URL may carry one (such as ?appid=).`,
    );
  }
  return entra(input, tenant, readAs, notes, authority, query);
}

function expandEntraV1Issuer(input: string, url: URL, schemeNote: string[]): AuthorityResult {
  const tenant = readEntraV1IssuerPath(url.pathname);
  if (!tenant || url.search !== '') {
    return failure(
      'authority-invalid',
      `${JSON.stringify(input)} is not a Microsoft Entra issuer: v1.0 issuers read https://sts.windows.net/{tenant id}/.`,
    );
  }
  const authority = entraV2Authority(tenant.tenant);
  return entra(input, tenant, 'entra-v1-issuer', [
    ...schemeNote,
    `https://sts.windows.net/${tenant.tenant}/ is the issuer of v1.0 tokens, not a place to sign in. Tokenscope signs in at the v2.0 authority ${authority}; the API decides whether its access tokens are v1.0 or v2.0 (accessTokenAcceptedVersion in its manifest).`,
    tenantNote(tenant, authority),
  ]);
}

function expandGenericUrl(input: string, url: URL, schemeNote: string[]): AuthorityResult {
  const customer = isEntraCustomerHost(url.hostname);
  const issuerCheck: IssuerCheck = customer ? 'same-origin' : 'exact';
  const customerNote = customer
    ? [
        'Azure AD B2C and Entra External ID state the tenant id in the issuer, so only its origin is compared with this authority.',
      ]
    : [];
  if (url.pathname.endsWith(OIDC_SUFFIX)) {
    const issuer = `${url.origin}${url.pathname.slice(0, -OIDC_SUFFIX.length)}`;
    return ok({
      input,
      readAs: 'discovery-url',
      issuer,
      discoveryUrl: url.href,
      discoveryAlgorithm: 'oidc',
      issuerCheck,
      entra: undefined,
      notes: [
        ...schemeNote,
        `Read as a discovery URL: the document must name the issuer ${issuer}.`,
        ...customerNote,
      ],
    });
  }
  if (url.pathname.startsWith(RFC8414_PREFIX)) {
    const issuer = `${url.origin}${url.pathname.slice(RFC8414_PREFIX.length)}`;
    return ok({
      input,
      readAs: 'discovery-url',
      issuer: issuer.endsWith('/') ? issuer.slice(0, -1) : issuer,
      discoveryUrl: url.href,
      discoveryAlgorithm: 'oauth2',
      issuerCheck,
      entra: undefined,
      notes: [
        ...schemeNote,
        `Read as OAuth authorization server metadata (RFC 8414): the document must name the issuer ${issuer}.`,
        ...customerNote,
      ],
    });
  }
  if (url.search !== '') {
    return failure(
      'authority-invalid',
      `The Authority ${JSON.stringify(input)} has a query string; an issuer never does. A discovery URL ending in ${OIDC_SUFFIX} may carry one.`,
    );
  }
  // Keep the issuer exactly as typed (less the whitespace): issuers are compared as strings.
  const issuer = issuerAsTyped(input, url);
  const discovery = new URL(url.href);
  discovery.pathname = `${discovery.pathname.replace(/\/$/, '')}${OIDC_SUFFIX}`;
  return ok({
    input,
    readAs: 'issuer',
    issuer,
    discoveryUrl: discovery.href,
    discoveryAlgorithm: 'oidc',
    issuerCheck,
    entra: undefined,
    notes: [
      ...schemeNote,
      `The discovery document is read from ${discovery.href}.`,
      ...customerNote,
    ],
  });
}

function issuerAsTyped(input: string, url: URL): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : url.href;
}

function entra(
  input: string,
  tenant: EntraTenant,
  readAs: AuthorityReading,
  notes: string[],
  authority = entraV2Authority(tenant.tenant),
  query = '',
): AuthorityResult {
  return ok({
    input,
    readAs,
    issuer: authority,
    discoveryUrl: `${authority}${OIDC_SUFFIX}${query}`,
    discoveryAlgorithm: 'oidc',
    // Only an id names the tenant the same way in the authority and in the issuer.
    issuerCheck: tenant.kind === 'guid' ? 'exact' : 'same-origin',
    entra: tenant,
    notes,
  });
}

function tenantNote(tenant: EntraTenant, authority = entraV2Authority(tenant.tenant)): string {
  const base = `${describeEntraTenant(tenant)}, at ${authority}.`;
  return tenant.kind === 'domain'
    ? `${base} For another identity provider, type its issuer URL starting with https://.`
    : base;
}

function ok(authority: ExpandedAuthority): AuthorityResult {
  return { ok: true, authority };
}

function failure(code: SignInInputError['code'], message: string): AuthorityResult {
  return { ok: false, error: new SignInInputError(code, message) };
}
