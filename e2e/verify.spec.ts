import { createHmac, generateKeyPairSync } from 'node:crypto';
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

/** Opens the token, with `more` fragment parameters as a share link would carry them. */
async function open(page: Page, requests: RequestLog, token: string, more = ''): Promise<void> {
  requests.watchToken(token);
  await page.goto(`/#token=${token}${more}`);
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

test.describe('keys a link or the issuer cannot impose', () => {
  test('a crafted link cannot choose the keys, and fetches nothing by itself', async ({
    page,
    oidc,
    issuers,
    requests,
  }) => {
    // The impostor's document claims the real provider's issuer but serves its own jwks_uri.
    issuers.impersonate(oidc.issuer);
    const forged = await issuers.forge(oidc.issuer);
    const impostorUrl = `${issuers.origin}/impostor/.well-known/openid-configuration`;
    await open(page, requests, forged, `&verify.discovery=${encodeURIComponent(impostorUrl)}`);
    const discoveryUrl = panel(page).getByRole('textbox', { name: 'Discovery URL' });
    await expect(discoveryUrl).toHaveValue(impostorUrl);
    await expect(panel(page)).toContainText(
      'This address came with the link that opened this page, not from the token’s iss',
    );
    await expect(verdict(page)).toHaveText(
      /^No matching key: there are no keys to check against yet/,
    );

    // Automatic fetching does not apply to it either.
    await panel(page)
      .getByRole('checkbox', { name: 'Fetch keys automatically for each token' })
      .check();
    await expect(panel(page)).toContainText(
      'Automatic fetching is only for the address derived from the token’s iss',
    );

    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(
      new RegExp(
        `^No matching key: the issuer's keys could not be fetched\\. The discovery document at ${escape(impostorUrl)} says its issuer is "${escape(oidc.issuer)}", but a document at that address can only be the discovery document of "${escape(issuers.issuer('impostor'))}"`,
      ),
    );
    await expect(panel(page).getByRole('alert')).toContainText(
      "It may be an impostor's, so its keys are not used.",
    );
    // One request, the one Fetch keys made: had ticking the box fetched, Fetch keys would have
    // retried the failed document and made it two.
    expect(issuers.requests.count('/impostor/.well-known/openid-configuration')).toBe(1);
    expect(issuers.requests.count('/impostor/jwks')).toBe(0);

    // The address iss names gives the real issuer's keys, which do not have Mallory's kid.
    await panel(page).getByRole('button', { name: 'Use the address from iss' }).click();
    await expect(discoveryUrl).toHaveValue(`${oidc.issuer}/.well-known/openid-configuration`);
    await expect(verdict(page)).toHaveText(/^No matching key: no key has the token's kid "M"/);
  });

  test('keys of an honest other issuer never vouch for the token, and say where they came from', async ({
    page,
    oidc,
    issuers,
    requests,
  }) => {
    const forged = await issuers.forge(oidc.issuer);
    const attackerUrl = `${issuers.issuer('attacker')}/.well-known/openid-configuration`;
    await open(page, requests, forged);
    await panel(page).getByRole('textbox', { name: 'Discovery URL' }).fill(attackerUrl);
    await expect(panel(page)).toContainText('Typed in, not derived from the token’s iss');
    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(
      new RegExp(
        `^No matching key: the keys came from the discovery document of "${escape(issuers.issuer('attacker'))}", but the token's iss is "${escape(oidc.issuer)}": they are another issuer's keys and cannot vouch for this token\\.`,
      ),
    );
    await expect(verdict(page)).toContainText(
      `Keys: The keys came from a URL the token did not name: ${attackerUrl} was typed into Discovery URL`,
    );
    expect(issuers.requests.count('/attacker/jwks')).toBe(1);
  });

  test('a key set from an address the token did not name is called that when it verifies', async ({
    page,
    oidc,
    requests,
  }) => {
    await open(page, requests, await oidc.issueIdToken('alice'));
    const typed = `${oidc.issuer}/.well-known/openid-configuration?from=typing`;
    await panel(page).getByRole('textbox', { name: 'Discovery URL' }).fill(typed);
    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(
      /^Signature verified: key "rs256-[^"]+" \(RSA 2048 public key, from the JWKS of a discovery URL the token did not name\) verified the RS256 signature\./,
    );
    await expect(verdict(page)).toContainText(
      `Keys: The keys came from a URL the token did not name: ${typed} was typed into Discovery URL`,
    );
  });

  test('a symmetric key in an issuer JWKS is refused as a critical misconfiguration', async ({
    page,
    issuers,
    requests,
  }) => {
    await open(page, requests, await issuers.signWithPublishedSecret());
    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(
      /^Cannot verify: critical issuer misconfiguration: the issuer's JWKS publishes a symmetric key \(kty "oct": key "S"\)\. A JWKS is public, so anyone who can read it can mint tokens with that key/,
    );
  });

  test('a Microsoft token signed with an app key gets a one-click ?appid= retry', async ({
    page,
    requests,
  }) => {
    const tid = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const api = '6e74172b-be56-4843-9ff4-e66a39bb12e3';
    const iss = `https://login.microsoftonline.com/${tid}/v2.0`;
    const tenant = await generateKeyPair('RS256', { extractable: true });
    const app = await generateKeyPair('RS256', { extractable: true });
    const jwk = async (key: CryptoKey, kid: string) => ({
      ...(await exportJWK(key)),
      kid,
      use: 'sig',
    });
    const tenantKeys = { keys: [await jwk(tenant.publicKey, 'tenant-key')] };
    const appKeys = { keys: [await jwk(app.publicKey, 'app-key')] };
    // Microsoft's endpoints, answered in the browser: the tests reach no real network.
    const fetched: string[] = [];
    await page.route('https://login.microsoftonline.com/**', async (route) => {
      const url = new URL(route.request().url());
      fetched.push(url.pathname + url.search);
      const appid = url.searchParams.get('appid');
      const body = url.pathname.endsWith('/openid-configuration')
        ? {
            issuer: iss,
            jwks_uri: `https://login.microsoftonline.com/${tid}/discovery/v2.0/keys${appid ? `?appid=${appid}` : ''}`,
          }
        : appid === api
          ? appKeys
          : tenantKeys;
      await route.fulfill({ json: body, headers: { 'access-control-allow-origin': '*' } });
    });
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      aud: api,
      tid,
      sub: 'user',
      azp: 'a0c3d5e7-1111-4222-8333-944455556666',
      ver: '2.0',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'app-key', typ: 'JWT' })
      .setIssuer(iss)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(app.privateKey);
    await open(page, requests, token);
    await fetchKeys(page);
    await expect(verdict(page)).toHaveText(
      /^No matching key: no key has the token's kid "app-key"/,
    );
    await expect(panel(page)).toContainText(
      `The token's aud ${api} is the application the token was issued for.`,
    );
    await panel(page)
      .getByRole('button', { name: `Retry with ?appid=${api}` })
      .click();
    await expect(panel(page).getByRole('textbox', { name: 'Discovery URL' })).toHaveValue(
      `${iss}/.well-known/openid-configuration?appid=${api}`,
    );
    await expect(verdict(page)).toHaveText(
      /^Signature verified: key "app-key" \(RSA 2048 public key, from the issuer's JWKS\) verified the RS256 signature\./,
    );
    expect(fetched).toContain(`/${tid}/discovery/v2.0/keys?appid=${api}`);
  });
});

