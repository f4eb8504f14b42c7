import type { Page } from '@playwright/test';
import { buildExampleTokens } from '../src/core/examples/example-tokens.ts';
import { SECTION_LABELS, expect, openExample, openSection, test } from './fixtures.ts';

const EXAMPLES = buildExampleTokens(Date.now() / 1000);

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1440, 1024, 390]) {
    // Accessibility of these states is checked in accessibility.spec.ts.
    test(`layout at ${width} px in the ${colorScheme} theme: no overflow`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      await openExample(page, 'Access token v1.0 (delegated, with a directory role)');
      for (const label of SECTION_LABELS) await openSection(page, label);
      await expect(page.getByRole('region', { name: 'Summary' })).toContainText('v1.0');
      await expect(page.getByRole('region', { name: 'Lifetime' })).toContainText('Valid');
      await expect(
        page.getByRole('region', { name: 'Sign-in frequency simulation' }),
      ).toBeVisible();
      await expect(page.getByRole('table', { name: 'Claims', exact: true })).toBeVisible();

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);

      // Kept in test-results/ as an artefact to look at, and attached to the report.
      const path = testInfo.outputPath(`screenshot-${width}-${colorScheme}.png`);
      // Off-screen sections skip rendering (content-visibility); a full-page picture needs them.
      // (Through the CSSOM: the page's CSP rightly refuses an injected <style>.)
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>(
          'main > div, main > div > div',
        ))
          element.style.contentVisibility = 'visible';
      });
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`screenshot-${width}-${colorScheme}`, {
        path,
        contentType: 'image/png',
      });
    });
  }
}

test('the examples menu opens each example and each decodes as its label says', async ({
  page,
}) => {
  await page.goto('/');
  for (const example of EXAMPLES) {
    await openExample(page, example.label);
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary, example.label).toContainText(example.kind);
    await expect(page.getByRole('region', { name: 'Header' })).toContainText(
      `"alg": "${String(example.header.alg)}"`,
    );
  }
});

test('the theme switch cycles system → light → dark and the page follows', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('button', { name: /^Theme:/ });
  await expect(theme).toHaveText('Theme: system');
  await theme.click();
  await expect(theme).toHaveText('Theme: light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await theme.click();
  await expect(theme).toHaveText('Theme: dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('Alt+Shift+X clears the token from the keyboard', async ({ page }) => {
  await page.goto(`/#token=${'eyJhbGciOiJIUzI1NiJ9.e30.AAAA'}`);
  await expect(page.getByRole('textbox', { name: 'Token' })).not.toHaveValue('');
  await page.keyboard.press('Alt+Shift+X');
  await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Token' })).toBeFocused();
});

test.describe('keyboard only', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** Presses Tab (or Shift+Tab) until the element matching `name` has focus. */
  async function tabTo(page: Page, name: string, backwards = false) {
    for (let presses = 0; presses < 120; presses++) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return '';
        const label = element.getAttribute('aria-label');
        if (label) return label;
        const id = element.id;
        const byFor = id ? document.querySelector(`label[for="${id}"]`)?.textContent : undefined;
        return byFor ?? element.textContent ?? '';
      });
      if (focused.trim() === name) return;
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${name}`);
  }

  test('paste a token, read the verdict and copy the payload without the mouse', async ({
    page,
  }) => {
    const { CompactSign } = await import('jose');
    const secret = 'a-keyboard-only-secret-of-32-bytes!';
    const token = await new CompactSign(
      new TextEncoder().encode(JSON.stringify({ sub: 'keyboard-user', aud: 'api://kb' })),
    )
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(secret));

    await page.goto('/');
    const box = page.getByRole('textbox', { name: 'Token' });
    await expect(box).toBeFocused();
    await page.keyboard.insertText(token);
    await expect(page.getByRole('region', { name: 'Payload' })).toContainText('keyboard-user');

    await tabTo(page, 'Keys');
    await page.keyboard.insertText(secret);
    const verdict = page
      .getByRole('region', { name: 'Signature verification' })
      .getByRole('status');
    await expect(verdict).toContainText('Signature verified');

    await tabTo(page, 'Copy payload', true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Copy payload' })).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      JSON.stringify({ sub: 'keyboard-user', aud: 'api://kb' }, null, 2),
    );
  });
});
