/**
 * Which events revoke which refresh tokens (shared/docs/identity-platform.md). Password events
 * only reach credentials that were obtained with the password; non-password sign-ins (Windows
 * Hello, FIDO2 key, SMS, voice, PIN) and confidential clients do not depend on it.
 */

export type CredentialType =
  | 'password-cookie'
  | 'password-token'
  | 'non-password-cookie'
  | 'non-password-token'
  | 'confidential-client';

export type RevocationEvent =
  | 'password-expires'
  | 'user-changes-password'
  | 'self-service-password-reset'
  | 'admin-resets-password'
  | 'refresh-tokens-revoked'
  | 'web-sign-out';

export type RevocationOutcome = 'revoked' | 'stays';

export const CREDENTIAL_TYPES: readonly CredentialType[] = [
  'password-cookie',
  'password-token',
  'non-password-cookie',
  'non-password-token',
  'confidential-client',
];

export const REVOCATION_EVENTS: readonly RevocationEvent[] = [
  'password-expires',
  'user-changes-password',
  'self-service-password-reset',
  'admin-resets-password',
  'refresh-tokens-revoked',
  'web-sign-out',
];

export const CREDENTIAL_LABELS: Record<CredentialType, string> = {
  'password-cookie': 'Password-based cookie',
  'password-token': 'Password-based token',
  'non-password-cookie': 'Non-password-based cookie',
  'non-password-token': 'Non-password-based token',
  'confidential-client': 'Confidential-client token',
};

export const EVENT_LABELS: Record<RevocationEvent, string> = {
  'password-expires': 'Password expires',
  'user-changes-password': 'User changes password',
  'self-service-password-reset': 'User does self-service password reset',
  'admin-resets-password': 'Admin resets password',
  'refresh-tokens-revoked': 'User or admin revokes refresh tokens (PowerShell)',
  'web-sign-out': 'Single sign-out on the web',
};

export const NON_PASSWORD_SIGN_INS: readonly string[] = [
  'Windows Hello (face)',
  'FIDO2 key',
  'SMS',
  'voice',
  'PIN',
];

const R: RevocationOutcome = 'revoked';
const S: RevocationOutcome = 'stays';

/** Rows follow REVOCATION_EVENTS, columns CREDENTIAL_TYPES, exactly as in the documentation. */
export const REVOCATION_MATRIX: Record<
  RevocationEvent,
  Record<CredentialType, RevocationOutcome>
> = {
  'password-expires': row(S, S, S, S, S),
  'user-changes-password': row(R, R, S, S, S),
  'self-service-password-reset': row(R, R, S, S, S),
  'admin-resets-password': row(R, R, S, S, S),
  'refresh-tokens-revoked': row(R, R, R, R, R),
  'web-sign-out': row(R, S, R, S, S),
};

function row(
  passwordCookie: RevocationOutcome,
  passwordToken: RevocationOutcome,
  nonPasswordCookie: RevocationOutcome,
  nonPasswordToken: RevocationOutcome,
  confidentialClient: RevocationOutcome,
): Record<CredentialType, RevocationOutcome> {
  return {
    'password-cookie': passwordCookie,
    'password-token': passwordToken,
    'non-password-cookie': nonPasswordCookie,
    'non-password-token': nonPasswordToken,
    'confidential-client': confidentialClient,
  };
}

export function revocationOutcome(
  event: RevocationEvent,
  credential: CredentialType,
): RevocationOutcome {
  return REVOCATION_MATRIX[event][credential];
}

/** One sentence for the chosen cell: what happens and why. */
export function explainRevocation(event: RevocationEvent, credential: CredentialType): string {
  const outcome = revocationOutcome(event, credential);
  const subject = `${EVENT_LABELS[event]} → ${CREDENTIAL_LABELS[credential].toLowerCase()}`;
  const verdict = outcome === 'revoked' ? 'revoked: the user must sign in again' : 'stays alive';
  return `${subject}: ${verdict}. ${REASONS[event](credential)}`;
}

const isPassword = (credential: CredentialType) =>
  credential === 'password-cookie' || credential === 'password-token';

const REASONS: Record<RevocationEvent, (credential: CredentialType) => string> = {
  'password-expires': () =>
    'An expired password stops new password sign-ins, but nothing already issued is revoked.',
  'user-changes-password': passwordReason,
  'self-service-password-reset': passwordReason,
  'admin-resets-password': passwordReason,
  'refresh-tokens-revoked': () =>
    'Revoking refresh tokens invalidates every refresh token and session cookie of the user, however they were obtained.',
  'web-sign-out': (credential) =>
    credential.endsWith('cookie')
      ? 'Signing out on the web ends the browser session, so its session cookie is revoked.'
      : 'Signing out on the web ends the browser session only; refresh tokens held by apps are not touched.',
};

function passwordReason(credential: CredentialType): string {
  return isPassword(credential)
    ? 'It was obtained with the old password, so a password change revokes it.'
    : credential === 'confidential-client'
      ? 'A confidential client authenticates with its own secret or certificate, not the user’s password.'
      : 'It was obtained without the password (Windows Hello, FIDO2 key, SMS, voice, PIN), so a password change does not touch it.';
}
