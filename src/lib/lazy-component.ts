import type { ComponentType } from 'react';

export type LoadState<P> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; Component: ComponentType<P> }
  | { status: 'failed'; error: unknown };

/**
 * A component whose code is fetched on demand, as a store React subscribes to. Unlike
 * `React.lazy`, a failed fetch is not final: `retry` imports again (after a dropped connection,
 * or a deploy that replaced the chunk), and nothing suspends, so the page never waits for a
 * chunk it has not asked for.
 */
export interface LazyComponent<P> {
  /** Starts fetching the code, once; a failure stays until `retry`. */
  load(): void;
  /** Fetches again after a failure. */
  retry(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): LoadState<P>;
}

export function lazyComponent<P>(importer: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let state: LoadState<P> = { status: 'idle' };
  const listeners = new Set<() => void>();

  function set(next: LoadState<P>): void {
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function start(): void {
    set({ status: 'loading' });
    importer().then(
      (Component) => set({ status: 'loaded', Component }),
      (error: unknown) => set({ status: 'failed', error }),
    );
  }

  return {
    load() {
      if (state.status === 'idle') start();
    },
    retry() {
      if (state.status === 'failed') start();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
  };
}