test.describe('addresses and keys that cannot work say why', () => {
  test('an http://[::1] address and an RSA key with e = 1 get their own messages', async ({
    page,
    issuers,
    requests,
  }) => {
    await open(page, requests, await issuers.sign('A', 'rotation'));
    const url = `http://[::1]:${new URL(issuers.origin).port}/rotation/.well-known/openid-configuration`;
    await panel(page).getByRole('textbox', { name: 'Discovery URL' }).fill(url);
    await fetchKeys(page);
    // Refused before the browser's CSP could block it (the fixture fails on a CSP violation).
    await expect(panel(page).getByRole('alert')).toContainText(
      `The Discovery URL "${url}" uses plain http to [::1], which this page's Content-Security-Policy does not allow`,
    );

    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    await panel(page)
      .getByRole('textbox', { name: 'Keys' })
      .fill(JSON.stringify({ ...(await exportJWK(publicKey)), e: 'AQ' }));
    const keysAlert = panel(page)
      .getByRole('alert')
      .filter({ hasText: 'These keys cannot be used' });
    await expect(keysAlert).toContainText(
      'This JWK cannot be used: this RSA key is not a usable public key: its public exponent "e" is 1, which makes every signature equal to the message it signs: anyone could forge one.',
    );
  });
});

test.describe('bare public keys are never HMAC secrets', () => {
  test('each bare encoding of a public key reads algorithm confusion, in every secret encoding', async ({
    page,
    requests,
  }) => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const ed = generateKeyPairSync('ed25519').publicKey;
    const pem = rsa.export({ type: 'spki', format: 'pem' }).toString();
    const encodings: [string, string][] = [
      ['EC SPKI, base64 DER', ec.export({ type: 'spki', format: 'der' }).toString('base64')],
      ['Ed25519 SPKI, base64 DER', ed.export({ type: 'spki', format: 'der' }).toString('base64')],
      [
        'RSA SPKI, base64url DER',
        rsa.export({ type: 'spki', format: 'der' }).toString('base64url'),
      ],
      ['RSA PKCS#1, base64 DER', rsa.export({ type: 'pkcs1', format: 'der' }).toString('base64')],
      ['JSON-escaped PEM', pem.trim().replaceAll('\n', '\\n')],
      ['quoted JSON-escaped PEM', JSON.stringify(pem)],
    ];
    const encoding = panel(page).getByRole('combobox', { name: 'Secret encoding' });
    for (const [name, text] of encodings) {
      // The forger MACs an HS256 token with the key text exactly as the victim will paste it.
      await open(page, requests, hs256(text, name));
      for (const mode of ['utf8', 'base64']) {
        await encoding.selectOption(mode);
        await panel(page).getByRole('textbox', { name: 'Keys' }).fill(text);
        await expect(verdict(page), `${name} as ${mode}`).toHaveText(
          /^Cannot verify: algorithm confusion\. The token says HS256, an HMAC algorithm, but the keys are public keys\./,
        );
      }
    }

    // A secret whose base64 decodes to a public key is refused outright.
    await panel(page)
      .getByRole('textbox', { name: 'Keys' })
      .fill(Buffer.from(pem).toString('base64'));
    await expect(panel(page).getByRole('alert')).toContainText(
      'This secret (decoded from base64) is a public key, not a secret: RSA 2048 public key (PEM SPKI). Using a public key as an HMAC secret is algorithm confusion',
    );
    await expect(verdict(page)).toHaveText(
      /^No matching key: the keys pasted into Keys cannot be used\./,
    );
  });
});

/** An HS256 token MACed with `secret` as UTF-8 text, as a forger holding a public key would. */
function hs256(secret: string, sub: string): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub, iss: 'https://issuer.invalid', iat: now, exp: now + 600 })}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
