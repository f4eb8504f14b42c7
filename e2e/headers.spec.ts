import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../src/lib/security-headers.ts';
import { expect, test } from './fixtures.ts';

test('npm start serves the security headers with the page, its code and the service worker', async ({
  request,
  page: browserPage,
}) => {
  const page = await request.get('/');
  const html = await page.text();
  const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  expect(script, 'the entry script in index.html').toBeDefined();
  for (const path of ['/', script!, '/sw.js', '/manifest.webmanifest']) {
    const response = path === '/' ? page : await request.get(path);
    expect(response.ok(), path).toBe(true);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
  // The <meta> policy comes before any script, so it governs them all.
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
    html.indexOf('<script'),
  );
  await browserPage.goto('/');
  await expect(browserPage.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    META_CONTENT_SECURITY_POLICY,
  );
});
