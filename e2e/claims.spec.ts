import {
  DOCUMENTED_V1_ACCESS_TOKEN,
  DOCUMENTED_V2_ACCESS_TOKEN,
} from '../src/core/claims/documented-tokens.ts';
import {
  TEST_NOW,
  TEST_TENANT_ID,
  V1_ACCESS_PAYLOAD,
  V1_HEADER,
  V2_ACCESS_PAYLOAD,
  V2_APP_ONLY_PAYLOAD,
  V2_HEADER,
  V2_ID_TOKEN_PAYLOAD,
} from '../src/core/claims/test-tokens.ts';
import { encodeToken } from '../src/core/token/encode-token.ts';
import type { Page } from '@playwright/test';
import { expect, openSection, test } from './fixtures.ts';
import { RESOURCES, startOidcServer } from './support/oidc-server.ts';

/**
 * The Claims feature: Summary, Claims table and Findings. The clock is fixed at TEST_NOW
 * (2025-01-15T12:00:00Z) and the config pins timezoneId Europe/Amsterdam (UTC+01:00 in
 * January), so every date and relative time below is exact.
 */

const SIGNATURE = new Uint8Array(256).fill(7);

async function open(page: Page, header: object, payload: object | string): Promise<void> {
  await page.clock.setFixedTime(TEST_NOW);
  await page.goto(`/#token=${encodeToken(header, payload, SIGNATURE)}`);
  await openSection(page, 'Claims');
}

const summary = (page: Page) => page.getByRole('region', { name: 'Summary', exact: true });
const claims = (page: Page) => page.getByRole('table', { name: 'Claims', exact: true });
const claimRow = (page: Page, name: string) =>
  claims(page).locator(`tr[data-location="payload"][data-claim="${name}"]`);
const headerRow = (page: Page, name: string) =>
  claims(page).locator(`tr[data-location="header"][data-claim="${name}"]`);
const findings = (page: Page) => page.getByRole('list', { name: 'Findings', exact: true });

test('a v1.0 access token: version, tenant, scopes and kind in the Summary', async ({ page }) => {
  await open(page, V1_HEADER, V1_ACCESS_PAYLOAD);
  const region = summary(page);
  await expect(region).toContainText('Access token (delegated)');
  await expect(region).toContainText('v1.0');
  await expect(region).toContainText(TEST_TENANT_ID);
  await expect(region.getByRole('list', { name: 'Scopes' }).getByRole('listitem')).toHaveText([
    'Orders.Read',
    'Orders.Write',
  ]);
  await expect(region).toContainText(V1_ACCESS_PAYLOAD.appid);
  await expect(region).toContainText('Valid');
  await expect(region).toContainText('expires in 1 h 5 min');

  await expect(claimRow(page, 'ver')).toContainText('v1.0 token format.');
  await expect(claimRow(page, 'ver')).toContainText(
    'null or 1 gives v1.0 tokens, 2 gives v2.0 — whichever endpoint, v1.0 or v2.0, the client asked',
  );
  await expect(claimRow(page, 'exp')).toContainText('instead of arriving in hourly spikes');
  await expect(
    claimRow(page, 'scp').getByRole('list', { name: '2 scopes' }).getByRole('listitem'),
  ).toHaveText(['Orders.Read', 'Orders.Write']);
  await expect(claimRow(page, 'appid')).toContainText('Only in v1.0 Microsoft tokens.');
});

test('a v2.0 access token: version, tenant, scp and kind in the Summary', async ({ page }) => {
  await open(page, V2_HEADER, V2_ACCESS_PAYLOAD);
  const region = summary(page);
  await expect(region).toContainText('Access token (delegated)');
  await expect(region).toContainText('v2.0');
  await expect(region).toContainText(TEST_TENANT_ID);
  await expect(region.getByRole('list', { name: 'Scopes' })).toHaveText('access_as_user');
  await expect(claimRow(page, 'ver')).toContainText('v2.0 token format.');
  await expect(claimRow(page, 'azpacr')).toContainText('client secret');
});

