import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPES, parseScopes, scopeResource, type ParsedScopes } from './scopes.ts';
import { SignInInputError } from './sign-in-errors.ts';

function parsed(text: string, entra = false): ParsedScopes {
  const result = parseScopes(text, { entra });
  if (!result.ok) throw new Error(result.error.message);
  return result.scopes;
}

describe('parseScopes', () => {
  it('reads the default: an ID token, the profile and a refresh token', () => {
    expect(parsed(DEFAULT_SCOPES)).toEqual({
      scopes: ['openid', 'profile', 'offline_access'],
      value: 'openid profile offline_access',
      requestsIdToken: true,
      warnings: [],
    });
  });

  it('takes any whitespace between scopes and sends single spaces', () => {
    expect(parsed('  openid\tprofile\n api://orders/read ').value).toBe(
      'openid profile api://orders/read',
    );
  });

  it('accepts an API .default scope next to the OpenID Connect scopes', () => {
    const scopes = parsed('openid profile offline_access api://11112222-bbbb/.default', true);
    expect(scopes.warnings).toEqual([]);
    expect(scopes.requestsIdToken).toBe(true);
  });

  it('warns that without openid no ID token comes back', () => {
    expect(parsed('api://orders/read').warnings).toEqual([
      {
        code: 'no-openid',
        message:
          'Without openid this is a plain OAuth request: no ID token comes back, only an access token (and a refresh token with offline_access).',
      },
    ]);
    expect(parsed('api://orders/read').requestsIdToken).toBe(false);
  });

  it('removes duplicates and says which', () => {
    const scopes = parsed('openid profile openid profile email');
    expect(scopes.scopes).toEqual(['openid', 'profile', 'email']);
    expect(scopes.warnings).toEqual([
      {
        code: 'duplicate',
        message: '"openid", "profile" were given more than once; each scope is requested once.',
      },
    ]);
    expect(parsed('openid openid').warnings[0]!.message).toBe(
      '"openid" was given more than once; each scope is requested once.',
    );
  });

  it('warns about commas, which do not separate scopes', () => {
    expect(parsed('openid,profile').warnings).toContainEqual({
      code: 'comma',
      message:
        '"openid,profile" contains a comma: scopes are separated by spaces, so this is requested as one scope.',
    });
  });

  it('warns, for Microsoft Entra, when .default is mixed with scopes of the same API', () => {
    expect(parsed('openid api://orders/.default api://orders/read', true).warnings).toEqual([
      {
        code: 'default-mixed',
        message:
          'api://orders/.default already asks for every permission configured for api://orders, and Microsoft Entra rejects it next to other scopes of the same API ("api://orders/read"). Keep either api://orders/.default or the individual scopes.',
      },
    ]);
  });

  it('counts bare permission names as Microsoft Graph scopes', () => {
    expect(
      parsed('openid User.Read https://graph.microsoft.com/.default', true).warnings.map(
        (warning) => warning.code,
      ),
    ).toEqual(['default-mixed']);
  });

  it('warns, for Microsoft Entra, when the scopes belong to several APIs', () => {
    expect(parsed('openid User.Read api://orders/read', true).warnings).toEqual([
      {
        code: 'several-resources',
        message:
          'These scopes belong to 2 APIs (https://graph.microsoft.com, api://orders). An access token is for one API, so the one that comes back covers only one of them; request the scopes of one API at a time to choose which.',
      },
    ]);
  });

  it('applies no Entra rules to other providers', () => {
    expect(parsed('openid read write https://api.example/orders.read').warnings).toEqual([]);
  });

  it('refuses an empty field', () => {
    const result = parseScopes('  ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SignInInputError);
    expect(result.error.code).toBe('scopes-empty');
    expect(result.error.message).toBe(
      'Scopes is empty: request at least openid for an ID token (the default is openid profile offline_access).',
    );
  });

  it.each(['"openid"', 'ünïcode', 'back\\slash'])('refuses the scope %s', (scope) => {
    const result = parseScopes(`openid ${scope}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('scope-invalid');
    expect(result.error.message).toBe(
      `The scope ${JSON.stringify(scope)} contains a character scopes cannot hold (only printable ASCII other than " and \\ is allowed).`,
    );
  });
});

describe('scopeResource', () => {
  it.each([
    ['openid', undefined],
    ['offline_access', undefined],
    ['User.Read', 'https://graph.microsoft.com'],
    ['api://orders/read', 'api://orders'],
    ['api://11112222-bbbb/.default', 'api://11112222-bbbb'],
    ['https://api.example/v1/orders.read', 'https://api.example/v1'],
    ['api://orders', 'api://orders'],
  ])('%s belongs to %s', (scope, resource) => {
    expect(scopeResource(scope)).toBe(resource);
  });
});
