import { describe, expect, it } from 'vitest';
import {
  discardExpiredPendingSignIn,
  PENDING_SIGN_IN_KEY,
  savePendingSignIn,
  takePendingSignIn,
} from './pending-sign-in.ts';
import { SignInError } from './sign-in-errors.ts';
import { MINUTE, PENDING, T0, TestStorage } from './test-fixtures.ts';

describe('pending sign-in', () => {
  it('is kept under one key and given back once', () => {
    const storage = new TestStorage();
    expect(savePendingSignIn(storage, PENDING)).toBeUndefined();
    expect(storage.entries().map(([key]) => key)).toEqual([PENDING_SIGN_IN_KEY]);
    expect(takePendingSignIn(storage, T0 + MINUTE)).toEqual({ status: 'found', pending: PENDING });
    expect(storage.entries()).toEqual([]);
    expect(takePendingSignIn(storage, T0 + MINUTE)).toEqual({ status: 'none' });
  });

  it('holds no token: only the fields of the record', () => {
    const storage = new TestStorage();
    savePendingSignIn(storage, PENDING);
    expect(Object.keys(JSON.parse(storage.entries()[0]![1]) as object).sort()).toEqual([
      'authority',
      'clientId',
      'codeVerifier',
      'createdAt',
      'flow',
      'nonce',
      'redirectUri',
      'responseMode',
      'scope',
      'state',
    ]);
  });

  it('is still good at exactly 10 minutes and expired after', () => {
    const storage = new TestStorage();
    savePendingSignIn(storage, PENDING);
    expect(takePendingSignIn(storage, T0 + 10 * MINUTE).status).toBe('found');
    savePendingSignIn(storage, PENDING);
    const taken = takePendingSignIn(storage, T0 + 12 * MINUTE + 30_000);
    expect(taken.status).toBe('expired');
    if (taken.status !== 'expired') return;
    expect(taken.error).toBeInstanceOf(SignInError);
    expect(taken.error.code).toBe('pending-expired');
    expect(taken.error.message).toBe(
      'This sign-in was started 12m ago, longer than the 10 minutes Tokenscope keeps its PKCE verifier, state and nonce, so they were deleted and the response cannot be used. Sign in again.',
    );
    expect(storage.entries()).toEqual([]);
  });

  it('discards an expired record on its own, and keeps a fresh one', () => {
    const storage = new TestStorage();
    savePendingSignIn(storage, PENDING);
    expect(discardExpiredPendingSignIn(storage, T0 + 5 * MINUTE)).toBe(false);
    expect(storage.entries()).toHaveLength(1);
    expect(discardExpiredPendingSignIn(storage, T0 + 11 * MINUTE)).toBe(true);
    expect(storage.entries()).toEqual([]);
  });

  it.each([
    ['not JSON', '{'],
    ['a record without a state', JSON.stringify({ ...PENDING, state: undefined })],
    ['a code flow without a verifier', JSON.stringify({ ...PENDING, codeVerifier: undefined })],
    ['an unknown flow', JSON.stringify({ ...PENDING, flow: 'hybrid' })],
  ])('reports %s as unreadable and deletes it', (_name, text) => {
    const storage = new TestStorage();
    storage.setItem(PENDING_SIGN_IN_KEY, text);
    const taken = takePendingSignIn(storage, T0);
    expect(taken.status).toBe('unreadable');
    if (taken.status !== 'unreadable') return;
    expect(taken.error.code).toBe('pending-unreadable');
    expect(taken.error.message).toBe(
      'The sign-in this tab started could not be read back from sessionStorage, so the response cannot be checked or redeemed. Sign in again.',
    );
    expect(storage.entries()).toEqual([]);
  });

  it('explains a browser that refuses sessionStorage', () => {
    const storage = new TestStorage();
    storage.refuse = true;
    const error = savePendingSignIn(storage, PENDING);
    expect(error).toBeInstanceOf(SignInError);
    expect(error?.code).toBe('storage-unavailable');
    expect(error?.message).toBe(
      'This browser does not let Tokenscope use sessionStorage, where the PKCE verifier, state and nonce must wait while you sign in. Allow site data for this page and try again.',
    );
    expect(takePendingSignIn(storage, T0).status).toBe('unreadable');
  });
});
