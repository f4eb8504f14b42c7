import { useSyncExternalStore } from 'react';
import {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  readClockTolerance,
} from '../core/time/clock-tolerance.ts';

/**
 * The one clock tolerance of the page. The user types it into Verify's "Clock tolerance"
 * field; Summary and Lifetime read the same value, so all three judge exp and nbf alike. Held
 * as the text typed (the field shows it as it is, with an error while it is not a number of
 * seconds); readers get the seconds in use.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const DEFAULT_TEXT = String(DEFAULT_CLOCK_TOLERANCE_SECONDS);
let text = DEFAULT_TEXT;

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readText(): string {
  return text;
}

function readSeconds(): number {
  return readClockTolerance(text).seconds;
}

export function setClockToleranceText(next: string): void {
  if (next === text) return;
  text = next;
  for (const listener of [...listeners]) listener();
}

/** Back to the default: Clear starts every panel afresh. */
export function resetClockTolerance(): void {
  setClockToleranceText(DEFAULT_TEXT);
}

/** The field's text and its setter, for the Clock tolerance input. */
export function useClockToleranceText(): [string, (next: string) => void] {
  return [useSyncExternalStore(subscribe, readText), setClockToleranceText];
}

/** The tolerance in use, in seconds: the typed value when it is sound, else the default. */
export function useClockTolerance(): number {
  return useSyncExternalStore(subscribe, readSeconds);
}
