const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Spans this long or longer are written with days; shorter ones stay in hours (25h00m). */
const DAYS_FROM = 2 * DAY;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Writes a duration the way the simulator shows it: `42m`, `1h00m`, `2h30m`, `20h00m`,
 * `7d00h00m`. Truncates to the minute, so a gap of 2h29m59.9s is never shown as 2h30m and
 * a value shown as at least `1h00m` really is at least an hour.
 */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 60) return `${sign}${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours * HOUR < DAYS_FROM) return `${sign}${hours}h${pad(minutes % 60)}m`;
  const days = Math.floor(hours / 24);
  return `${sign}${days}d${pad(hours % 24)}h${pad(minutes % 60)}m`;
}

/**
 * A coarse duration for relative phrases ("expires in 42m", "expired 3h ago"): seconds under a
 * minute, then the two largest units, leaving out a zero second unit.
 */
export function formatApproximateDuration(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / SECOND);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${pad(minutes % 60)}m`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days}d` : `${days}d${pad(hours % 24)}h`;
}

/** A live countdown to the second: `41:59`, `1:02:03`, `3d 04:05:06`. */
export function formatCountdown(ms: number): string {
  const total = Math.floor(Math.abs(ms) / SECOND);
  const seconds = total % 60;
  const minutes = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600) % 24;
  const days = Math.floor(total / 86400);
  if (days > 0) return `${days}d ${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  if (hours > 0) return `${hours}:${pad(minutes)}:${pad(seconds)}`;
  return `${minutes}:${pad(seconds)}`;
}

/**
 * A point in a simulated session, measured from its first sign-in: `0:00`, `2:29`, and from
 * the second day on `1d 02:29`.
 */
export function formatSessionClock(ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}:${pad(minutes % 60)}`;
  return `${Math.floor(hours / 24)}d ${pad(hours % 24)}:${pad(minutes % 60)}`;
}
