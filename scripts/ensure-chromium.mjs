// Makes sure a Chromium is there before the browser tests start. With neither CHROMIUM_PATH
// nor /usr/bin/chromium, installs Playwright's own build (needs internet; on Debian without
// it, install the `chromium` package instead — .ci/run does).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './chromium.mjs';

const executable = chromiumExecutable();
if (executable) {
  if (!existsSync(executable)) {
    console.error(`CHROMIUM_PATH points at ${executable}, which does not exist.`);
    process.exit(1);
  }
} else if (!existsSync(chromium.executablePath())) {
  console.log('No system Chromium found: installing Playwright’s Chromium…');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
