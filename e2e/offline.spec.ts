import { encodeToken } from '../src/core/token/encode-token.ts';
import { expect, test } from './fixtures.ts';

const token = encodeToken({ alg: 'ES256' }, { sub: 'offline-user' }, new Uint8Array(64).fill(1));

test('after one visit the app loads and decodes with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // The service worker precaches the app; wait until it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);

  await page.reload();
  await page.getByRole('textbox', { name: 'Token' }).fill(token);
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"offline-user"');

  await page.goto(`/#token=${token}`);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue(token);
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('"ES256"');
});

test('the app is installable: manifest and icons are served', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ short_name: 'Tokenscope', display: 'standalone' });
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  }
});
