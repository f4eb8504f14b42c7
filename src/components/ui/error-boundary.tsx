import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What failed, for the message: "the claims table". */
  what?: string;
}

/**
 * A rendering failure must never blank the page: it replaces only the part that failed with an
 * explanation. The error text is shown, never logged (it could quote token content).
 */
export class ErrorBoundary extends Component<Props, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">
          Tokenscope failed to display {this.props.what ?? 'this part of the page'}.
        </p>
        <p className="mt-1 text-sm">{error.message}</p>
        <button
          type="button"
          className="mt-3 rounded-md border border-red-400 px-3 py-1 text-sm hover:bg-red-100 dark:hover:bg-red-900"
          onClick={() => this.setState({ error: undefined })}
        >
          Try again
        </button>
      </div>
    );
  }
}
