/**
 * The page's one clock: a store read with useSyncExternalStore (see use-now.ts). It ticks once
 * a second, on the second, and only while something subscribes, so nothing re-renders for
 * the time unless it shows the time. It reads `Date.now()` and `setTimeout`, which Playwright's
 * `page.clock` controls, so tests can hold it still or move it on.
 *
 * The time is kept in whole seconds, as a verifier (jose) reads it: a countdown and the
 * valid/expired state then change together, on the same tick.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let current = wholeSecond(Date.now());
let timer: ReturnType<typeof setTimeout> | undefined;

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

function tick(): void {
  timer = undefined;
  const now = wholeSecond(Date.now());
  if (now !== current) {
    current = now;
    for (const listener of [...listeners]) listener();
  }
  schedule();
}

function schedule(): void {
  if (timer !== undefined || listeners.size === 0) return;
  // To the next whole second, so a display changes exactly when the second does.
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

/** Subscribes to the tick; returns the unsubscribe function useSyncExternalStore expects. */
export function subscribeToClock(listener: Listener): () => void {
  // Nothing ticked while nobody listened: start from the current second.
  if (listeners.size === 0) current = wholeSecond(Date.now());
  listeners.add(listener);
  schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The time (epoch ms, whole seconds): the same value until the next tick. */
export function readClock(): number {
  // With no subscriber nothing ticks; a reader still gets the current second.
  if (listeners.size === 0) current = wholeSecond(Date.now());
  return current;
}

/** The wall clock in epoch seconds, for event handlers (render code reads the clock store). */
export function epochSeconds(): number {
  return Date.now() / 1000;
}
