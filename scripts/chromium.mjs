// Which Chromium the browser tests and the benchmark drive, in order of preference:
// $CHROMIUM_PATH, then the system's /usr/bin/chromium, then Playwright's own download.
import { existsSync } from 'node:fs';

/** Flags that keep a headless Chromium quiet on a machine with no general network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** @returns {string | undefined} undefined means "Playwright's own browser". */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}
