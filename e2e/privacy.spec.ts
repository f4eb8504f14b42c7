import type { Request } from '@playwright/test';
import { WEAK_EXAMPLE_SECRET } from '../src/core/examples/example-tokens.ts';
import { expect, openSection, test } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

interface Logged {
  url: string;
  headers: string;
  body: string;
}

/**
 * A realistic session — paste, decode, verify with pasted keys, simulate, share — with every
 * request the browser makes logged. Nothing may leave the app's origin (this session asks for
 * no key fetch), and no request, header, body or storage may hold the token, its signature, a
 * pasted key or a secret.
 */
test('a whole session sends nothing secret anywhere and stores nothing secret', async ({
  page,
  context,
  baseURL,
}) => {
  const requests: Logged[] = [];
  const log = (request: Request) =>
    requests.push({
      url: request.url(),
      headers: JSON.stringify(request.headers()),
      body: request.postData() ?? '',
    });
  context.on('request', log);
  context.on('serviceworker', (worker) => worker.on('request' as never, log as never));

  await page.goto('/');
  await openSection(page, 'Verify');
  const verification = page.getByRole('region', { name: 'Signature verification' });

  // An RS256 token signed in the page; verify it with its public key pasted into Keys.
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('button', { name: 'Access token v2.0 (delegated)' }).click();
  const box = page.getByRole('textbox', { name: 'Token' });
  await expect(box).toHaveValue(/^eyJ/);
  const token = await box.inputValue();
  await page.getByRole('button', { name: 'Copy example public key' }).click();
  const publicJwk = await page.evaluate(() => navigator.clipboard.readText());
  await verification.getByRole('textbox', { name: 'Keys' }).fill(publicJwk);
  await verification.getByRole('textbox', { name: 'Expected audience' }).fill('api://wrong');
  await expect(verification.getByRole('status')).toContainText('Signature verified');
  await expect(verification.getByRole('status')).toContainText(
    'The signature is genuine, but a verifier must still reject this token: its claim check on aud failed.',
  );

  // An HMAC token verified with its secret.
  await page.getByRole('button', { name: 'Examples' }).click();
  await page
    .getByRole('button', { name: 'Hostile token (header tricks, markup, weak secret)' })
    .click();
  await expect(box).not.toHaveValue(token);
  const hmacToken = await box.inputValue();
  await verification.getByRole('textbox', { name: 'Keys' }).fill(WEAK_EXAMPLE_SECRET);
  await expect(verification.getByRole('status')).toContainText('Signature verified');

  // Simulate.
  await openSection(page, 'Simulator');
  const simulator = page.getByRole('region', { name: 'Sign-in frequency simulation' });
  await simulator.getByRole('spinbutton', { name: 'Sign-in frequency (minutes)' }).fill('90');
  await expect(simulator.getByRole('status')).toContainText('1h30m');

  // Share, with and without the signature.
  await page.getByRole('textbox', { name: 'Token' }).fill(token);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('verify.aud=api%3A%2F%2Fwrong');
  expect(link).toContain('sim.sif=90');
  expect(link).not.toContain(token.split('.')[2]);

  const secrets = {
    token,
    'token signature': token.split('.')[2]!,
    'HMAC token': hmacToken,
    'HMAC signature': hmacToken.split('.')[2]!,
    'public key modulus': (JSON.parse(publicJwk) as { n: string }).n,
    'HMAC secret': WEAK_EXAMPLE_SECRET,
  };

  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect(new URL(request.url).origin, request.url).toBe(origin);
    const sent = `${request.url.split('#')[0]}\n${request.headers}\n${request.body}`;
    for (const [name, value] of Object.entries(secrets)) {
      expect(sent.includes(value), `${name} in a request to ${request.url}`).toBe(false);
    }
  }

  const stored = await page.evaluate(async () => {
    const local = Object.entries(localStorage);
    const session = Object.entries(sessionStorage);
    const databases = await indexedDB.databases();
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    }
    return { local, session, databases, cached, cookie: document.cookie };
  });
  expect(stored.local.every(([key]) => key === 'tokenscope.theme')).toBe(true);
  expect(stored.session).toEqual([]);
  expect(stored.databases.filter((db) => !db.name?.startsWith('workbox'))).toEqual([]);
  expect(stored.cookie).toBe('');
  expect(await context.cookies()).toEqual([]);
  const everything = JSON.stringify(stored);
  for (const [name, value] of Object.entries(secrets)) {
    expect(everything.includes(value), `${name} in storage`).toBe(false);
  }
});
