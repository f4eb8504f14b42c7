// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

afterEach(cleanup);

/** Fails to render for any token that is not a JWT, quoting it as real code might. */
function Strict({ token }: { token: string }) {
  if (!token.startsWith('eyJ')) throw new Error(`cannot show "${token}"`);
  return <p>showing {token}</p>;
}

describe('ErrorBoundary', () => {
  it('shows what failed, as an alert, and clears it when the value it is about changes', () => {
    // React reports caught errors on the console in development; the page silences them.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary what="the summary" resetKeys={['old-secret']}>
        <Strict token="old-secret" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Tokenscope failed to display the summary.cannot show "old-secret"Try again',
    );
    rerender(
      <ErrorBoundary what="the summary" resetKeys={['eyJnew']}>
        <Strict token="eyJnew" />
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('showing eyJnew')).toBeTruthy();
  });

  it('tries again on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('not yet');
      return <p>fine</p>;
    }
    render(
      <ErrorBoundary>
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Tokenscope failed to display this part of the page.',
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
