import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * `test` with guards on every page: an uncaught exception, an unexpected dialog or a
 * Content-Security-Policy violation fails the test that caused it, whatever it asserts.
 * Accessibility is checked where a test changes something (`expectAccessible` on that part of
 * the page) and once per page state in accessibility.spec.ts, each with its own time budget:
 * axe-core over the whole page takes seconds, and many more on a busy machine.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => {
        errors.push(`dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.exposeFunction('__tokenscopeCspViolation', (directive: string, uri: string) => {
        errors.push(`CSP violation: ${directive} blocked ${uri}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (d: string, u: string) => void>)
            .__tokenscopeCspViolation;
          report?.(event.effectiveDirective, event.blockedURI);
        });
      });
      await use(errors);
      expect(errors, 'page errors, dialogs or CSP violations during the test').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * No serious or critical accessibility violation (axe-core) in the page as it is now, or in
 * the parts of it that `scopes` (CSS selectors) name. A clock the test paused is resumed first:
 * axe waits on timers. A failure or a slow run fails the test; nothing is skipped.
 */
export async function expectAccessible(page: Page, ...scopes: string[]): Promise<void> {
  // Playwright's clock marks the page when a test installed it.
  if (await page.evaluate(() => '__pwClock' in window)) await page.clock.resume();
  let axe = new AxeBuilder({ page });
  if (scopes.length > 0) axe = axe.include(scopes);
  const results = await axe.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
  expect(
    serious,
    `serious or critical axe violations in ${scopes.join(', ') || 'the page'}`,
  ).toEqual([]);
}

/** The page's nav entries for the sections whose code loads on use. */
export type SectionLabel = 'Claims' | 'Verify' | 'Lifetime' | 'Simulator';

/**
 * Goes to a section through its nav entry, as a reader would. Sections below the decoded token
 * fetch their code only when they come near the viewport or are asked for, so a test that works
 * with one brings it up first (and then waits for what it needs in it, as usual).
 */
export async function openSection(page: Page, label: SectionLabel): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

/** Every section that loads on use, in page order. */
export const SECTION_LABELS: readonly SectionLabel[] = [
  'Claims',
  'Verify',
  'Lifetime',
  'Simulator',
];

/** Picks a token from the Examples menu. */
export async function openExample(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('button', { name: label }).click();
}

export { expect };
