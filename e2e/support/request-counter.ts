/** Requests a test server received, so specs can assert what the browser fetched (and did not). */
export class RequestCounter {
  readonly entries: { method: string; path: string }[] = [];

  record(method: string, path: string): void {
    this.entries.push({ method, path });
  }

  /** How many requests asked for `path` (query string ignored), preflights excluded. */
  count(path: string): number {
    return this.entries.filter(
      (entry) => entry.method !== 'OPTIONS' && entry.path.split('?')[0] === path,
    ).length;
  }
}
