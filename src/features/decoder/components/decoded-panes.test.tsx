// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeToken } from '../../../core/token/decode-token.ts';
import { encodeToken } from '../../../core/token/encode-token.ts';
import { PayloadPane } from './decoded-panes.tsx';

afterEach(cleanup);

const many = (tag: string) =>
  decodeToken(
    encodeToken(
      { alg: 'RS256' },
      { tag, groups: Array.from({ length: 150 }, (_, i) => `g${i}`) },
      new Uint8Array(8),
    ),
  );

describe('PayloadPane', () => {
  it('shortens a long list until "Show more", and shortens the next token again', () => {
    const { rerender } = render(<PayloadPane decoded={many('first')} />);
    expect(screen.getByText(/Long lists are shortened \(50 entries not shown\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    rerender(<PayloadPane decoded={many('second')} />);
    expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy();
  });
});
