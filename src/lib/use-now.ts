import { useCallback, useRef, useSyncExternalStore } from 'react';
import { readClock, subscribeToClock } from './clock.ts';

/**
 * The current time (epoch ms, whole seconds), re-rendering every second. Only for the small
 * elements that show a ticking time ("in 42 min", a countdown, the "now" mark): everything else
 * uses `useClockAt`, so a tick re-renders nothing but those leaves.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribeToClock, readClock);
}

const NO_EDGES: readonly number[] = [];

interface Captured {
  key: unknown;
  edges: readonly number[];
  phase: number;
  at: number;
}

/**
 * The clock as of the moment `key` last changed or the clock last crossed one of `edges`
 * (epoch ms, e.g. exp + tolerance): constant in between, so a component that computes from it
 * re-renders only when what it shows can change — at a state edge, not on every tick.
 * Edges are compared by value, so a caller may pass a fresh array each render.
 */
export function useClockAt(key: unknown, edges: readonly number[] = NO_EDGES): number {
  const captured = useRef<Captured | undefined>(undefined);
  const read = useCallback(() => {
    const now = readClock();
    const last = captured.current;
    const sameEdges = last !== undefined && sameNumbers(last.edges, edges);
    const phase = phaseOf(edges, now);
    if (last && last.key === key && sameEdges && last.phase === phase) return last.at;
    captured.current = { key, edges, phase, at: now };
    return now;
  }, [key, edges]);
  return useSyncExternalStore(subscribeToClock, read);
}

/** How many edges lie at or before `now`: the same number between two edges. */
function phaseOf(edges: readonly number[], now: number): number {
  let count = 0;
  for (const edge of edges) if (edge <= now) count += 1;
  return count;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((value, index) => value === b[index]));
}
