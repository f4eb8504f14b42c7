import type { ReactNode } from 'react';
import { ErrorBoundary as Boundary, type FallbackProps } from 'react-error-boundary';

interface Props {
  children: ReactNode;
  /** What failed, for the message: "the claims table". */
  what?: string;
  /**
   * What the content is about (the token, its decoded form…): when one of these changes, a
   * shown error goes away and the content renders again, so a message quoting the old token
   * never stays under a new one.
   */
  resetKeys?: readonly unknown[];
}

/**
 * A rendering failure must never blank the page: it replaces only the part that failed with an
 * explanation. The error text is shown, never logged (it could quote token content).
 */
export function ErrorBoundary({ children, what, resetKeys }: Props) {
  return (
    <Boundary
      resetKeys={resetKeys ? [...resetKeys] : undefined}
      fallbackRender={(props) => <Failure {...props} what={what} />}
    >
      {children}
    </Boundary>
  );
}

function Failure({ error, resetErrorBoundary, what }: FallbackProps & { what?: string }) {
  return (
    <div
      role="alert"
      className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">
        Tokenscope failed to display {what ?? 'this part of the page'}.
      </p>
      <p className="mt-1 text-sm">{error instanceof Error ? error.message : String(error)}</p>
      <button
        type="button"
        className="mt-3 rounded-md border border-red-400 px-3 py-1 text-sm hover:bg-red-100 dark:hover:bg-red-900"
        onClick={resetErrorBoundary}
      >
        Try again
      </button>
    </div>
  );
}
