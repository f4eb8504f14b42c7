const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const MILLION_YEARS = 1e6 * YEAR;

/**
 * "in 42 min", "3 days ago", "now": the one relative-time style of every view. Hand-written
 * rather than Intl.RelativeTimeFormat so that the text is the same in every browser and ICU
 * version (the e2e tests pin it), and so that hours keep their minutes ("in 1 h 15 min").
 * Units are words a screen reader says right ("42m" would be read as metres). Truncates:
 * 59 min 59 s is "59 min". Any number is accepted: a date claim can be any JSON number.
 */
export function formatRelativeTime(thenMs: number, nowMs: number): string {
  const deltaSeconds = (thenMs - nowMs) / 1000;
  const amount = formatAmount(Math.floor(Math.abs(deltaSeconds)));
  if (amount === undefined) return 'now';
  return deltaSeconds > 0 ? `in ${amount}` : `${amount} ago`;
}

/** A span of time in the same words: "42 s", "5 min", "1 h 15 min", "3 days"; "0 s" for none. */
export function formatTimeSpan(ms: number): string {
  return formatAmount(Math.floor(Math.abs(ms) / 1000)) ?? '0 s';
}

function formatAmount(seconds: number): string | undefined {
  if (Number.isNaN(seconds)) return undefined;
  if (seconds < 1) return undefined;
  if (seconds >= MILLION_YEARS) return 'more than a million years';
  if (seconds < MINUTE) return `${seconds} s`;
  if (seconds < HOUR) return `${Math.floor(seconds / MINUTE)} min`;
  if (seconds < 2 * DAY) {
    const hours = Math.floor(seconds / HOUR);
    const minutes = Math.floor((seconds % HOUR) / MINUTE);
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  }
  if (seconds < 2 * YEAR) return plural(Math.floor(seconds / DAY), 'day');
  return plural(Math.floor(seconds / YEAR), 'year');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
