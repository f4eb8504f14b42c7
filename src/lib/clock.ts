/** The wall clock in epoch seconds, for event handlers (render code gets `now` from useNow). */
export function epochSeconds(): number {
  return Date.now() / 1000;
}
