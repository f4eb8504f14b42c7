import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  openExample,
  openSection,
  SECTION_LABELS,
  test,
} from './fixtures.ts';

/**
 * Every state of the page, checked once by axe-core over the whole page: no serious or
 * critical violation. Each state is its own test with a generous time budget, since a full
 * page takes axe seconds, and several times that on a busy machine; other specs check the part
 * of the page they change.
 */
test.describe.configure({ timeout: 120_000 });

async function openEverySection(page: Page): Promise<void> {
  for (const label of SECTION_LABELS) await openSection(page, label);
  // Every section's code has arrived and rendered: no placeholder is left.
  await expect(page.getByRole('button', { name: /^Load / })).toHaveCount(0);
  await expect(page.getByText(/^Loading .*…$/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Signature verification' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sign-in frequency simulation' })).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the empty page', async ({ page }) => {
      await page.goto('/');
      await openEverySection(page);
      await expectAccessible(page);
    });

    test('a decoded access token with every section', async ({ page }) => {
      await page.goto('/');
      await openExample(page, 'Access token v1.0 (delegated, with a directory role)');
      await expect(page.getByRole('region', { name: 'Summary' })).toContainText('v1.0');
      await openEverySection(page);
      await expect(page.getByRole('table', { name: 'Claims', exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Lifetime' })).toContainText('Valid');
      await expectAccessible(page);
    });
  });
}

test('a malformed token', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill('eyJhbGciOiJIUzI1NiJ9=.e30.AB');
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page);
});

test('an encrypted token', async ({ page }) => {
  await page.goto('/');
  await openExample(page, 'Encrypted token (JWE, nested JWT)');
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('JWE');
  await expectAccessible(page);
});

test('the hostile example, with its findings', async ({ page }) => {
  await page.goto('/');
  await openExample(page, 'Hostile token (header tricks, markup, weak secret)');
  await expect(page.getByRole('list', { name: 'Findings' })).toBeVisible();
  await openSection(page, 'Claims');
  await expect(page.getByRole('table', { name: 'Claims', exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("an identity provider's error that arrived in the query string", async ({ page }) => {
  await page.goto('/?error=access_denied&error_description=AADSTS50105%3A+not+assigned');
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in failed' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'query string' })).toBeVisible();
  await expectAccessible(page);
});