test('an app-only token and an ID token are named as such', async ({ page }) => {
  await open(page, V2_HEADER, V2_APP_ONLY_PAYLOAD);
  await expect(summary(page)).toContainText('Access token (app-only)');
  await expect(summary(page).getByRole('list', { name: 'Roles' })).toHaveText('Orders.Read.All');

  // The shape an OpenID Connect provider (such as oidc-provider) gives an ID token.
  const idToken = {
    iss: 'http://localhost:3000',
    sub: 'alice',
    aud: 'local-client',
    exp: TEST_NOW / 1000 + 3600,
    iat: TEST_NOW / 1000,
    auth_time: TEST_NOW / 1000 - 60,
    nonce: 'n-0S6_WzA2Mj',
    at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
    sid: 'a7f1c6c2-3f0b-4f5e-9f0a-2f4d1c9e8b7a',
  };
  await open(page, { alg: 'RS256', kid: 'oidc-key' }, idToken);
  await expect(summary(page)).toContainText('ID token');
});

test('an app calling its own API (roles, no scp, azp == aud) is app-only, not an ID token', async ({
  page,
}) => {
  const selfCall = { ...V2_APP_ONLY_PAYLOAD, aud: V2_APP_ONLY_PAYLOAD.azp, idtyp: undefined };
  await open(page, V2_HEADER, selfCall);
  const region = summary(page);
  await expect(region).toContainText('Access token (app-only)');
  await expect(region).toContainText('the app called its own API, which is allowed');
  await expect(region).not.toContainText('ID token');
});

test('an ID token with the user’s app roles stays an ID token, and its roles are the user’s', async ({
  page,
}) => {
  await open(page, V2_HEADER, { ...V2_ID_TOKEN_PAYLOAD, nonce: undefined, roles: ['Approver'] });
  await expect(summary(page)).toContainText('ID token');
  await expect(summary(page)).toContainText('Its roles are app roles assigned to the user.');
  await expect(claimRow(page, 'roles')).toContainText(
    'Roles given to the signed-in user in this application.',
  );
});

test('tokens from a real OpenID Provider: ID token and RFC 9068 access token', async ({ page }) => {
  const oidc = await startOidcServer();
  try {
    const idToken = await oidc.issueIdToken('alice');
    const accessToken = await oidc.issueAccessToken(RESOURCES.rs256);
    await page.goto(`/#id_token=${idToken}`);
    await expect(summary(page)).toContainText('ID token');
    await expect(summary(page)).toContainText(oidc.issuer);
    await page.goto(`/#access_token=${accessToken}`);
    await expect(summary(page)).toContainText('RFC 9068 JWT access token');
    await expect(summary(page)).toContainText(RESOURCES.rs256);
  } finally {
    await oidc.close();
  }
});

test('header descriptions: Entra signs asymmetrically; typ is in v1.0 and v2.0, x5t only in v1.0', async ({
  page,
}) => {
  await open(page, V1_HEADER, V1_ACCESS_PAYLOAD);
  await expect(headerRow(page, 'alg')).toContainText(
    'Entra ID signs with asymmetric algorithms such as RS256',
  );
  await expect(headerRow(page, 'alg')).not.toContainText('another algorithm');
  await expect(headerRow(page, 'typ')).toContainText(
    'v1.0 and v2.0 tokens both carry "typ": "JWT"',
  );
  await expect(headerRow(page, 'typ')).not.toContainText('Only in v1.0');
  await expect(headerRow(page, 'x5t')).toContainText('Only in v1.0 Microsoft tokens.');
});

test('wids names the built-in directory role', async ({ page }) => {
  await open(page, V1_HEADER, V1_ACCESS_PAYLOAD);
  const wids = claimRow(page, 'wids').getByRole('list', { name: '2 directory roles' });
  await expect(wids.getByRole('listitem').first()).toHaveText(
    '62e90394-69f5-4237-9190-012177145e10: Global Administrator',
  );
});

