import { describe, expect, it } from 'vitest';
import { expandAuthority, type ExpandedAuthority } from './authority.ts';
import { SignInInputError } from './sign-in-errors.ts';

const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const MSA_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

function expanded(text: string): ExpandedAuthority {
  const result = expandAuthority(text);
  if (!result.ok) throw new Error(`expected an authority, got: ${result.error.message}`);
  return result.authority;
}

function refused(text: string): SignInInputError {
  const result = expandAuthority(text);
  if (result.ok) throw new Error(`expected a refusal, got ${result.authority.issuer}`);
  expect(result.error).toBeInstanceOf(SignInInputError);
  return result.error;
}

describe('expandAuthority: Microsoft Entra tenant forms', () => {
  it('expands a tenant id to its v2.0 authority, compared exactly', () => {
    expect(expanded(` ${TENANT_ID.toUpperCase()} `)).toEqual({
      input: TENANT_ID.toUpperCase(),
      readAs: 'entra-tenant',
      issuer: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
      discoveryUrl: `https://login.microsoftonline.com/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
      discoveryAlgorithm: 'oidc',
      issuerCheck: 'exact',
      entra: { tenant: TENANT_ID, kind: 'guid' },
      notes: [
        `Microsoft Entra, the tenant with id ${TENANT_ID}, at https://login.microsoftonline.com/${TENANT_ID}/v2.0.`,
      ],
    });
  });

  it('names the personal-account tenant', () => {
    expect(expanded(MSA_TENANT_ID).notes).toEqual([
      `Microsoft Entra, the personal Microsoft account tenant ${MSA_TENANT_ID}, at https://login.microsoftonline.com/${MSA_TENANT_ID}/v2.0.`,
    ]);
  });

  it.each([
    [
      'common',
      'Microsoft Entra, common: work or school accounts of any tenant and personal Microsoft accounts, at https://login.microsoftonline.com/common/v2.0.',
    ],
    [
      'Organizations',
      'Microsoft Entra, organizations: work or school accounts of any tenant, at https://login.microsoftonline.com/organizations/v2.0.',
    ],
    [
      'CONSUMERS',
      'Microsoft Entra, consumers: personal Microsoft accounts only, at https://login.microsoftonline.com/consumers/v2.0.',
    ],
  ])('expands the alias %s, compared by origin only', (alias, note) => {
    const authority = expanded(alias);
    const tenant = alias.toLowerCase();
    expect(authority.issuer).toBe(`https://login.microsoftonline.com/${tenant}/v2.0`);
    expect(authority.entra).toEqual({ tenant, kind: tenant });
    expect(authority.issuerCheck).toBe('same-origin');
    expect(authority.notes).toEqual([note]);
  });

  it.each(['contoso.onmicrosoft.com', 'Contoso.com', 'fabrikam.co.uk'])(
    'expands the tenant domain %s',
    (domain) => {
      const authority = expanded(domain);
      const tenant = domain.toLowerCase();
      expect(authority.readAs).toBe('entra-tenant');
      expect(authority.issuer).toBe(`https://login.microsoftonline.com/${tenant}/v2.0`);
      expect(authority.entra).toEqual({ tenant, kind: 'domain' });
      expect(authority.issuerCheck).toBe('same-origin');
      expect(authority.notes).toEqual([
        `Microsoft Entra, the tenant with the domain ${tenant}, at https://login.microsoftonline.com/${tenant}/v2.0. For another identity provider, type its issuer URL starting with https://.`,
      ]);
    },
  );
});

