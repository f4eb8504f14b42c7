import { readFileSync } from 'node:fs';
import { encodeToken } from '../src/core/token/encode-token.ts';
import { expect, expectAccessible, openSection, test } from './fixtures.ts';

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

const jwe = (
  JSON.parse(
    readFileSync(
      new URL(
        '../src/test-vectors/jose-cookbook/jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json',
        import.meta.url,
      ),
      'utf8',
    ),
  ) as { output: { compact: string } }
).output.compact;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function copyLink(page: import('@playwright/test').Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  return page.getByRole('textbox', { name: 'Share link' }).inputValue();
}

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

test('a redirect fragment with refresh and provider tokens gives a link with none of them', async ({
  page,
}) => {
  const others = {
    refresh_token: 'refresh-secret-0123',
    provider_token: 'provider-secret-4567',
    provider_refresh_token: 'provider-refresh-secret-89',
    code: 'authorization-code-secret',
  };
  const fragment = new URLSearchParams({
    access_token: valid,
    ...others,
    token_type: 'bearer',
    'sim.sif': '90',
  });
  await page.goto(`/#${fragment.toString()}`);
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"sub": "alice"');
  const link = await copyLink(page);
  for (const [name, value] of Object.entries(others)) {
    expect(link, name).not.toContain(value);
    expect(link, name).not.toContain(`${name}=`);
  }
  const [h, p] = valid.split('.');
  expect(new URL(link).hash).toBe(`#token=${h}.${p}.&signature=removed&sim.sif=90`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.getByText('Left out of the link:')).toHaveText(
    /^Left out of the link: refresh_token, provider_token, provider_refresh_token, code, token_type\./,
  );
  await expectAccessible(page, '#decoded');
});

test('a JWE is shared as its header only; sharing it whole is a warning', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(jwe);
  const headerOnly = page.getByRole('checkbox', { name: 'Share only the header' });
  await expect(headerOnly).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Remove signature' })).toBeDisabled();
  await expect(
    page.getByRole('status').filter({ hasText: 'carries only the header' }),
  ).toBeVisible();

  await headerOnly.uncheck();
  await expect(
    page.getByRole('alert').filter({ hasText: 'This is an encrypted token (JWE)' }),
  ).toContainText('whoever receives it can replay it');
  await expectAccessible(page, '#decoded');
  expect(new URL(await copyLink(page)).hash).toBe(`#token=${jwe}`);

  await headerOnly.check();
  const link = await copyLink(page);
  expect(new URL(link).hash).toBe(`#token=${jwe.split('.')[0]}....&encrypted=removed`);
  expect(link).not.toContain(jwe.split('.')[3]!);

  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.getByRole('region', { name: 'Header' })).toContainText('"enc": "A256GCM"');
  const signature = opened.getByRole('region', { name: 'Signature', exact: true });
  await expect(signature).toContainText('Only the header was shared');
  await expect(signature.getByRole('alert')).toHaveCount(0);
});
