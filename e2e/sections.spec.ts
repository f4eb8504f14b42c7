import { V2_ACCESS_PAYLOAD, V2_HEADER } from '../src/core/claims/test-tokens.ts';
import { encodeToken } from '../src/core/token/encode-token.ts';
import { expect, openSection, test } from './fixtures.ts';

// The service worker would answer chunk requests itself; these tests watch the network.
test.use({ serviceWorkers: 'block' });

const VERIFY_CHUNK = /\/assets\/verify-section-[\w-]+\.js$/;

test("a section's code is fetched when the section is used, not before", async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/.+\.js$/.test(request.url())) chunks.push(new URL(request.url()).pathname);
  });
  // A short window, so the decoded token alone fills more than the screen ahead of it.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(`/#token=${encodeToken(V2_HEADER, V2_ACCESS_PAYLOAD, new Uint8Array(64))}`);
  // The Findings next to the token load as they come into view (the observer has run); the
  // verifier, well below, waits until it is wanted.
  await expect(page.getByRole('list', { name: 'Findings' })).toBeAttached();
  await expect(page.locator('#verification')).toContainText('Load signature verification');
  expect(chunks.filter((path) => VERIFY_CHUNK.test(path))).toEqual([]);

  const fetched = page.waitForRequest(VERIFY_CHUNK);
  await openSection(page, 'Verify');
  await fetched;
  await expect(page.getByRole('region', { name: 'Signature verification' })).toBeVisible();
  await expect(page.locator('#verification')).toBeFocused();
});

test('a section whose code did not arrive offers Retry, which fetches it again', async ({
  page,
}) => {
  let refused = 0;
  await page.route(VERIFY_CHUNK, async (route) => {
    if (refused === 0) {
      refused += 1;
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  await page.goto('/');
  await openSection(page, 'Verify');
  const failure = page.getByRole('alert').filter({
    hasText: 'The code for signature verification did not arrive.',
  });
  await expect(failure).toContainText('Check the connection, then retry.');
  // The rest of the page works on.
  await page.getByRole('textbox', { name: 'Token' }).fill('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"sub": "x"');

  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Signature verification' })).toBeVisible();
  await expect(failure).toHaveCount(0);
  expect(refused).toBe(1);
});
