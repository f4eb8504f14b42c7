import { encodeToken } from '../src/core/token/encode-token.ts';
import { expect, openSection, test } from './fixtures.ts';

/**
 * Values an attacker can put in a token or a redirect. Whatever the page does with them, it
 * must show them as text: no element from the value, no script, no dialog, no navigation,
 * no CSP violation (the fixture fails the test on any of those), and it must stay responsive.
 */
const HOSTILE: string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><img src=x onerror=alert(document.domain)>',
  "'><script>window.__pwned=1</script>",
  '<iframe src="javascript:alert(1)"></iframe>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '<a href="javascript:alert(1)">click</a>',
  '<style>body{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'invoice\u202Egnp.exe',
  '\u202Dleft\u202Cright\u2066isolate\u2069',
  'null\u0000byte',
  '\u0000\u0001\u0002\u001f\u007f',
  'zero\u200Bwidth\uFEFF',
  '__proto__',
  '../../../../etc/passwd',
  "'; DROP TABLE users;--",
  '\uD800 lone surrogate',
  'x'.repeat(1_000_000),
];

const marker = 'hostile-check';

test('hostile claim values render as inert text', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Token' });
  for (const [index, value] of HOSTILE.entries()) {
    // The 1 MB value goes in once; five copies would pass the 4 MiB input cap.
    const claims =
      value.length > 10_000
        ? { sub: marker, name: value }
        : { sub: marker, name: value, website: value, nested: { list: [value] }, [value]: index };
    const token = encodeToken(
      { alg: 'HS256', typ: 'JWT', kid: value.slice(0, 100) },
      claims,
      new Uint8Array(32),
    );
    await box.fill(token);
    await expect(page.getByRole('region', { name: 'Payload' }), `value ${index}`).toContainText(
      marker,
    );
    await assertInert(page);
  }
});

test('hostile error descriptions from a redirect render as text', async ({ page }) => {
  for (const value of HOSTILE.slice(0, 16)) {
    const params = new URLSearchParams({
      error: value,
      error_description: value,
      error_uri: value,
    });
    await page.goto(`/#${params.toString()}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Sign-in failed' })).toBeVisible();
    await assertInert(page);
  }
});

test('hostile values in a header-only JWE and a text payload render as text', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Token' });
  for (const value of HOSTILE.slice(0, 12)) {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    await box.fill(
      `${b64(JSON.stringify({ alg: 'dir', enc: value, cty: value }))}..AAAA.AAAA.AAAA`,
    );
    await expect(page.getByRole('region', { name: 'Header' })).toContainText('"alg": "dir"');
    await box.fill(`${b64('{"alg":"HS256"}')}.${b64(value + ' not json')}.AAAA`);
    await expect(page.getByRole('region', { name: 'Payload' })).toContainText('not json');
    await assertInert(page);
  }
});

test('invisible characters show as markers in values, claim names, notes and findings', async ({
  page,
}) => {
  const smuggled = 'user\u{E0061}\u{E0064}\u{E006D}\u{E0069}\u{E006E}';
  const token = encodeToken(
    { alg: 'RS256', typ: 'JWT', kid: 'k\u3164' },
    {
      sub: marker,
      preferred_username: 'maja\u00AD@contoso.example',
      role: smuggled,
      ['ad\u034Fmin']: 'next\u0085line',
      aud: ['api://orders\u3164'],
    },
    new Uint8Array(256),
  );
  await page.goto(`/#token=${token}`);
  await openSection(page, 'Claims');
  const table = page.getByRole('table', { name: 'Claims', exact: true });
  await expect(table.locator('tr[data-claim="role"]')).toContainText(
    'user⟨U+E0061⟩⟨U+E0064⟩⟨U+E006D⟩⟨U+E0069⟩⟨U+E006E⟩',
  );
  await expect(table).toContainText('ad⟨U+034F⟩min');
  await expect(table).toContainText('next⟨U+0085⟩line');
  await expect(table.locator('tr[data-claim="aud"]').getByRole('listitem')).toHaveText(
    'api://orders⟨U+3164⟩',
  );
  await expect(table.locator('tr[data-location="header"][data-claim="kid"]')).toContainText(
    'k⟨U+3164⟩',
  );
  await expect(page.getByRole('region', { name: 'Summary', exact: true })).toContainText(
    'maja⟨U+00AD⟩@contoso.example',
  );
  const finding = page
    .getByRole('list', { name: 'Findings', exact: true })
    .locator('[data-finding="claim-invisible"]');
  await expect(finding).toContainText('"ad⟨U+034F⟩min"');
  await expect(finding).toContainText('"role"');
  await assertInert(page);
});

test('look-alike and backslash links are text, with a finding that names the real host', async ({
  page,
}) => {
  const token = encodeToken(
    { alg: 'RS256', typ: 'JWT' },
    {
      sub: marker,
      website: 'https://evil.example\\@trusted.example/',
      profile: 'https://\u0430pple.com',
      picture: 'https://example.com/me.png',
    },
    new Uint8Array(256),
  );
  await page.goto(`/#token=${token}`);
  await openSection(page, 'Claims');
  const table = page.getByRole('table', { name: 'Claims', exact: true });
  const row = (name: string) => table.locator(`tr[data-location="payload"][data-claim="${name}"]`);
  await expect(
    row('picture').getByRole('link', { name: 'https://example.com/me.png' }),
  ).toHaveAttribute('href', 'https://example.com/me.png');
  await expect(row('website')).toContainText('https://evil.example\\@trusted.example/');
  await expect(row('website').getByRole('link', { name: /trusted\.example/ })).toHaveCount(0);
  await expect(row('website')).toContainText(
    'Not a link: it reads as a link to trusted.example but opens evil.example',
  );
  await expect(row('profile').getByRole('link', { name: /pple/ })).toHaveCount(0);
  await expect(row('profile')).toContainText('opens xn--pple-43d.com, its punycode form');
  const finding = page
    .getByRole('list', { name: 'Findings', exact: true })
    .locator('[data-finding="claim-deceptive-url"]');
  await expect(finding).toContainText(
    '"website": it reads as a link to trusted.example but opens evil.example',
  );
  await expect(finding).toContainText(
    '"profile": it shows \u0430pple.com but opens xn--pple-43d.com',
  );
  await expect(finding).toContainText('mixes Latin and Cyrillic letters');
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.filter((href) => /evil\.example|xn--pple/.test(href))).toEqual([]);
  await assertInert(page);
});

async function assertInert(page: import('@playwright/test').Page) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scripts: document.querySelectorAll('script:not([src])').length,
    iframes: document.querySelectorAll('iframe').length,
    images: [...document.images].filter((image) => !image.src.endsWith('/favicon.svg')).length,
    unsafeLinks: [...document.querySelectorAll('a')].filter(
      (link) => link.href && !/^https:/.test(link.href) && !link.href.startsWith(location.origin),
    ).length,
    insecureTargets: [...document.querySelectorAll('a[target="_blank"]')].filter(
      (link) => !/noreferrer/.test(link.getAttribute('rel') ?? ''),
    ).length,
    bodyVisible: getComputedStyle(document.body).display !== 'none',
  }));
  expect(state).toEqual({
    pwned: undefined,
    scripts: 0,
    iframes: 0,
    images: 0,
    unsafeLinks: 0,
    insecureTargets: 0,
    bodyVisible: true,
  });
  // Still responsive: the page paints another frame (within the test's time, however busy the
  // machine; how long tasks may take is measured by the benchmark, not here).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}
