/** ISO 8601 in UTC, without milliseconds when there are none: 2025-01-15T12:00:00Z. */
export function formatUtc(epochMs: number): string | undefined {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * The one way every view writes an instant in UTC. Takes any number, because any JSON number
 * can arrive as a date claim: beyond the ±8.64e15 ms a Date holds (exp 1e300, microseconds)
 * it says so instead of throwing, as `Date.prototype.toISOString` would.
 */
export function formatUtcText(epochMs: number): string {
  const utc = formatUtc(epochMs);
  if (utc !== undefined) return utc;
  if (Number.isNaN(epochMs)) return 'not a date';
  return epochMs > 0
    ? 'later than +275760-09-13T00:00:00Z (the last date JavaScript can hold)'
    : 'earlier than -271821-04-20T00:00:00Z (the first date JavaScript can hold)';
}

/** A NumericDate (seconds since the epoch) in the one UTC style: 2025-01-15T12:00:00Z. */
export function formatInstant(epochSeconds: number): string {
  return formatUtcText(epochSeconds * 1000);
}

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = wallClockFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallClockFormatters.set(key, formatter);
  }
  return formatter;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The same instant in the browser's time zone (or `timeZone`), as 2025-01-15 13:00:00 UTC+01:00.
 * Intl supplies the zone rules; the layout and the offset are written here, because ICU
 * versions disagree on how to name an offset ("GMT", "GMT+00:00", "UTC") and the e2e tests pin
 * the text exactly.
 */
export function formatLocal(epochMs: number, timeZone?: string): string | undefined {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(date)) {
    parts[part.type] = part.value;
  }
  const { year, month, day, hour, minute, second } = parts;
  const wallClockAsUtc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  const offsetMinutes = Math.round((wallClockAsUtc - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${year}-${month}-${day} ${hour}:${minute}:${second} UTC${offset}`;
}
