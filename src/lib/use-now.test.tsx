// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readClock, subscribeToClock } from './clock.ts';
import { useClockAt, useNow } from './use-now.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const START = Date.UTC(2025, 0, 15, 12, 0, 0) + 400;

describe('the clock store', () => {
  beforeEach(() => vi.useFakeTimers({ now: START }));
  afterEach(() => vi.useRealTimers());

  it('ticks on whole seconds while subscribed, and not at all without a subscriber', () => {
    const ticks: number[] = [];
    const unsubscribe = subscribeToClock(() => ticks.push(readClock()));
    expect(readClock()).toBe(START - 400);
    vi.advanceTimersByTime(600);
    expect(ticks).toEqual([START + 600]);
    vi.advanceTimersByTime(2000);
    expect(ticks).toEqual([START + 600, START + 1600, START + 2600]);
    unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('useNow and useClockAt', () => {
  let container: HTMLElement;
  let root: Root;
  const renders = { ticking: 0, edged: 0 };

  function Ticking() {
    renders.ticking += 1;
    return createElement('span', { id: 'ticking' }, String(useNow()));
  }

  function Edged({ edges }: { edges: number[] }) {
    renders.edged += 1;
    return createElement('span', { id: 'edged' }, String(useClockAt('token', edges)));
  }

  beforeEach(() => {
    vi.useFakeTimers({ now: START });
    renders.ticking = 0;
    renders.edged = 0;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
  });

  it('re-render a ticking leaf every second, and an edge-bound view only at its edges', () => {
    const edge = START - 400 + 5000;
    act(() =>
      root.render(
        createElement('div', null, createElement(Ticking), createElement(Edged, { edges: [edge] })),
      ),
    );
    const text = (id: string) => container.querySelector(`#${id}`)!.textContent;
    expect(text('edged')).toBe(String(START - 400));
    for (let second = 1; second <= 4; second++) act(() => vi.advanceTimersByTime(1000));
    expect(renders.ticking).toBe(5);
    expect(renders.edged).toBe(1);
    expect(text('edged')).toBe(String(START - 400));
    act(() => vi.advanceTimersByTime(1000));
    // Across the edge: the view sees the time once, then stays put again.
    expect(text('edged')).toBe(String(edge));
    expect(renders.edged).toBe(2);
    act(() => vi.advanceTimersByTime(3000));
    expect(renders.edged).toBe(2);
    expect(text('ticking')).toBe(String(edge + 3000));
  });
});
