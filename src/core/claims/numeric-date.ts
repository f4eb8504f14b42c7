import type { JsonValue } from '../token/parse-json.ts';
import { formatUtc } from './format-date-time.ts';
import { formatRelativeTime } from './relative-time.ts';

/**
 * Above this a NumericDate in seconds would be past the year 5000: the issuer almost certainly
 * wrote milliseconds (Date.now()) where RFC 7519 wants seconds.
 */
export const MILLISECONDS_THRESHOLD = 1e11;

export interface InstantText {
  epochMs: number;
  /** ISO 8601 UTC; undefined when the instant is beyond what a Date can hold. */
  utc: string | undefined;
  relative: string;
}

export interface NumericDateAnnotation extends InstantText {
  /** The claim value as given: seconds since 1970-01-01T00:00:00Z. */
  epochSeconds: number;
  /** The value is so large that it is probably milliseconds; here is that reading. */
  asMilliseconds: InstantText | undefined;
}

export function describeInstant(epochMs: number, now: number): InstantText {
  return { epochMs, utc: formatUtc(epochMs), relative: formatRelativeTime(epochMs, now) };
}

/** Undefined unless the value is a finite JSON number, as RFC 7519 requires. */
export function annotateNumericDate(
  value: JsonValue,
  now: number,
): NumericDateAnnotation | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return {
    epochSeconds: value,
    ...describeInstant(value * 1000, now),
    asMilliseconds: looksLikeMilliseconds(value) ? describeInstant(value, now) : undefined,
  };
}

export function looksLikeMilliseconds(value: JsonValue | undefined): boolean {
  return typeof value === 'number' && value >= MILLISECONDS_THRESHOLD;
}

/** A finite number of seconds, or undefined: what lifetime checks can work with. */
export function readNumericDate(value: JsonValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
