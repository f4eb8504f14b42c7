import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * `test` with guards on every page: an uncaught exception, an unexpected dialog or a
 * Content-Security-Policy violation fails the test that caused it, whatever it asserts; and
 * the state each test leaves the page in must have no serious or critical accessibility
 * violation (axe-core), so every state the suite visits is checked.
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
      const violations = await seriousAccessibilityViolations(page);
      expect(violations, 'serious or critical axe violations in the final state').toEqual([]);
    },
    { auto: true },
  ],
});

/** axe-core on the app as the test left it; skipped for pages that are not the app. */
async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  if (page.isClosed() || !/^https?:\/\/127\.0\.0\.1:\d+\//.test(page.url())) return [];
  // A test may have frozen the page clock; axe must not wait on it forever.
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 15_000));
  const results = await Promise.race([new AxeBuilder({ page }).analyze(), timeout]);
  if (!results) return [];
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
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

export { expect };
