import { test as base, expect } from '@playwright/test';

/**
 * `test` with guards on every page: an uncaught exception, an unexpected dialog or a
 * Content-Security-Policy violation fails the test that caused it, whatever it asserts.
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

export { expect };
