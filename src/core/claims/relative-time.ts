const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * "in 42 min", "3 days ago", "now". Hand-written rather than Intl.RelativeTimeFormat so that
 * the text is the same in every browser and ICU version (the e2e tests pin it), and so that
 * hours keep their minutes ("in 1 h 15 min"). Truncates: 59 min 59 s is "59 min".
 */
export function formatRelativeTime(thenMs: number, nowMs: number): string {
  const deltaSeconds = (thenMs - nowMs) / 1000;
  const amount = formatAmount(Math.floor(Math.abs(deltaSeconds)));
  if (amount === undefined) return 'now';
  return deltaSeconds > 0 ? `in ${amount}` : `${amount} ago`;
}

function formatAmount(seconds: number): string | undefined {
  if (seconds < 1) return undefined;
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
