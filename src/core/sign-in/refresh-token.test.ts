import { describe, expect, it } from 'vitest';
import { describeRefreshToken, refreshTokenKind } from './refresh-token.ts';

describe('refreshTokenKind', () => {
  it.each([
    [['pwd'], 'password-token'],
    [['pwd', 'mfa'], 'password-token'],
    [['ngcmfa'], 'non-password-token'],
    [['rsa', 'mfa'], 'non-password-token'],
    [['fed'], undefined],
    [[], undefined],
    [undefined, undefined],
    ['pwd', undefined],
  ])('amr %j is a %s', (amr, kind) => {
    expect(refreshTokenKind(amr)).toBe(kind);
  });
});

describe('describeRefreshToken', () => {
  const COMMON = [
    'Present, opaque: refresh tokens are for the identity provider only, and not meant to be decoded.',
    'Whoever holds it can get new access tokens as you, so its value is not shown: copy it only where you need it. Tokenscope does not store it; it is gone when you leave the page.',
  ];
  const ENTRA = [
    'Microsoft Entra gives refresh tokens sent to a redirect URI registered as a single-page application, as here, a fixed 24-hour lifetime that redeeming them does not extend: after 24 hours you must sign in again.',
    'It also dies when it goes unused for MaxInactiveTime, or when its session outlives MaxAgeSessionSingleFactor or MaxAgeSessionMultiFactor (if set to something other than until-revoked); redeeming it then fails and you must sign in again.',
  ];

  it('explains a password-based Entra refresh token with the revocation matrix', () => {
    expect(describeRefreshToken({ shape: 'opaque', amr: ['pwd'], entra: true })).toEqual([
      ...COMMON,
      ...ENTRA,
      'It is a password-based token (the ID token\'s amr is ["pwd"]): revoked when user changes password, user does self-service password reset, admin resets password or user or admin revokes refresh tokens (powershell); it survives when password expires or single sign-out on the web.',
    ]);
  });

  it('explains a non-password-based Entra refresh token', () => {
    expect(describeRefreshToken({ shape: 'opaque', amr: ['ngcmfa'], entra: true }).at(-1)).toBe(
      'It is a non-password-based token (the ID token\'s amr is ["ngcmfa"]): revoked when user or admin revokes refresh tokens (powershell); it survives when password expires, user changes password, user does self-service password reset, admin resets password or single sign-out on the web.',
    );
  });

  it('says when the sign-in method is not known', () => {
    expect(describeRefreshToken({ shape: 'opaque', amr: undefined, entra: true }).at(-1)).toBe(
      'Whether a password change revokes it depends on how you signed in, which the ID token does not say (no amr, or a federated sign-in).',
    );
  });

  it('leaves other providers their own rules', () => {
    expect(describeRefreshToken({ shape: 'JWT', amr: ['pwd'], entra: false })).toEqual([
      'Present, shaped as a JWT; still, clients should treat refresh tokens as opaque.',
      COMMON[1],
      'How long it lasts, and what revokes it, is up to the identity provider.',
    ]);
  });
});
