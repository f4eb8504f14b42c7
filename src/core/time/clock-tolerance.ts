/**
 * RFC 8725 and the product's security bar: a visible five-minute allowance for clock skew.
 * The one default for Summary, Lifetime and Verify; the user changes it in Verify's
 * "Clock tolerance" field, and all three follow.
 */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 300;

/** A day: more than any real clock skew, and still a sane number to compute with. */
export const MAX_CLOCK_TOLERANCE_SECONDS = 86_400;

export interface ClockToleranceReading {
  /** The tolerance to use: what was typed when it is sound, the default otherwise. */
  seconds: number;
  /** Why the text was not taken as it stands. */
  error: string | undefined;
}

/** Reads the Clock tolerance field: whole seconds from 0 to a day. */
export function readClockTolerance(text: string): ClockToleranceReading {
  const value = Number(text);
  if (
    text.trim() === '' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > MAX_CLOCK_TOLERANCE_SECONDS
  ) {
    return {
      seconds: DEFAULT_CLOCK_TOLERANCE_SECONDS,
      error: `Enter whole seconds from 0 to ${MAX_CLOCK_TOLERANCE_SECONDS}; ${DEFAULT_CLOCK_TOLERANCE_SECONDS} s is used meanwhile.`,
    };
  }
  return { seconds: value, error: undefined };
}
