import { formatDuration } from '../lifetime/format-duration.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../token/parse-json.ts';
import { isSignInFlow, type ResponseMode, type SignInFlow } from './sign-in-flow.ts';
import { SignInError } from './sign-in-errors.ts';

/**
 * What a sign-in must remember across the trip to the identity provider: the one-time PKCE
 * verifier, `state` and `nonce`, and what is needed to finish (authority, client, redirect
 * URI, flow). Kept in sessionStorage only — this tab, gone when it closes — and deleted on
 * return or after 10 minutes. Tokens are never stored.
 */
export interface PendingSignIn {
  /** Undefined for the implicit flows, which have no code to redeem. */
  codeVerifier: string | undefined;
  state: string;
  /** Undefined when `openid` was not requested (no ID token to bind it to). */
  nonce: string | undefined;
  /** The Authority field as typed; expanded again on return. */
  authority: string;
  clientId: string;
  /** The `scope` parameter sent, to compare with the scope granted. */
  scope: string;
  redirectUri: string;
  flow: SignInFlow;
  responseMode: ResponseMode;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** The part of the Web Storage API used, so tests and other tabs' storage can stand in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const PENDING_SIGN_IN_KEY = 'tokenscope.sign-in';
export const PENDING_SIGN_IN_LIFETIME_MS = 10 * 60 * 1000;

export function savePendingSignIn(
  storage: StorageLike,
  pending: PendingSignIn,
): SignInError | undefined {
  try {
    storage.setItem(PENDING_SIGN_IN_KEY, JSON.stringify(pending));
    return undefined;
  } catch (cause) {
    return new SignInError(
      'storage-unavailable',
      'This browser does not let Tokenscope use sessionStorage, where the PKCE verifier, state and nonce must wait while you sign in. Allow site data for this page and try again.',
      { cause },
    );
  }
}

export type TakenPendingSignIn =
  | { status: 'none' }
  | { status: 'found'; pending: PendingSignIn }
  | { status: 'expired'; pending: PendingSignIn; error: SignInError }
  | { status: 'unreadable'; error: SignInError };

/** Reads the pending sign-in and deletes it: a response is accepted once, at most. */
export function takePendingSignIn(storage: StorageLike, now: number): TakenPendingSignIn {
  let text: string | null;
  try {
    text = storage.getItem(PENDING_SIGN_IN_KEY);
    storage.removeItem(PENDING_SIGN_IN_KEY);
  } catch (cause) {
    return { status: 'unreadable', error: unreadable(cause) };
  }
  if (text === null) return { status: 'none' };
  const pending = readPendingSignIn(text);
  if (!pending) return { status: 'unreadable', error: unreadable(undefined) };
  if (isExpired(pending, now)) {
    return { status: 'expired', pending, error: expiredError(pending, now) };
  }
  return { status: 'found', pending };
}

/** Deletes a pending sign-in older than 10 minutes (or unreadable); true when it did. */
export function discardExpiredPendingSignIn(storage: StorageLike, now: number): boolean {
  try {
    const text = storage.getItem(PENDING_SIGN_IN_KEY);
    if (text === null) return false;
    const pending = readPendingSignIn(text);
    if (pending && !isExpired(pending, now)) return false;
    storage.removeItem(PENDING_SIGN_IN_KEY);
    return true;
  } catch {
    return false;
  }
}

export function isExpired(pending: PendingSignIn, now: number): boolean {
  return now - pending.createdAt > PENDING_SIGN_IN_LIFETIME_MS;
}

function expiredError(pending: PendingSignIn, now: number): SignInError {
  return new SignInError(
    'pending-expired',
    `This sign-in was started ${formatDuration(now - pending.createdAt)} ago, longer than the 10 minutes Tokenscope keeps its PKCE verifier, state and nonce, so they were deleted and the response cannot be used. Sign in again.`,
  );
}

function unreadable(cause: unknown): SignInError {
  return new SignInError(
    'pending-unreadable',
    'The sign-in this tab started could not be read back from sessionStorage, so the response cannot be checked or redeemed. Sign in again.',
    { cause },
  );
}

function readPendingSignIn(text: string): PendingSignIn | undefined {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
  if (!isJsonObject(value)) return undefined;
  const { flow, responseMode, createdAt } = value;
  const strings = ['state', 'authority', 'clientId', 'scope', 'redirectUri'] as const;
  if (!strings.every((name) => typeof value[name] === 'string')) return undefined;
  if (!isSignInFlow(flow) || (responseMode !== 'fragment' && responseMode !== 'query')) {
    return undefined;
  }
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return undefined;
  const codeVerifier = optionalString(value, 'codeVerifier');
  const nonce = optionalString(value, 'nonce');
  if (codeVerifier === null || nonce === null) return undefined;
  if (flow === 'code' && codeVerifier === undefined) return undefined;
  return {
    codeVerifier,
    state: value.state as string,
    nonce,
    authority: value.authority as string,
    clientId: value.clientId as string,
    scope: value.scope as string,
    redirectUri: value.redirectUri as string,
    flow,
    responseMode,
    createdAt,
  };
}

/** Undefined when absent, null when present but not a string. */
function optionalString(record: JsonObject, name: string): string | undefined | null {
  const value = record[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : null;
}
