import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PUBLIC_CLIENT,
  startOidcServer,
  walkDevInteractions,
  type OidcTestServer,
} from '../../../../e2e/support/oidc-server.ts';
import { savePendingSignIn } from '../../../core/sign-in/pending-sign-in.ts';
import { readSignInForm } from '../../../core/sign-in/sign-in-form.ts';
import { readSignInReturn } from '../../../core/sign-in/sign-in-return.ts';
import { TestStorage } from '../../../core/sign-in/test-fixtures.ts';
import { decodeToken } from '../../../core/token/decode-token.ts';
import { finishSignIn, type SignInResult } from './finish-sign-in.ts';
import type { Fetcher } from './sign-in-fetch.ts';
import { startSignIn } from './start-sign-in.ts';

/** Tokenscope's page; nothing listens there: the provider's redirect is read, not followed. */
const PAGE = 'http://127.0.0.1:4999/';

interface Sent {
  url: string;
  init: RequestInit;
  body: string;
}

/** The real network, with every request the sign-in sends recorded as it left. */
function recordingFetcher(): { sent: Sent[]; fetcher: Fetcher } {
  const sent: Sent[] = [];
  const fetcher: Fetcher = (url, init) => {
    sent.push({ url, init, body: init.body === undefined ? '' : String(init.body) });
    return fetch(url, init);
  };
  return { sent, fetcher };
}

let oidc: OidcTestServer;

beforeAll(async () => {
  oidc = await startOidcServer({ publicRedirectUris: [PAGE] });
});

afterAll(() => oidc.close());

/** Sign in through the real provider and return what came back to the page. */
async function signInAs(login: string, fetcher: Fetcher, storage = new TestStorage()) {
  const form = readSignInForm(
    {
      authority: oidc.issuer,
      clientId: PUBLIC_CLIENT.id,
      scopes: 'openid offline_access',
      flow: 'code',
      prompt: 'consent',
      loginHint: '',
      domainHint: '',
      claims: '',
    },
    `${PAGE}#token=eyJhbGciOiJub25lIn0.e30.`,
  );
  expect(form.errors).toEqual({});
  const started = await startSignIn(form.request!, { storage, fetcher });
  const back = await walkDevInteractions(started.authorizationUrl, PAGE, login);
  return { started, back, storage };
}

function tokenRequests(sent: Sent[]): Sent[] {
  return sent.filter((request) => new URL(request.url).pathname === '/token');
}

