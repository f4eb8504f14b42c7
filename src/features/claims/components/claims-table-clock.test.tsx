// @vitest-environment happy-dom
import { act, createElement, Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeParts, V2_ACCESS_PAYLOAD, V2_HEADER } from '../../../core/claims/test-tokens.ts';

// Counts how often each row's description renders: a row that re-renders renders it again.
const descriptionRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./claim-description.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('./claim-description.tsx')>();
  return {
    ClaimDescription: (props: Parameters<typeof original.ClaimDescription>[0]) => {
      descriptionRenders.count += 1;
      return original.ClaimDescription(props);
    },
  };
});

const { ClaimsTable } = await import('./claims-table.tsx');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const START = Date.UTC(2025, 0, 15, 12, 0, 0);

describe('ClaimsTable and the clock', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    vi.useFakeTimers({ now: START });
    descriptionRenders.count = 0;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
  });

  it('re-renders no row on a clock tick; only the relative times follow the clock', () => {
    const decoded = decodeParts(V2_HEADER, V2_ACCESS_PAYLOAD);
    const commits: string[] = [];
    const onRender: ProfilerOnRenderCallback = (_id, phase) => commits.push(phase);
    act(() =>
      root.render(
        createElement(
          Profiler,
          { id: 'claims', onRender },
          createElement(ClaimsTable, { decoded }),
        ),
      ),
    );
    const rows = container.querySelectorAll('tr[data-claim]').length;
    expect(rows).toBeGreaterThan(10);
    expect(descriptionRenders.count).toBe(rows);
    const iat = container.querySelector('tr[data-claim="iat"]')!;
    expect(iat.textContent).toContain('10 min ago');

    act(() => vi.advanceTimersByTime(60_000));

    // The clock ticked: the relative time moved on, and no row rendered again.
    expect(iat.textContent).toContain('11 min ago');
    expect(descriptionRenders.count).toBe(rows);
    expect(commits.filter((phase) => phase === 'update').length).toBeGreaterThan(0);
  });
});
