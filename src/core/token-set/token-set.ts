import type { TokenKind } from '../claims/token-kind.ts';
import type { DecodedToken } from '../token/decode-token.ts';
import type { TokenSetError } from './token-set-error.ts';

/** What the input called a token: the member or parameter name it came under. */
export type TokenRole = 'id_token' | 'access_token' | 'refresh_token' | 'unnamed';

/** What a member is, from its role when the input named it, else from its claims. */
export type MemberKind =
  | 'id-token'
  | 'access-token'
  | 'refresh-token'
  | 'jwt'
  | 'encrypted'
  | 'unsecured'
  | 'opaque'
  | 'undecodable'
  | 'empty';

interface MemberBase {
  /** Stable within one set: `token-1`, `token-2`… in input order. */
  id: string;
  role: TokenRole;
  kind: MemberKind;
  /** The tab name: `ID token`, `Access token`, `Access token 2`… unique within the set. */
  label: string;
  /** Where the member came from, and for an opaque one why nothing is decoded. */
  description: string;
}

/** A member decoded as a compact JWS or JWE (or one that failed to decode: see its errors). */
export interface DecodedMember extends MemberBase {
  type: 'decoded';
  decoded: DecodedToken;
  /** detectTokenKind's reading of the token, whatever the input called it. */
  detected: TokenKind;
}

/**
 * A member that is not a JWT (a refresh token, an opaque access token). Its value is kept only
 * so that `at_hash` can be computed over it; it never appears in any text.
 */
export interface OpaqueMember extends MemberBase {
  type: 'opaque';
  value: string;
  /** Characters in the value. */
  length: number;
}

export type TokenSetMember = DecodedMember | OpaqueMember;

export type TokenSetSource =
  'single' | 'token-response' | 'url-fragment' | 'url-query' | 'parameter-string' | 'list';

/** The other members of a token endpoint response or redirect that the checks compare. */
export interface TokenResponseInfo {
  tokenType: string | undefined;
  /** Seconds, as the response gave them (a numeric string is read as a number). */
  expiresIn: number | undefined;
  /** Space-separated scopes the authorization server says it granted. */
  scope: string | undefined;
}

export interface TokenSet {
  source: TokenSetSource;
  /** One sentence naming where the tokens came from; undefined for a single pasted token. */
  summary: string | undefined;
  /** Never empty; one member means the UI shows no tabs. */
  members: [TokenSetMember, ...TokenSetMember[]];
  response: TokenResponseInfo | undefined;
  /**
   * An authorization code that came with the tokens (hybrid flow), for the `c_hash` check.
   * A credential: never shown.
   */
  authorizationCode: string | undefined;
}

export type TokenSetResult = { ok: true; set: TokenSet } | { ok: false; error: TokenSetError };