describe('sign-in against a real oidc-provider (public client, PKCE required)', () => {
  it('discovers, sends the browser to the provider, redeems the code and checks the ID token', async () => {
    const { sent, fetcher } = recordingFetcher();
    const { started, back, storage } = await signInAs('alice', fetcher);

    const authorization = new URL(started.authorizationUrl);
    expect(authorization.origin).toBe(oidc.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: PUBLIC_CLIENT.id,
      response_type: 'code',
      redirect_uri: PAGE,
      scope: 'openid offline_access',
      code_challenge_method: 'S256',
      response_mode: 'fragment',
      prompt: 'consent',
    });
    expect(started.responseMode.mode).toBe('fragment');

    // The code came back in the fragment, and leaves the address at once.
    expect(new URL(back).searchParams.has('code')).toBe(false);
    const returned = readSignInReturn(back, storage, Date.now());
    expect(returned.kind).toBe('response');
    if (returned.kind !== 'response') return;
    expect(returned.cleanedUrl).toBe(PAGE);
    expect(storage.entries()).toEqual([]);

    const result = await finishSignIn(returned.pending, returned.response, { fetcher });
    if (!result.ok) throw result.error;

    const [exchange, ...more] = tokenRequests(sent);
    expect(more).toEqual([]);
    const body = new URLSearchParams(exchange!.body);
    expect(body.get('grant_type')).toBe('authorization_code');
    expect(body.get('code_verifier')).toBe(returned.pending.codeVerifier);
    expect(body.get('client_id')).toBe(PUBLIC_CLIENT.id);
    expect(body.has('client_secret')).toBe(false);
    expect(body.has('client_assertion')).toBe(false);
    expect(Object.keys(exchange!.init.headers as Record<string, string>)).not.toContain(
      'authorization',
    );
    expect(exchange!.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
    });
    // The PKCE challenge sent first is the S256 of the verifier redeemed now.
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(returned.pending.codeVerifier),
    );
    expect(authorization.searchParams.get('code_challenge')).toBe(
      Buffer.from(digest).toString('base64url'),
    );

    const view = result.tokenResponse;
    expect(view.tokens.map((token) => [token.label, token.shape, token.showValue])).toEqual([
      ['ID token', 'JWT', true],
      ['Access token', 'opaque', true],
      ['Refresh token', 'opaque', false],
    ]);
    expect(view.tokenType).toEqual({
      value: 'bearer',
      text: 'Bearer: whoever holds the access token can use it, so keep it out of links and logs.',
    });
    expect(view.summary).toBe('Came back: ID token, Access token, Refresh token.');
    const idToken = view.tokens[0]!.value;
    const payload = decodeToken(idToken).payload;
    expect(payload?.type === 'json' && payload.value).toMatchObject({
      iss: oidc.issuer,
      sub: 'alice',
      aud: PUBLIC_CLIENT.id,
      nonce: returned.pending.nonce,
    });
    expect(result.idTokenChecks.map((check) => [check.name, check.status])).toEqual([
      ['signature', 'pass'],
      ['iss', 'pass'],
      ['aud', 'pass'],
      ['exp', 'pass'],
      ['nonce', 'pass'],
    ]);
    expect(result.signature?.text).toMatch(
      /^Signature verified: key ".+" .* verified the RS256 signature\.$/,
    );
    // The refresh token's value is in no sentence of the region, only in its `value`.
    const refresh = view.tokens[2]!;
    const sentences = JSON.stringify(view, (key, value: unknown) =>
      key === 'value' ? undefined : value,
    );
    expect(sentences).not.toContain(refresh.value);
  });

  it('refuses a response whose state is not the pending one, before any token request', async () => {
    const { sent, fetcher } = recordingFetcher();
    const { back, storage } = await signInAs('bob', fetcher);
    const forged = new URL(back);
    const parameters = new URLSearchParams(forged.hash.slice(1));
    parameters.set('state', 'someone-elses-state');
    forged.hash = parameters.toString();
    const tokenCallsBefore = oidc.requests.count('/token');

    const returned = readSignInReturn(forged.href, storage, Date.now());
    if (returned.kind !== 'response') throw new Error(returned.kind);
    const result = await finishSignIn(returned.pending, returned.response, { fetcher });

    expectFailure(result, 'state-mismatch');
    expect(result.ok || result.error.message).toBe(
      "The response's state does not match the sign-in this tab started, so the code was not redeemed (nothing was sent to the token endpoint). It may answer an older sign-in or another tab, or be someone else's code slipped into your browser (login CSRF). Sign in again.",
    );
    expect(tokenRequests(sent)).toEqual([]);
    expect(oidc.requests.count('/token')).toBe(tokenCallsBefore);
  });

  it('explains a replayed code with the invalid_grant message', async () => {
    const { fetcher } = recordingFetcher();
    const { back, storage } = await signInAs('carol', fetcher);
    const first = readSignInReturn(back, storage, Date.now());
    if (first.kind !== 'response') throw new Error(first.kind);
    const redeemed = await finishSignIn(first.pending, first.response, { fetcher });
    expect(redeemed.ok).toBe(true);

    // The same response again, as if the page were reloaded with the old code and verifier.
    savePendingSignIn(storage, first.pending);
    const again = readSignInReturn(back, storage, Date.now());
    if (again.kind !== 'response') throw new Error(again.kind);
    const result = await finishSignIn(again.pending, again.response, { fetcher });

    expectFailure(result, 'invalid-grant');
    if (result.ok) return;
    expect(result.error.message).toBe(
      'The token endpoint refused the code (invalid_grant). An authorization code can be redeemed once, within minutes of being issued, with the redirect URI and the PKCE verifier it was issued for. This one was already used, has expired, or does not match. Sign in again for a new code. The provider said: grant request is invalid.',
    );
    expect(result.error.identityProviderError).toEqual({
      error: 'invalid_grant',
      description: 'grant request is invalid',
      uri: undefined,
    });
  });

  it("answers the page's origin with CORS headers at the token endpoint", async () => {
    const response = await fetch(`${oidc.issuer}/token`, {
      method: 'POST',
      headers: {
        origin: new URL(PAGE).origin,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: PUBLIC_CLIENT.id }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(new URL(PAGE).origin);
  });
});

function expectFailure(result: SignInResult, code: string): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe(code);
}
