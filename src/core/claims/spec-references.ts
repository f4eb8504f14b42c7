import type { SpecReference } from './registry-entry.ts';

export function rfc(number: number, section: string): SpecReference {
  return {
    spec: `RFC ${number}`,
    section: `§${section}`,
    url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
  };
}

const OIDC_CORE = 'https://openid.net/specs/openid-connect-core-1_0.html';

/** OpenID Connect Core 1.0 numbers its sections but links them by named anchors. */
export function oidcCore(section: string, anchor: string): SpecReference {
  return { spec: 'OpenID Connect Core 1.0', section: `§${section}`, url: `${OIDC_CORE}#${anchor}` };
}

export const OIDC_FRONT_CHANNEL_LOGOUT: SpecReference = {
  spec: 'OpenID Connect Front-Channel Logout 1.0',
  section: '§3',
  url: 'https://openid.net/specs/openid-connect-frontchannel-1_0.html#ClaimsContents',
};

const LEARN = 'https://learn.microsoft.com/en-us/entra';

export const MICROSOFT_ACCESS_TOKEN_CLAIMS: SpecReference = {
  spec: 'Microsoft identity platform: access token claims',
  url: `${LEARN}/identity-platform/access-token-claims-reference`,
};

export const MICROSOFT_ID_TOKEN_CLAIMS: SpecReference = {
  spec: 'Microsoft identity platform: ID token claims',
  url: `${LEARN}/identity-platform/id-token-claims-reference`,
};

export const MICROSOFT_OPTIONAL_CLAIMS: SpecReference = {
  spec: 'Microsoft identity platform: optional claims',
  url: `${LEARN}/identity-platform/optional-claims-reference`,
};

export const MICROSOFT_ACCESS_TOKENS: SpecReference = {
  spec: 'Microsoft identity platform: access tokens',
  url: `${LEARN}/identity-platform/access-tokens`,
};

export const MICROSOFT_BUILT_IN_ROLES: SpecReference = {
  spec: 'Microsoft Entra built-in roles',
  url: `${LEARN}/identity/role-based-access-control/permissions-reference`,
};
