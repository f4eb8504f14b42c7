import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import type { LazyComponent } from '../lib/lazy-component.ts';

/**
 * How far ahead of the viewport a section starts fetching its code: about a screen, so that
 * scrolling at reading speed finds it ready.
 */
const NEAR = '100% 0px 100% 0px';

interface LazySectionProps<P extends object> {
  part: LazyComponent<P>;
  props: P;
  /** For "Loading the claims table…" and the failure messages. */
  what: string;
  /** A shown rendering error goes away when one of these changes (see ErrorBoundary). */
  resetKeys: readonly unknown[];
  id?: string | undefined;
  className?: string | undefined;
}

/**
 * A part of the page whose code loads on use: when it is about to scroll into view, or when
 * something asks for it (its nav entry, see section-nav.tsx). It fails alone — a rendering
 * error or a chunk that did not arrive never blanks the rest of the page — and a failed chunk
 * can be fetched again.
 */
export function LazySection<P extends object>({
  part,
  props,
  what,
  resetKeys,
  id,
  className,
}: LazySectionProps<P>) {
  const state = useSyncExternalStore(part.subscribe, part.getSnapshot);
  const container = useRef<HTMLDivElement>(null);
  // A keyboard user who asked for the section keeps their place when it arrives.
  const waiting = useRef(false);
  const idle = state.status === 'idle';
  const loaded = state.status === 'loaded';

  useEffect(() => {
    if (!loaded || !waiting.current) return;
    waiting.current = false;
    container.current?.focus({ preventScroll: true });
  }, [loaded]);

  useEffect(() => {
    const element = container.current;
    if (!idle || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) part.load();
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [part, idle]);

  let content: ReactNode;
  if (state.status === 'loaded') {
    const { Component } = state;
    content = (
      <ErrorBoundary what={what} resetKeys={resetKeys}>
        <Component {...props} />
      </ErrorBoundary>
    );
  } else if (state.status === 'failed') {
    content = (
      <div
        role="alert"
        className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
      >
        <p className="font-semibold">The code for {what} did not arrive.</p>
        <p className="mt-1">
          {state.error instanceof Error ? state.error.message : String(state.error)}. Check the
          connection, then retry.
        </p>
        <button
          type="button"
          onClick={part.retry}
          className="mt-3 rounded-md border border-red-400 px-3 py-1 hover:bg-red-100 dark:hover:bg-red-900"
        >
          Retry
        </button>
      </div>
    );
  } else {
    // Focusable, so that tabbing through the page reaches (and so loads) what comes next.
    content = (
      <div className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        {idle ? (
          <button
            type="button"
            onClick={() => {
              waiting.current = true;
              part.load();
            }}
            className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Load {what}
          </button>
        ) : (
          <p>Loading {what}…</p>
        )}
      </div>
    );
  }

  return (
    <div
      ref={container}
      id={id}
      tabIndex={-1}
      className={`focus:outline-none ${className ?? ''}`}
      onFocus={(event) => {
        // Focus arriving on the placeholder (Tab, a screen reader) is a request for the section.
        if (idle && event.target !== event.currentTarget) {
          waiting.current = true;
          part.load();
        }
      }}
    >
      {content}
    </div>
  );
}
