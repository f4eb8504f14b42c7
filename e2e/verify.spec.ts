import { exportJWK, exportSPKI, generateKeyPair, importPKCS8, SignJWT, type CryptoKey } from 'jose';
import type { Locator, Page } from '@playwright/test';
import { EC_CERTIFICATE, EC_PRIVATE_KEY_PKCS8 } from '../src/core/verify/test-fixtures.ts';
import { expect, openSection, test as base } from './fixtures.ts';
import { CLIENT, RESOURCES, startOidcServer, type OidcTestServer } from './support/oidc-server.ts';
import { RequestLog } from './support/request-log.ts';
import {
  SLOW_MS,
  startStaticJwksServer,
  type StaticJwksServer,
} from './support/static-jwks-server.ts';

/**
 * Each test gets its own servers (request counts are per test) and a log of every request the
 * page makes; after the test, no request may carry a watched token or secret.
 */
const test = base.extend<{ oidc: OidcTestServer; issuers: StaticJwksServer; requests: RequestLog }>(
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern; these have none.
    // eslint-disable-next-line no-empty-pattern
    oidc: async ({}, use) => {
      const server = await startOidcServer();
      await use(server);
      await server.close();
    },
    // eslint-disable-next-line no-empty-pattern
    issuers: async ({}, use) => {
      const server = await startStaticJwksServer();
      await use(server);
      await server.close();
    },
    requests: [
      async ({ page }, use) => {
        const log = new RequestLog(page);
        await use(log);
        expect(log.leaksOf(), 'requests carrying a token or a pasted secret').toEqual([]);
      },
      { auto: true },
    ],
  },
);

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Signature verification' });
}

function verdict(page: Page): Locator {
  return panel(page).getByRole('status');
}

async function open(page: Page, requests: RequestLog, token: string): Promise<void> {
  requests.watchToken(token);
  await page.goto(`/#token=${token}`);
  await openSection(page, 'Verify');
  await expect(panel(page)).toBeVisible();
}

async function fetchKeys(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Fetch keys', exact: true }).click();
}

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  const altered = Buffer.from(JSON.stringify({ ...claims, sub: 'mallory' })).toString('base64url');
  return `${header}.${altered}.${signature}`;
}

async function signed(
  key: CryptoKey | Uint8Array,
  header: { alg: string; kid?: string },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: 'pasted-key-user', aud: 'api://pasted' })
    .setProtectedHeader({ typ: 'JWT', ...header })
    .setIssuer('https://issuer.invalid')
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(key);
}

test.describe('keys from a real OpenID Provider', () => {
  test('ID and RFC 9068 access tokens verify with keys fetched through the UI', async ({
    page,
    oidc,
    requests,
  }) => {
    const idToken = await oidc.issueIdToken('alice');
    await open(page, requests, idToken);
    const discoveryUrl = panel(page).getByRole('textbox', { name: 'Discovery URL' });
    await expect(discoveryUrl).toHaveValue(`${oidc.issuer}/.well-known/openid-configuration`);
    await expect(verdict(page)).toHaveText(
      /^No matching key: there are no keys to check against yet/,
    );
    expect(oidc.requests.count('/jwks'), 'nothing is fetched before the user asks').toBe(0);

    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(
      /^Signature verified: key "rs256-[^"]+" \(RSA 2048 public key, from the issuer's JWKS\) verified the RS256 signature\./,
    );
    await expect(verdict(page)).toContainText("iss matches the discovery document's issuer");
    await expect(verdict(page)).toContainText('audience not checked');
    await expect(panel(page)).toContainText(/JWKS with 2 keys from .*\/jwks, fetched at/);
    // The request log sees the page's cross-origin key fetches, so its leak check is not vacuous.
    expect(requests.urls()).toContain(`${oidc.issuer}/jwks`);

    await panel(page).getByRole('textbox', { name: 'Expected audience' }).fill(CLIENT.id);
    await expect(verdict(page)).toContainText(`aud includes the expected audience "${CLIENT.id}"`);

    const accessToken = await oidc.issueAccessToken(RESOURCES.es256);
    await open(page, requests, accessToken);
    await expect(verdict(page)).toHaveText(
      /^Signature verified: key "es256-[^"]+" \(EC P-256 public key, from the issuer's JWKS\) verified the ES256 signature\./,
    );
    await expect(verdict(page)).toContainText(
      'typ "at+jwt": an RFC 9068 access token with all its required claims',
    );
  });

  test('a tampered payload gives Invalid signature', async ({ page, oidc, requests }) => {
    const token = tamper(await oidc.issueAccessToken(RESOURCES.rs256));
    await open(page, requests, token);
    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(
      /^Invalid signature: the RS256 signature was checked and it does not match key "rs256-/,
    );
  });

  test('a wrong expected audience is reported', async ({ page, oidc, requests }) => {
    await open(page, requests, await oidc.issueAccessToken(RESOURCES.es256));
    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(/^Signature verified/);
    await panel(page).getByRole('textbox', { name: 'Expected audience' }).fill(RESOURCES.rs256);
    await expect(verdict(page)).toContainText(
      `aud is "${RESOURCES.es256}", not the expected "${RESOURCES.rs256}": this token was issued for another audience.`,
    );
  });

  test('three tokens from one issuer need the JWKS once', async ({ page, oidc, requests }) => {
    const tokens = [
      await oidc.issueIdToken('alice'),
      await oidc.issueIdToken('bob'),
      await oidc.issueAccessToken(RESOURCES.es256),
    ];
    const subjects = ['alice', 'bob', CLIENT.id];
    for (const [index, token] of tokens.entries()) {
      await open(page, requests, token);
      await expect(page.getByRole('region', { name: 'Payload' })).toContainText(
        `"sub": "${subjects[index]}"`,
      );
      if (index === 0) await fetchKeys(page);
      await expect(verdict(page)).toHaveText(/^Signature verified/);
    }
    expect(oidc.requests.count('/.well-known/openid-configuration')).toBe(1);
    expect(oidc.requests.count('/jwks')).toBe(1);
  });
});

