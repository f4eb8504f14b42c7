import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_TYPES,
  explainRevocation,
  REVOCATION_EVENTS,
  revocationOutcome,
} from './revocation-matrix.ts';

/** The table of identity-platform.md, cell by cell, in its own column order. */
const DOCUMENTED = {
  'password-expires': 'stays stays stays stays stays',
  'user-changes-password': 'revoked revoked stays stays stays',
  'self-service-password-reset': 'revoked revoked stays stays stays',
  'admin-resets-password': 'revoked revoked stays stays stays',
  'refresh-tokens-revoked': 'revoked revoked revoked revoked revoked',
  'web-sign-out': 'revoked stays revoked stays stays',
};

describe('the refresh-token revocation matrix', () => {
  it('has the documented columns in order', () => {
    expect(CREDENTIAL_TYPES).toEqual([
      'password-cookie',
      'password-token',
      'non-password-cookie',
      'non-password-token',
      'confidential-client',
    ]);
    expect(REVOCATION_EVENTS).toEqual(Object.keys(DOCUMENTED));
  });

  it.each(Object.entries(DOCUMENTED))('%s: %s', (event, row) => {
    const outcomes = CREDENTIAL_TYPES.map((credential) =>
      revocationOutcome(event as keyof typeof DOCUMENTED, credential),
    );
    expect(outcomes.join(' ')).toBe(row);
  });

  it('explains the chosen cell', () => {
    expect(explainRevocation('user-changes-password', 'non-password-token')).toBe(
      'User changes password → non-password-based token: stays alive. It was obtained without the password (Windows Hello, FIDO2 key, SMS, voice, PIN), so a password change does not touch it.',
    );
    expect(explainRevocation('web-sign-out', 'password-cookie')).toMatch(
      /^Single sign-out on the web → password-based cookie: revoked: the user must sign in again\./,
    );
  });
});
