import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';

/**
 * A part of the page that loads on demand (code splitting keeps the first load small) and
 * fails alone: an error in it never blanks the rest of the page. Its code is requested only
 * after the first paint: a lazy component in the first render holds back React's first commit
 * until its chunk arrives, and the decoded token must not wait for the simulator.
 */
export function LazySection({ what, children }: { what: string; children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  // After the first commit; a microtask rather than a timer or a frame, which a test's fake
  // clock may hold still.
  useEffect(() => {
    let live = true;
    void Promise.resolve().then(() => {
      if (live) setPainted(true);
    });
    return () => {
      live = false;
    };
  }, []);
  const fallback = (
    <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      Loading {what}…
    </p>
  );
  return (
    <ErrorBoundary what={what}>
      {painted ? <Suspense fallback={fallback}>{children}</Suspense> : fallback}
    </ErrorBoundary>
  );
}