describe('expandAuthority: Microsoft Entra URLs, v1.0 and v2.0', () => {
  it('keeps a v2.0 authority, with or without the trailing slash', () => {
    for (const text of [
      `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
      `https://login.microsoftonline.com/${TENANT_ID}/v2.0/`,
    ]) {
      const authority = expanded(text);
      expect(authority.readAs).toBe('entra-v2-authority');
      expect(authority.issuer).toBe(`https://login.microsoftonline.com/${TENANT_ID}/v2.0`);
      expect(authority.notes).toEqual([
        `Microsoft Entra, the tenant with id ${TENANT_ID}, at https://login.microsoftonline.com/${TENANT_ID}/v2.0.`,
      ]);
    }
  });

  it('recognises a v1.0 authority and signs in at the v2.0 one instead, saying why', () => {
    const authority = expanded('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(authority.readAs).toBe('entra-v1-authority');
    expect(authority.issuer).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0');
    expect(authority.notes[0]).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com is the v1.0 authority, which takes resource= instead of scopes. Tokenscope signs in at the v2.0 authority https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0 instead. The API still decides whether its access tokens are v1.0 or v2.0 (accessTokenAcceptedVersion in its manifest).',
    );
  });

  it('recognises a v1.0 discovery URL', () => {
    const authority = expanded(
      `https://login.microsoftonline.com/${TENANT_ID}/.well-known/openid-configuration`,
    );
    expect(authority.readAs).toBe('entra-v1-authority');
    expect(authority.discoveryUrl).toBe(
      `https://login.microsoftonline.com/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
    );
    expect(authority.notes[0]).toMatch(/ is the v1\.0 discovery URL, which takes resource= /);
  });

  it('recognises the v1.0 issuer sts.windows.net', () => {
    const authority = expanded(`https://sts.windows.net/${TENANT_ID}/`);
    expect(authority.readAs).toBe('entra-v1-issuer');
    expect(authority.issuer).toBe(`https://login.microsoftonline.com/${TENANT_ID}/v2.0`);
    expect(authority.issuerCheck).toBe('exact');
    expect(authority.notes[0]).toBe(
      `https://sts.windows.net/${TENANT_ID}/ is the issuer of v1.0 tokens, not a place to sign in. Tokenscope signs in at the v2.0 authority https://login.microsoftonline.com/${TENANT_ID}/v2.0; the API decides whether its access tokens are v1.0 or v2.0 (accessTokenAcceptedVersion in its manifest).`,
    );
  });

  it('keeps the appid query of a v2.0 discovery URL', () => {
    const authority = expanded(
      `https://login.microsoftonline.com/${TENANT_ID}/v2.0/.well-known/openid-configuration?appid=00000000-0000-0000-0000-000000000001`,
    );
    expect(authority.readAs).toBe('discovery-url');
    expect(authority.issuer).toBe(`https://login.microsoftonline.com/${TENANT_ID}/v2.0`);
    expect(authority.discoveryUrl).toBe(
      `https://login.microsoftonline.com/${TENANT_ID}/v2.0/.well-known/openid-configuration?appid=00000000-0000-0000-0000-000000000001`,
    );
  });

  it.each([
    `https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/authorize`,
    `https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/token`,
    `https://login.microsoftonline.com/${TENANT_ID}/oauth2/authorize`,
  ])('reads the endpoint %s as its authority', (endpoint) => {
    const authority = expanded(endpoint);
    expect(authority.readAs).toBe('entra-endpoint');
    expect(authority.issuer).toBe(`https://login.microsoftonline.com/${TENANT_ID}/v2.0`);
    expect(authority.notes[0]).toBe(
      `${endpoint} is an endpoint, not an authority; signing in at its authority https://login.microsoftonline.com/${TENANT_ID}/v2.0.`,
    );
  });

  it('keeps the national cloud host', () => {
    expect(expanded('https://login.microsoftonline.us/contoso.us/v2.0').issuer).toBe(
      'https://login.microsoftonline.us/contoso.us/v2.0',
    );
  });

  it('adds https:// to a URL typed without it, and says so', () => {
    const authority = expanded('login.microsoftonline.com/common/v2.0');
    expect(authority.issuer).toBe('https://login.microsoftonline.com/common/v2.0');
    expect(authority.notes[0]).toBe(
      'Read as https://login.microsoftonline.com/common/v2.0 (https:// added in front).',
    );
  });
});

describe('expandAuthority: any OpenID Provider', () => {
  it('reads an issuer URL exactly as typed', () => {
    expect(expanded('https://accounts.example.com/tenant-a/')).toEqual({
      input: 'https://accounts.example.com/tenant-a/',
      readAs: 'issuer',
      issuer: 'https://accounts.example.com/tenant-a/',
      discoveryUrl: 'https://accounts.example.com/tenant-a/.well-known/openid-configuration',
      discoveryAlgorithm: 'oidc',
      issuerCheck: 'exact',
      entra: undefined,
      notes: [
        'The discovery document is read from https://accounts.example.com/tenant-a/.well-known/openid-configuration.',
      ],
    });
  });

  it('reads a discovery URL and derives the issuer it must name', () => {
    const authority = expanded('https://idp.example/realms/test/.well-known/openid-configuration');
    expect(authority.readAs).toBe('discovery-url');
    expect(authority.issuer).toBe('https://idp.example/realms/test');
    expect(authority.discoveryUrl).toBe(
      'https://idp.example/realms/test/.well-known/openid-configuration',
    );
    expect(authority.notes).toEqual([
      'Read as a discovery URL: the document must name the issuer https://idp.example/realms/test.',
    ]);
  });

  it('reads RFC 8414 authorization server metadata', () => {
    const authority = expanded('https://as.example/.well-known/oauth-authorization-server/tenant');
    expect(authority.discoveryAlgorithm).toBe('oauth2');
    expect(authority.issuer).toBe('https://as.example/tenant');
  });

  it('allows plain http on the loopback interface', () => {
    expect(expanded('http://127.0.0.1:4000').issuer).toBe('http://127.0.0.1:4000');
    expect(expanded('http://localhost:8080/realms/dev').issuer).toBe(
      'http://localhost:8080/realms/dev',
    );
  });

  it('compares only the origin of Azure AD B2C and External ID issuers', () => {
    const authority = expanded(
      'https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/v2.0/.well-known/openid-configuration',
    );
    expect(authority.issuerCheck).toBe('same-origin');
    expect(authority.entra).toBeUndefined();
  });
});

describe('expandAuthority: refusals', () => {
  it.each([
    [
      '   ',
      'authority-empty',
      'Authority is empty: type the issuer of your identity provider (https://…), its discovery URL, or for Microsoft Entra a tenant id, a tenant domain, common, organizations or consumers.',
    ],
    [
      'contoso',
      'authority-invalid',
      '"contoso" is not an issuer URL, a discovery URL or a Microsoft Entra tenant. Type an issuer such as https://accounts.example.com, or for Microsoft Entra a tenant id (a GUID), a tenant domain such as contoso.onmicrosoft.com, or common, organizations or consumers.',
    ],
    [
      'my tenant',
      'authority-invalid',
      '"my tenant" is not an issuer URL, a discovery URL or a Microsoft Entra tenant. Type an issuer such as https://accounts.example.com, or for Microsoft Entra a tenant id (a GUID), a tenant domain such as contoso.onmicrosoft.com, or common, organizations or consumers.',
    ],
    [
      'http://idp.example',
      'authority-insecure',
      'The Authority "http://idp.example" uses plain http: the sign-in and its tokens would cross the network unencrypted. Only https (or http on localhost) is allowed.',
    ],
    [
      'ftp://idp.example',
      'authority-invalid',
      'The Authority "ftp://idp.example" is not an https URL.',
    ],
    ['https://exa mple.com', 'authority-invalid', '"https://exa mple.com" is not a valid URL.'],
    [
      'https://user:pw@idp.example',
      'authority-invalid',
      'The Authority "https://user:pw@idp.example" contains a user name or password; an issuer URL never does.',
    ],
    [
      'https://idp.example/#x',
      'authority-invalid',
      'The Authority "https://idp.example/#x" has a fragment (#…); an issuer or discovery URL never does.',
    ],
    [
      'https://idp.example/?tenant=a',
      'authority-invalid',
      'The Authority "https://idp.example/?tenant=a" has a query string; an issuer never does. A discovery URL ending in /.well-known/openid-configuration may carry one.',
    ],
    [
      'https://login.microsoftonline.com/',
      'authority-invalid',
      'https://login.microsoftonline.com/ is not a Microsoft Entra authority. Use https://login.microsoftonline.com/{tenant}/v2.0, or type just the tenant id, the tenant domain, common, organizations or consumers.',
    ],
    [
      'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      'authority-invalid',
      'https://login.microsoftonline.com/common/discovery/v2.0/keys is not a Microsoft Entra authority. Use https://login.microsoftonline.com/{tenant}/v2.0, or type just the tenant id, the tenant domain, common, organizations or consumers.',
    ],
    [
      'https://login.microsoftonline.com/common/v2.0?p=x',
      'authority-invalid',
      'The Authority "https://login.microsoftonline.com/common/v2.0?p=x" has a query string; only a discovery URL may carry one (such as ?appid=).',
    ],
    [
      'https://sts.windows.net/common/',
      'authority-invalid',
      '"https://sts.windows.net/common/" is not a Microsoft Entra issuer: v1.0 issuers read https://sts.windows.net/{tenant id}/.',
    ],
  ])('refuses %j', (text, code, message) => {
    const error = refused(text);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });
});
