import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium.mjs';

// Engineers running one spec against their own build use TOKENSCOPE_DIST / TOKENSCOPE_PORT so
// parallel runs do not share a dist/ folder or a port.
const port = Number(process.env.TOKENSCOPE_PORT ?? 4173);
const dist = process.env.TOKENSCOPE_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Budgets for a 2-core machine with other work running beside the suite (the suite is proven
  // with a busy-loop process per core): tests wait on events, so a quiet run is no slower.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    // Pinned so dates and numbers in the page are exact (it-tools does the same).
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
