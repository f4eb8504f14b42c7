import { isJsonObject, type JsonObject, type JsonValue } from '../token/parse-json.ts';
import type { DecodedMember, TokenSet, TokenSetMember } from './token-set.ts';

export type CrossCheckId =
  | 'at-hash'
  | 'c-hash'
  | 'nonce'
  | 'client'
  | 'same-tenant'
  | 'same-user'
  | 'same-subject'
  | 'expires-in'
  | 'scope'
  | 'lifetimes'
  | 'role-kind';

export type CrossCheckStatus = 'pass' | 'fail' | 'warning' | 'info';

/** One check between the tokens of a set, ready to be a list item. */
export interface CrossCheck {
  id: CrossCheckId;
  status: CrossCheckStatus;
  /** A few words: "at_hash", "Same tenant (tid)". */
  title: string;
  /** What was compared, with the claims and their values, and what follows. */
  message: string;
  /** The ids of the members compared, for the UI to point at their tabs. */
  members: readonly string[];
}

/** A decoded member with its claims set: what most checks compare. */
export interface ClaimsMember {
  member: DecodedMember;
  claims: JsonObject;
}

/** The pair most checks are about: the set's first ID token and first access token. */
export interface TokenPair {
  set: TokenSet;
  idToken: ClaimsMember | undefined;
  /** The access token member, decoded or opaque. */
  accessToken: TokenSetMember | undefined;
  /** Its claims, when it is a JWT with a JSON payload. */
  accessClaims: ClaimsMember | undefined;
}

export function claimsOf(member: TokenSetMember | undefined): ClaimsMember | undefined {
  if (member?.type !== 'decoded') return undefined;
  const payload = member.decoded.payload;
  if (payload?.type !== 'json' || !isJsonObject(payload.value)) return undefined;
  return { member, claims: payload.value };
}

export function findPair(set: TokenSet): TokenPair {
  const idToken = claimsOf(set.members.find((member) => member.kind === 'id-token'));
  const accessToken = set.members.find((member) => member.kind === 'access-token');
  return { set, idToken, accessToken, accessClaims: claimsOf(accessToken) };
}

/** Claims that are strings, or undefined: what identity comparisons work with. */
export function stringClaim(claims: JsonObject, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' ? value : undefined;
}

/** A Microsoft identity platform token: it names its tenant. */
export function isMicrosoftToken(claims: JsonObject): boolean {
  return typeof claims.tid === 'string';
}

/** aud as a list: one string or an array of them (RFC 7519 §4.1.3); empty strings dropped. */
export function audiences(aud: JsonValue | undefined): string[] {
  const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  return list.filter((value): value is string => typeof value === 'string' && value !== '');
}
