import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';

/**
 * A part of the page that loads on demand (code splitting keeps the first load small) and
 * fails alone: an error in it never blanks the rest of the page.
 */
export function LazySection({ what, children }: { what: string; children: ReactNode }) {
  return (
    <ErrorBoundary what={what}>
      <Suspense
        fallback={
          <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            Loading {what}…
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
