import { test as base, expect } from '@playwright/test';

/**
 * `test` with a guard on every page: an uncaught exception or an unexpected dialog fails the
 * test that caused it, whatever that test asserts.
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
      await use(errors);
      expect(errors, 'page errors or dialogs during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
