/** Which OAuth 2.0 / OpenID Connect flow yields which tokens (shared/docs/identity-platform.md). */

export type TokenKind = 'idToken' | 'accessToken' | 'refreshToken' | 'authorizationCode';

export interface TokenFlow {
  name: string;
  /** What the client must already hold; undefined when nothing. */
  needs: string | undefined;
  yields: Record<TokenKind, boolean>;
  /** A qualifier on what it yields, e.g. app-only access tokens. */
  note: string | undefined;
}

export const TOKEN_KIND_LABELS: Record<TokenKind, string> = {
  idToken: 'ID token',
  accessToken: 'Access token',
  refreshToken: 'Refresh token',
  authorizationCode: 'Authorization code',
};

export const TOKEN_KINDS: readonly TokenKind[] = [
  'idToken',
  'accessToken',
  'refreshToken',
  'authorizationCode',
];

const yields = (
  idToken: boolean,
  accessToken: boolean,
  refreshToken: boolean,
  authorizationCode: boolean,
): Record<TokenKind, boolean> => ({ idToken, accessToken, refreshToken, authorizationCode });

export const TOKEN_FLOWS: readonly TokenFlow[] = [
  {
    name: 'Authorization code',
    needs: undefined,
    yields: yields(true, true, true, true),
    note: undefined,
  },
  { name: 'Implicit', needs: undefined, yields: yields(true, true, false, false), note: undefined },
  {
    name: 'Hybrid OIDC',
    needs: undefined,
    yields: yields(true, false, false, true),
    note: undefined,
  },
  {
    name: 'Refresh token redemption',
    needs: 'Refresh token',
    yields: yields(true, true, true, false),
    note: undefined,
  },
  {
    name: 'On-behalf-of',
    needs: 'Access token',
    yields: yields(true, true, true, false),
    note: undefined,
  },
  {
    name: 'Client credentials',
    needs: undefined,
    yields: yields(false, true, false, false),
    note: 'app-only access token',
  },
];

export const IMPLICIT_FLOW_NOTE =
  'Implicit-flow tokens travel in the URL, whose length browsers limit, so they never carry the groups or wids claims; hasgroups: true may stand in for groups.';
