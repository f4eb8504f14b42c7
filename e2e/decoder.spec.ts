import { readFileSync } from 'node:fs';
import { encodeToken } from '../src/core/token/encode-token.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const vectors = new URL('../src/test-vectors/jose-cookbook/', import.meta.url);
const cookbook = (path: string) =>
  JSON.parse(readFileSync(new URL(path, vectors), 'utf8')) as {
    input: { payload: string };
    output: { compact: string };
  };

const RFC7519_EXAMPLE =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

const header = { alg: 'RS256', typ: 'JWT', kid: 'key-1' };
const claims = { iss: 'https://issuer.example/', sub: 'alice', aud: 'api://demo', exp: 4102444800 };
const token = encodeToken(header, claims, new Uint8Array(64).fill(7));
const [h, p, s] = token.split('.') as [string, string, string];
const b64 = (text: string) => Buffer.from(text).toString('base64url');

test('decodes the RFC 7519 §3.1 example into the exact JSON', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(RFC7519_EXAMPLE);
  await expect(page.getByRole('region', { name: 'Header' }).locator('pre')).toHaveText(
    JSON.stringify({ typ: 'JWT', alg: 'HS256' }, null, 2),
  );
  await expect(page.getByRole('region', { name: 'Payload' }).locator('pre')).toHaveText(
    JSON.stringify({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true }, null, 2),
  );
  await expect(page.getByRole('region', { name: 'Signature', exact: true })).toContainText(
    '32 bytes',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('shows the text payload of an RFC 7520 cookbook JWS', async ({ page }) => {
  const vector = cookbook('jws/4_1.rsa_v15_signature.json');
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(vector.output.compact);
  const payload = page.getByRole('region', { name: 'Payload' });
  await expect(payload).toContainText('not JSON');
  await expect(payload.locator('pre')).toHaveText(vector.input.payload);
});

test('shows the header of a cookbook JWE and says the contents are encrypted', async ({ page }) => {
  const vector = cookbook('jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json');
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(vector.output.compact);
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('"enc": "A256GCM"');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText(
    'Encrypted (JWE): the contents are not inspectable',
  );
});

test('decodes a Bearer-prefixed token and says what was removed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(`Bearer ${token}`);
  await expect(page.getByText('Removed the Bearer prefix.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"sub": "alice"');
});

test('decodes a token out of a full redirect URL', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('textbox', { name: 'Token' })
    .fill(`https://app.example/signin-oidc#state=xyz&id_token=${token}&session_state=1`);
  await expect(page.getByText('Took the id_token parameter from the URL fragment.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('"kid": "key-1"');
});

const malformed: [string, string, RegExp][] = [
  ['no dots', 'just-an-opaque-token', /not a JWT: it has no '\.' separators/],
  ['two segments', `${h}.${p}`, /has 2 segments.*Is the signature segment missing/],
  ['four segments', `${h}.${p}.${s}.${s}`, /has 4 segments/],
  ['empty header', `.${p}.${s}`, /Header segment: empty/],
  ['padding', `${h}=.${p}.${s}`, /Header segment: character \d+ is '=' padding/],
  [
    'standard base64',
    `${h}.${p}.${s.slice(0, 3)}+${s.slice(4)}`,
    /Signature segment: character 4 is '\+'/,
  ],
  [
    'inner space',
    `${h}.${p.slice(0, 5)} ${p.slice(5)}.${s}`,
    /Payload segment: character 6 is a space/,
  ],
  [
    '4n+1 length',
    `${h}.${p}.AAAAA`,
    /Signature segment: 5 characters is not a possible base64url length/,
  ],
  ['unused bits', `${h}.${p}.AB`, /not canonical base64url/],
  [
    'header not JSON',
    `${b64('hello')}.${p}.${s}`,
    /Header segment: the decoded text is not valid JSON/,
  ],
  [
    'payload JSON syntax',
    `${h}.${b64('{"a":1,}')}.${s}`,
    /Payload segment: the decoded text is not valid JSON — expected a member name/,
  ],
  ['header array', `${b64('[1]')}.${p}.${s}`, /must be a JSON object, but this one is an array/],
  ['no alg', `${b64('{"typ":"JWT"}')}.${p}.${s}`, /there is no "alg" string/],
  ['JWE without enc', `${b64('{"alg":"dir"}')}..AAAA.AAAA.AAAA`, /must have an "enc" parameter/],
  [
    'stripped signature',
    `${h}.${p}.`,
    /Signature segment: empty, although the header says alg "RS256"/,
  ],
  [
    'unsecured with signature',
    `${b64('{"alg":"none"}')}.${p}.${s}`,
    /unsecured token \(alg "none"\) must have an empty signature/,
  ],
  [
    'URL without token',
    'https://app.example/cb?code=abc',
    /no id_token, access_token or token parameter/,
  ],
  [
    'JSON serialisation',
    JSON.stringify({ protected: h, payload: p, signature: s }),
    /JSON serialization/,
  ],
  [
    'header not UTF-8',
    `${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.${p}.${s}`,
    /not valid UTF-8/,
  ],
];

test('each malformed input shows its specific alert and the page keeps working', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Token' });
  for (const [name, input, message] of malformed) {
    await box.fill(input);
    await expect(page.getByRole('alert').filter({ hasText: message }), name).toBeVisible();
  }
  await box.fill(token);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"sub": "alice"');
});

test('a broken header still shows the payload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(`${h}=.${p}.${s}`);
  await expect(page.getByRole('region', { name: 'Header' }).getByRole('alert')).toContainText(
    'Header segment',
  );
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"sub": "alice"');
});

for (const parameter of ['id_token', 'access_token', 'token']) {
  test(`opens a #${parameter}= link`, async ({ page }) => {
    await page.goto(`/#${parameter}=${token}&state=abc`);
    await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue(token);
    await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"sub": "alice"');
  });
}

test('shows an identity provider error from a #error= redirect, as text', async ({ page }) => {
  await page.goto(
    '/#error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent+%3Cb%3Ebold%3C%2Fb%3E&state=1',
  );
  const alert = page.getByRole('alert').filter({ hasText: 'Sign-in failed: access_denied' });
  await expect(alert).toContainText('AADSTS65004: User declined to consent <b>bold</b>');
  await expect(alert.locator('b')).toHaveCount(0);
  await expectAccessible(page, '#decoded');
});

test('moves a token from the query string into the fragment and says why', async ({ page }) => {
  await page.goto(`/?id_token=${token}&state=s1`);
  await expect(page.getByRole('alert').filter({ hasText: 'query string' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('"sub": "alice"');
  const url = new URL(page.url());
  expect(url.search).toBe('');
  expect(new URLSearchParams(url.hash.slice(1)).get('id_token')).toBe(token);
});

test('Clear empties the box and removes the token from the URL', async ({ page }) => {
  await page.goto(`/#token=${token}`);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue('');
  expect(new URL(page.url()).hash).toBe('');
});

test('Clear removes the identity provider error and the query-string warning', async ({ page }) => {
  await page.goto('/?error=access_denied&error_description=AADSTS50105%3A+not+assigned&state=9');
  const idpError = page.getByRole('alert').filter({ hasText: 'Sign-in failed: access_denied' });
  const queryWarning = page
    .getByRole('alert')
    .filter({ hasText: "The identity provider's response arrived in the query string" });
  await expect(idpError).toContainText('AADSTS50105: not assigned');
  await expect(queryWarning).toBeVisible();
  expect(new URL(page.url()).search).toBe('');

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(idpError).toHaveCount(0);
  await expect(queryWarning).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
});

test('Clear removes a token that arrived in the query string, and its warning', async ({
  page,
}) => {
  await page.goto(`/?id_token=${token}&state=s1`);
  const warning = page
    .getByRole('alert')
    .filter({ hasText: 'The token arrived in the query string' });
  await expect(warning).toBeVisible();
  await page.keyboard.press('Alt+Shift+X');
  await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue('');
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Payload' })).not.toContainText('alice');
});
