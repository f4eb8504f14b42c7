import { detectTokenKind, type TokenKind } from '../claims/token-kind.ts';
import { decodeToken, type DecodedToken } from '../token/decode-token.ts';
import type { MemberKind, TokenRole, TokenSetMember } from './token-set.ts';

const LABELS: Record<MemberKind, string> = {
  'id-token': 'ID token',
  'access-token': 'Access token',
  'refresh-token': 'Refresh token',
  jwt: 'JWT',
  encrypted: 'Encrypted token',
  unsecured: 'Unsecured JWT',
  opaque: 'Opaque token',
  undecodable: 'Undecodable token',
  empty: 'No token',
};

const ROLE_KINDS: Partial<Record<TokenRole, MemberKind>> = {
  id_token: 'id-token',
  access_token: 'access-token',
  refresh_token: 'refresh-token',
};

/** detectTokenKind ids → member kinds; an id added there later reads as a plain JWT. */
const DETECTED_KINDS: Partial<Record<TokenKind['id'], MemberKind>> = {
  empty: 'empty',
  invalid: 'undecodable',
  'id-token': 'id-token',
  'access-token-delegated': 'access-token',
  'access-token-app-only': 'access-token',
  'rfc9068-access-token': 'access-token',
  'ms-api-token': 'access-token',
  'unsecured-jwt': 'unsecured',
  jwe: 'encrypted',
  'jwe-nested': 'encrypted',
};

/** Without its label and id, which depend on the other members of the set. */
export type UnlabelledMember =
  | Omit<Extract<TokenSetMember, { type: 'decoded' }>, 'id' | 'label'>
  | Omit<Extract<TokenSetMember, { type: 'opaque' }>, 'id' | 'label'>;

export interface ReadMemberOptions {
  /**
   * The value decoded already, e.g. the whole input of a single token, which keeps the
   * normalisation steps it was read with. Otherwise the value is decoded here.
   */
  decoded?: DecodedToken;
  /** false keeps even a non-JWT as a decoded member, so the decoder's own error is shown. */
  opaque?: boolean;
}

/** One member from its value and what the input called it (`origin`: one sentence). */
export function readMember(
  value: string,
  role: TokenRole,
  origin: string,
  options: ReadMemberOptions = {},
): UnlabelledMember {
  const decoded = options.decoded ?? decodeToken(value);
  if (options.opaque !== false && isOpaque(role, decoded)) {
    const kind = ROLE_KINDS[role] ?? 'opaque';
    const length = value.trim().length;
    return {
      type: 'opaque',
      role,
      kind,
      value: value.trim(),
      length,
      description: `${origin} ${describeOpaque(kind, length)}`,
    };
  }
  const detected = detectTokenKind(decoded);
  return {
    type: 'decoded',
    role,
    kind: ROLE_KINDS[role] ?? DETECTED_KINDS[detected.id] ?? 'jwt',
    decoded,
    detected,
    description: origin,
  };
}

/**
 * A refresh token is a JWT only when it decodes cleanly; anything else is treated as the
 * opaque handle it is meant to be, so no error message ever quotes a piece of it. Any other
 * token is opaque when it has no '.' at all; an ID token is always decoded, because it must be
 * a JWT and its decoding errors say why it is not.
 */
function isOpaque(role: TokenRole, decoded: DecodedToken): boolean {
  if (role === 'refresh_token') return decoded.errors.length > 0 || decoded.format === 'empty';
  if (role === 'id_token') return false;
  return decoded.errors.some((error) => error.code === 'not-compact');
}

function describeOpaque(kind: MemberKind, length: number): string {
  const size = `${length.toLocaleString('en')} characters`;
  switch (kind) {
    case 'refresh-token':
      return `An opaque refresh token of ${size}: only the identity provider reads it, so there is nothing to decode. Its value is not shown.`;
    case 'access-token':
      return `An opaque access token of ${size}: it is not a JWT, so only the API or identity provider it was issued for can read it. Its value is not shown.`;
    default:
      return `An opaque value of ${size}: it is not a JWT (it has no '.' separators), so there is nothing to decode. Its value is not shown.`;
  }
}

/**
 * Gives every member an id and a tab label named by its kind; a kind that occurs more than
 * once is numbered from its second member on ("Access token", "Access token 2").
 */
export function labelMembers(members: UnlabelledMember[]): TokenSetMember[] {
  const seen = new Map<string, number>();
  return members.map((member, index) => {
    const base = LABELS[member.kind];
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const label = count === 1 ? base : `${base} ${count}`;
    return { ...member, id: `token-${index + 1}`, label };
  });
}

/** The token text itself, as a hash claim covers it (normalised: no quotes or prefix). */
export function memberValue(member: TokenSetMember): string {
  return member.type === 'opaque' ? member.value : member.decoded.input.token;
}