test('markup in a claim renders as text and opens no dialog', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  const hostile = '<img src=x onerror=alert(1)>';
  await open(page, V2_HEADER, {
    ...V2_ACCESS_PAYLOAD,
    name: hostile,
    website: 'javascript:alert(1)',
  });

  const name = claimRow(page, 'name');
  await expect(name.getByRole('cell').first()).toContainText(hostile);
  await expect(claims(page).locator('img')).toHaveCount(0);
  await expect(claimRow(page, 'website').getByRole('cell').first().getByRole('link')).toHaveCount(
    0,
  );
  await expect(findings(page).locator('[data-finding="claim-markup"]')).toContainText('"name"');
  await expect(findings(page).locator('[data-finding="claim-script-url"]')).toBeVisible();
  // No element came from the value, so no handler in it can ever run (and the fixture fails
  // the test on any dialog).
  await expect(page.locator('img:not([src="/favicon.svg"]), script:not([src])')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('date cells are exact in UTC and in the pinned time zone', async ({ page }) => {
  await open(page, V2_HEADER, V2_ACCESS_PAYLOAD);
  const exp = claimRow(page, 'exp');
  await expect(exp.getByRole('cell').first()).toContainText(String(V2_ACCESS_PAYLOAD.exp));
  await expect(exp.locator('time')).toHaveText('2025-01-15T13:05:00Z');
  await expect(exp.locator('time')).toHaveAttribute('datetime', '2025-01-15T13:05:00Z');
  await expect(exp).toContainText('2025-01-15 14:05:00 UTC+01:00');
  await expect(exp).toContainText('in 1 h 5 min');

  const iat = claimRow(page, 'iat');
  await expect(iat.locator('time')).toHaveText('2025-01-15T11:50:00Z');
  await expect(iat).toContainText('2025-01-15 12:50:00 UTC+01:00');
  await expect(iat).toContainText('10 min ago');
});

test('https values are links that do not leak the page; long values fold', async ({ page }) => {
  const long = 'x'.repeat(500);
  await open(page, V2_HEADER, {
    ...V2_ACCESS_PAYLOAD,
    picture: 'https://example.com/me.png',
    blob: long,
  });
  const link = claimRow(page, 'picture').getByRole('link', { name: 'https://example.com/me.png' });
  await expect(link).toHaveAttribute('rel', 'noreferrer noopener');
  await expect(link).toHaveAttribute('target', '_blank');

  const blob = claimRow(page, 'blob');
  await expect(blob.getByRole('cell').first()).not.toContainText(long);
  await blob.getByRole('button', { name: /^Show all/ }).click();
  await expect(blob.getByRole('cell').first()).toContainText(long);
  await expect(blob.getByRole('button', { name: 'Show less' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('header parameters come first, then payload claims, in token order', async ({ page }) => {
  await open(page, V2_HEADER, V2_ACCESS_PAYLOAD);
  // The table loads lazily: wait for its last row before reading them all.
  await expect(claimRow(page, 'ver')).toBeVisible();
  const names = await claims(page)
    .locator('tbody tr[data-claim]')
    .evaluateAll((rows: Element[]) =>
      rows.map((row) => `${row.getAttribute('data-location')}:${row.getAttribute('data-claim')}`),
    );
  expect(names).toEqual([
    ...Object.keys(V2_HEADER).map((name) => `header:${name}`),
    ...Object.keys(V2_ACCESS_PAYLOAD).map((name) => `payload:${name}`),
  ]);
  await expect(claims(page).getByRole('columnheader')).toHaveText([
    'Claim',
    'Value',
    'Description',
  ]);
});

test('an ordinary token has no findings', async ({ page }) => {
  await open(page, V2_HEADER, V2_ACCESS_PAYLOAD);
  await expect(summary(page)).toContainText('v2.0');
  await expect(findings(page)).toBeAttached();
  await expect(findings(page).getByRole('listitem')).toHaveCount(0);
});

test('findings flag a hostile header', async ({ page }) => {
  await open(
    page,
    { alg: 'none', jku: 'https://evil.example/keys', kid: '../../../../dev/null' },
    { sub: 'mallory', iat: TEST_NOW / 1000 },
  );
  const list = findings(page);
  await expect(list.locator('[data-finding="alg-none"]')).toContainText('Error');
  await expect(list.locator('[data-finding="jku-header"]')).toContainText(
    'never fetches or trusts it',
  );
  await expect(list.locator('[data-finding="kid-suspicious"]')).toBeVisible();
  await expect(list.locator('[data-finding="no-exp"]')).toBeVisible();
  await expect(summary(page)).toContainText('Unsecured JWT');
});

test('a Microsoft-API token is said to be unverifiable by design', async ({ page }) => {
  await open(page, { ...V1_HEADER, nonce: 'AQABAAAAAABeAFzDwllzTYGDLh_qYbH8' }, V1_ACCESS_PAYLOAD);
  await expect(summary(page)).toContainText('Microsoft-API proprietary token');
  await expect(summary(page)).toContainText('cannot be verified by third parties, by design');
  await expect(findings(page).locator('[data-finding="ms-api-token"]')).toContainText(
    'not verifiable by third parties',
  );
});

test('a token for Microsoft Graph says so, with or without a nonce, and is not called forged', async ({
  page,
}) => {
  const graph = { ...V1_ACCESS_PAYLOAD, aud: 'https://graph.microsoft.com' };
  await open(page, V1_HEADER, graph);
  await expect(summary(page)).toContainText(
    'It is meant for Microsoft Graph, a Microsoft API: only Microsoft Graph validates it.',
  );
  const finding = findings(page).locator('[data-finding="ms-api-token"]');
  await expect(finding).toContainText(
    'Token for Microsoft Graph: only Microsoft Graph validates it',
  );
  await expect(finding).toContainText('third parties cannot validate it');
  await expect(finding).toContainText('Clients must not parse it');
  await expect(claimRow(page, 'aud')).toContainText('Microsoft Graph, a Microsoft API');

  await open(page, { ...V1_HEADER, nonce: 'AQABAAAAAABeAFzDwllzTYGDLh_qYbH8' }, graph);
  await expect(summary(page)).toContainText(
    'A nonce in the header marks a token for Microsoft Graph: it decodes, but cannot be verified by third parties, by design.',
  );
  await expect(findings(page).locator('[data-finding="ms-api-token"]')).toContainText(
    'does not mean it is forged',
  );
});

test('the Summary says whose token it is: the API validates access tokens, web apps ID tokens', async ({
  page,
}) => {
  await open(page, V2_HEADER, V2_ACCESS_PAYLOAD);
  await expect(summary(page)).toContainText('Whose token');
  await expect(summary(page)).toContainText(
    'The client that requested it only sends it, as Authorization: Bearer; it should not parse it, but read expires_in and scope from the token response.',
  );
  await open(page, V2_HEADER, V2_ID_TOKEN_PAYLOAD);
  await expect(summary(page)).toContainText('ID token');
  await expect(summary(page)).toContainText(
    'A confidential web app validates the ID tokens it receives before it trusts who signed in; a public client (single-page or native app) gains nothing from validating',
  );
});

// Microsoft's own tokens from its access-token documentation, signatures truncated there.
for (const [version, token, client] of [
  ['v1.0', DOCUMENTED_V1_ACCESS_TOKEN, '75dbe77f-10a3-4e59-85fd-8c127544f17c'],
  ['v2.0', DOCUMENTED_V2_ACCESS_TOKEN, '6e74172b-be56-4843-9ff4-e66a39bb12e3'],
] as const) {
  test(`the documentation's ${version} token: kind, version, and its cut signature`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(TEST_NOW);
    await page.goto(`/#token=${token}`);
    const region = summary(page);
    await expect(region).toContainText('Access token (delegated)');
    await expect(region).toContainText(version);
    await expect(region).toContainText(client);
    await expect(region).toContainText('Expired');
    await expect(findings(page).locator('[data-finding="signature-length"]')).toContainText(
      'The signature is 14 bytes long, but an RS256 signature is as long as the RSA key',
    );
    await expect(page.getByRole('alert').filter({ hasText: 'Signature segment' })).toBeVisible();
  });
}
