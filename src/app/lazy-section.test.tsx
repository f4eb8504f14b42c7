// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from '../lib/lazy-component.ts';
import { LazySection } from './lazy-section.tsx';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** An import whose outcome the test decides, counting attempts. */
function controlledImport() {
  const attempts: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const part = lazyComponent<{ name: string }>(
    () =>
      new Promise((resolve, reject) => {
        attempts.push({ resolve: () => resolve(Greeting), reject });
      }),
  );
  return { part, attempts };
}

describe('LazySection', () => {
  it('fetches nothing until asked, then shows the section', async () => {
    const { part, attempts } = controlledImport();
    render(<LazySection part={part} props={{ name: 'Ada' }} what="the greeting" resetKeys={[]} />);
    expect(attempts).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Load the greeting' }));
    expect(attempts).toHaveLength(1);
    expect(screen.getByText('Loading the greeting…')).toBeTruthy();
    await act(async () => attempts[0]!.resolve());
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });

  it('offers Retry when the chunk fails, and Retry imports it again', async () => {
    const { part, attempts } = controlledImport();
    render(<LazySection part={part} props={{ name: 'Ada' }} what="the greeting" resetKeys={[]} />);
    act(() => part.load());
    await act(async () =>
      attempts[0]!.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The code for the greeting did not arrive.Failed to fetch dynamically imported module. Check the connection, then retry.Retry',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(attempts).toHaveLength(2);
    await act(async () => attempts[1]!.resolve());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });

  it('loads once however often it is asked', () => {
    const { part, attempts } = controlledImport();
    part.load();
    part.load();
    part.retry();
    expect(attempts).toHaveLength(1);
  });
});