test.describe('key rotation and failing issuers', () => {
  test('a token signed by a new key verifies after the one automatic refetch', async ({
    page,
    issuers,
    requests,
  }) => {
    await open(page, requests, await issuers.sign('A', 'rotation'));
    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(/^Signature verified: key "A"/);
    expect(issuers.requests.count('/rotation/jwks')).toBe(1);

    issuers.publish(['A', 'B']);
    await open(page, requests, await issuers.sign('B', 'rotation'));
    await expect(verdict(page)).toHaveText(/^Signature verified: key "B"/);
    await expect(panel(page)).toContainText(
      'The kid "B" was not in the cached key set, so the JWKS was refetched once',
    );
    expect(issuers.requests.count('/rotation/jwks')).toBe(2);

    // A forged kid gets no refetch inside the cooldown: the issuer is not hammered.
    await open(page, requests, await issuers.sign('B', 'rotation', { kid: 'forged' }));
    await expect(verdict(page)).toHaveText(/^No matching key: no key has the token's kid "forged"/);
    await expect(panel(page)).toContainText(
      'less than a minute ago, so it is not fetched again yet',
    );
    // The cooldown decision is the one that sends nothing: once it shows, no refetch is coming.
    expect(issuers.requests.count('/rotation/jwks')).toBe(2);
    expect(issuers.requests.count('/rotation/.well-known/openid-configuration')).toBe(1);
  });

  test('an issuer without CORS headers is explained', async ({ page, issuers, requests }) => {
    await open(page, requests, await issuers.sign('A', 'no-cors'));
    await fetchKeys(page);
    await expect(panel(page).getByRole('alert')).toContainText(
      'The issuer does not allow cross-origin requests — paste the JWKS instead.',
    );
    await expect(verdict(page)).toHaveText(/^No matching key/);
  });

  test('a missing discovery document (404) is explained', async ({ page, issuers, requests }) => {
    await open(page, requests, await issuers.sign('A', 'missing'));
    await fetchKeys(page);
    const url = `${issuers.issuer('missing')}/.well-known/openid-configuration`;
    await expect(panel(page).getByRole('alert')).toContainText(
      `${url} answered 404 Not Found instead of the discovery document. There is no discovery document at this address`,
    );
    // The RFC 8414 address was tried too, once.
    expect(issuers.requests.count('/.well-known/oauth-authorization-server/missing')).toBe(1);
  });

  test('a discovery document that is not JSON is explained', async ({
    page,
    issuers,
    requests,
  }) => {
    await open(page, requests, await issuers.sign('A', 'invalid-json'));
    await fetchKeys(page);
    await expect(panel(page).getByRole('alert')).toContainText(
      'did not return JSON, so it is not a discovery document',
    );
  });

  test('a slow issuer shows progress, then verifies', async ({ page, issuers, requests }) => {
    await open(page, requests, await issuers.sign('A', 'slow'));
    await fetchKeys(page);
    await expect(panel(page)).toContainText('Fetching the discovery document');
    await expect(verdict(page)).toHaveText(/^Signature verified/, { timeout: SLOW_MS * 4 });
  });

  test('a jku header is never fetched', async ({ page, issuers, requests }) => {
    const jku = `${issuers.origin}/jku/keys`;
    await open(page, requests, await issuers.sign('A', 'jku', { jku }));
    await expect(verdict(page)).toHaveText(
      /^No matching key: the token only points to its own key \(jku\), which is never trusted\./,
    );
    await fetchKeys(page);
    // Every fetch the page made for the token has answered (the 404 shows); none was the jku.
    await expect(panel(page).getByRole('alert')).toContainText('404 Not Found');
    expect(issuers.requests.count('/jku/keys')).toBe(0);
    expect(requests.urls().filter((url) => url.includes('/jku/keys'))).toEqual([]);
  });
});

test.describe('pasted keys', () => {
  async function paste(page: Page, keys: string): Promise<void> {
    await panel(page).getByRole('textbox', { name: 'Keys' }).fill(keys);
  }

  test('a PEM public key, a JWK and a JWKS each verify a matching token', async ({
    page,
    requests,
  }) => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const other = await generateKeyPair('ES256', { extractable: true });
    const token = await signed(privateKey, { alg: 'RS256', kid: 'pasted-rsa' });
    await open(page, requests, token);

    await paste(page, await exportSPKI(publicKey));
    await expect(panel(page)).toContainText('Understood: RSA 2048 public key (PEM SPKI)');
    await expect(verdict(page)).toHaveText(
      /^Signature verified: key 1 \(RSA 2048 public key \(PEM SPKI\), pasted\)/,
    );

    const jwk = { ...(await exportJWK(publicKey)), kid: 'pasted-rsa' };
    await paste(page, JSON.stringify(jwk));
    await expect(panel(page)).toContainText('Understood: RSA 2048 public key (JWK)');
    await expect(verdict(page)).toHaveText(/^Signature verified: key "pasted-rsa"/);

    const otherJwk = { ...(await exportJWK(other.publicKey)), kid: 'other' };
    await paste(page, JSON.stringify({ keys: [otherJwk, jwk] }, null, 2));
    await expect(panel(page)).toContainText('Understood: JWKS with 2 keys');
    await expect(verdict(page)).toHaveText(/^Signature verified: key "pasted-rsa"/);
    await expect(panel(page)).toContainText(
      `key "other": its kid is not the token's kid "pasted-rsa".`,
    );
  });

  test('an X.509 certificate verifies a token signed by its key', async ({ page, requests }) => {
    const token = await signed(await importPKCS8(EC_PRIVATE_KEY_PKCS8, 'ES256'), { alg: 'ES256' });
    await open(page, requests, token);
    await paste(page, EC_CERTIFICATE);
    await expect(panel(page)).toContainText(
      'Understood: X.509 certificate for CN=Tokenscope test signer EC with an EC P-256 public key',
    );
    await expect(verdict(page)).toHaveText(/^Signature verified/);
  });

  test('HMAC secrets verify as UTF-8 text and as base64', async ({ page, requests }) => {
    const text = 'e2e-only hmac secret, long enough: 0123456789';
    requests.watchSecret(text);
    await open(page, requests, await signed(new TextEncoder().encode(text), { alg: 'HS256' }));
    await paste(page, text);
    await expect(verdict(page)).toHaveText(
      /^Signature verified: key 1 \(HMAC secret, 45 bytes \(UTF-8 text\), pasted\)/,
    );

    const bytes = crypto.getRandomValues(new Uint8Array(48));
    const base64 = Buffer.from(bytes).toString('base64');
    requests.watchSecret(base64);
    await open(page, requests, await signed(bytes, { alg: 'HS384' }));
    await paste(page, base64);
    await expect(verdict(page)).toHaveText(/^Invalid signature/);
    await panel(page).getByRole('combobox', { name: 'Secret encoding' }).selectOption('base64');
    await expect(verdict(page)).toHaveText(
      /^Signature verified: key 1 \(HMAC secret, 48 bytes \(base64\), pasted\)/,
    );
  });

  test('an HS256 token with an RSA key is algorithm confusion', async ({ page, requests }) => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    await open(page, requests, await signed(new TextEncoder().encode(pem), { alg: 'HS256' }));
    await paste(page, pem);
    await expect(verdict(page)).toHaveText(/^Cannot verify: algorithm confusion\./);
  });
});
