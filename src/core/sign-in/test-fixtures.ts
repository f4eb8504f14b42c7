import type { PendingSignIn, StorageLike } from './pending-sign-in.ts';

/** sessionStorage in memory, for tests; `entries()` shows everything a test left in it. */
export class TestStorage implements StorageLike {
  readonly #items = new Map<string, string>();
  /** Set to make every call throw, as a browser that refuses Web Storage does. */
  refuse = false;

  getItem(key: string): string | null {
    this.#check();
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#check();
    this.#items.set(key, value);
  }

  removeItem(key: string): void {
    this.#check();
    this.#items.delete(key);
  }

  entries(): [string, string][] {
    return [...this.#items];
  }

  #check(): void {
    if (this.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
export const MINUTE = 60_000;

/** A pending code-flow sign-in started at T0. */
export const PENDING: PendingSignIn = {
  codeVerifier: 'verifier-0123456789-0123456789-0123456789-abc',
  state: 'state-abc',
  nonce: 'nonce-xyz',
  authority: 'contoso.onmicrosoft.com',
  clientId: '11112222-3333-4444-5555-666677778888',
  scope: 'openid profile offline_access',
  redirectUri: 'https://tokenscope.example/',
  flow: 'code',
  responseMode: 'fragment',
  createdAt: T0,
};
