import { encodeToken } from '../src/core/token/encode-token.ts';
import { expect, openSection, test } from './fixtures.ts';

const valid = encodeToken(
  { alg: 'RS256', kid: 'k' },
  { sub: 'alice', aud: 'api://x', exp: 4102444800 },
  new Uint8Array(32).fill(5),
);
const expired = encodeToken(
  { alg: 'RS256', kid: 'k' },
  { sub: 'bob', exp: 1300819380 },
  new Uint8Array(32).fill(6),
);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a copied link without signature opens with header and payload only', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(valid);
  const remove = page.getByRole('checkbox', { name: 'Remove signature' });
  await expect(remove).toBeChecked();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const [h, p] = valid.split('.');
  expect(new URL(link).hash).toBe(`#token=${h}.${p}.&signature=removed`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.getByRole('region', { name: 'Payload' })).toContainText('"sub": "alice"');
  const signature = opened.getByRole('region', { name: 'Signature', exact: true });
  await expect(signature).toContainText('Signature removed by the sender');
  await expect(signature.getByRole('alert')).toHaveCount(0);
});

test('keeping the signature of a valid token warns that the link is a credential', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(valid);
  await page.getByRole('checkbox', { name: 'Remove signature' }).uncheck();
  await expect(page.getByRole('alert').filter({ hasText: 'still valid until' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(new URL(link).hash).toBe(`#token=${valid}`);
});

test('an expired token is shared whole by default', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(expired);
  await expect(page.getByRole('checkbox', { name: 'Remove signature' })).not.toBeChecked();
  await expect(
    page.getByText('This token has expired, so the link is not a working'),
  ).toBeVisible();
});

test('a shared link reopens the expected audience and discovery URL, never keys', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(valid);
  await openSection(page, 'Verify');
  const verification = page.getByRole('region', { name: 'Signature verification' });
  await verification.getByRole('textbox', { name: 'Expected audience' }).fill('api://x');
  await verification
    .getByRole('textbox', { name: 'Discovery URL' })
    .fill('https://issuer.example/.well-known/openid-configuration');
  await verification.getByRole('textbox', { name: 'Keys' }).fill('not-a-shared-secret');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).not.toContain('not-a-shared-secret');

  await page.goto('about:blank');
  await page.goto(link);
  await openSection(page, 'Verify');
  const reopened = page.getByRole('region', { name: 'Signature verification' });
  await expect(reopened.getByRole('textbox', { name: 'Expected audience' })).toHaveValue('api://x');
  await expect(reopened.getByRole('textbox', { name: 'Discovery URL' })).toHaveValue(
    'https://issuer.example/.well-known/openid-configuration',
  );
  await expect(reopened.getByRole('textbox', { name: 'Keys' })).toHaveValue('');
});

test('copy buttons give the token, each pane and each claim value', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(`Bearer ${valid}`);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy token' }).click();
  expect(await clipboard()).toBe(valid);
  await page.getByRole('button', { name: 'Copy header' }).click();
  expect(await clipboard()).toBe(JSON.stringify({ alg: 'RS256', kid: 'k' }, null, 2));
  await page.getByRole('button', { name: 'Copy signature' }).click();
  expect(await clipboard()).toBe(valid.split('.')[2]);
  await page.getByRole('button', { name: 'Copy aud value' }).click();
  expect(await clipboard()).toBe('api://x');
  await expect(page.getByRole('button', { name: 'Copy aud value' })).toContainText('Copied');
});
