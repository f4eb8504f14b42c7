import {
  CREDENTIAL_LABELS,
  EVENT_LABELS,
  REVOCATION_EVENTS,
  revocationOutcome,
  type CredentialType,
} from '../simulate/revocation-matrix.ts';
import type { JsonValue } from '../token/parse-json.ts';
import type { TokenShape } from './token-shape.ts';

/** Authentication methods (amr) that mean a password was used. */
const PASSWORD_METHODS = new Set(['pwd']);
/** Federated sign-ins happen elsewhere: whether a password was used is not known here. */
const UNKNOWN_METHODS = new Set(['fed']);

export type RefreshTokenKind = Extract<CredentialType, 'password-token' | 'non-password-token'>;

/**
 * The refresh token's kind in the revocation matrix (shared/docs/identity-platform.md):
 * Tokenscope is a public client, so the refresh token is a "token" (not a cookie) and its
 * column depends on whether the sign-in used a password, which the ID token's `amr` says.
 */
export function refreshTokenKind(amr: JsonValue | undefined): RefreshTokenKind | undefined {
  if (!Array.isArray(amr) || amr.length === 0) return undefined;
  const methods = amr.filter((method): method is string => typeof method === 'string');
  if (methods.some((method) => PASSWORD_METHODS.has(method))) return 'password-token';
  if (methods.length === 0 || methods.some((method) => UNKNOWN_METHODS.has(method))) {
    return undefined;
  }
  return 'non-password-token';
}

export interface RefreshTokenFacts {
  shape: TokenShape;
  amr: JsonValue | undefined;
  entra: boolean;
}

/**
 * What the refresh token is and what ends it — never its value. Entra's timeouts and
 * revocation rules apply only to Entra refresh tokens.
 */
export function describeRefreshToken({ shape, amr, entra }: RefreshTokenFacts): string[] {
  const lines = [
    shape === 'opaque'
      ? 'Present, opaque: refresh tokens are for the identity provider only, and not meant to be decoded.'
      : `Present, shaped as a ${shape}; still, clients should treat refresh tokens as opaque.`,
    'Whoever holds it can get new access tokens as you, so its value is not shown: copy it only where you need it. Tokenscope does not store it; it is gone when you leave the page.',
  ];
  if (!entra) {
    lines.push('How long it lasts, and what revokes it, is up to the identity provider.');
    return lines;
  }
  lines.push(
    'Microsoft Entra gives refresh tokens sent to a redirect URI registered as a single-page application, as here, a fixed 24-hour lifetime that redeeming them does not extend: after 24 hours you must sign in again.',
    'It also dies when it goes unused for MaxInactiveTime, or when its session outlives MaxAgeSessionSingleFactor or MaxAgeSessionMultiFactor (if set to something other than until-revoked); redeeming it then fails and you must sign in again.',
  );
  const kind = refreshTokenKind(amr);
  if (kind === undefined) {
    lines.push(
      'Whether a password change revokes it depends on how you signed in, which the ID token does not say (no amr, or a federated sign-in).',
    );
    return lines;
  }
  const revokedBy = REVOCATION_EVENTS.filter(
    (event) => revocationOutcome(event, kind) === 'revoked',
  ).map((event) => EVENT_LABELS[event].toLowerCase());
  const survives = REVOCATION_EVENTS.filter(
    (event) => revocationOutcome(event, kind) === 'stays',
  ).map((event) => EVENT_LABELS[event].toLowerCase());
  lines.push(
    `It is a ${CREDENTIAL_LABELS[kind].toLowerCase()} (the ID token's amr is ${JSON.stringify(amr)}): revoked when ${joinOr(revokedBy)}; it survives when ${joinOr(survives)}.`,
  );
  return lines;
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
