import type { JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { savePendingSignIn, type PendingSignIn } from '../../../core/sign-in/pending-sign-in.ts';
import { readSignInForm, type SignInFormInput } from '../../../core/sign-in/sign-in-form.ts';
import { SignInError } from '../../../core/sign-in/sign-in-errors.ts';
import { readSignInReturn } from '../../../core/sign-in/sign-in-return.ts';
import { TestStorage } from '../../../core/sign-in/test-fixtures.ts';
import { finishSignIn, type SignInResult } from './finish-sign-in.ts';
import { startSignIn } from './start-sign-in.ts';
import {
  fakeNetwork,
  json,
  metadata,
  testKeys,
  type FakeNetwork,
  type Route,
  type TestKeys,
} from './test-provider.ts';

const ISSUER = 'https://idp.example';
const CLIENT_ID = 'tokenscope-spa';
const PAGE = 'https://tokenscope.example/';
const TOKEN = `${ISSUER}/token`;
const ENTRA_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const FORM: SignInFormInput = {
  authority: ISSUER,
  clientId: CLIENT_ID,
  scopes: 'openid profile offline_access',
  flow: 'code',
  prompt: '',
  loginHint: '',
  domainHint: '',
  claims: '',
};

let keys: TestKeys;
let otherKeys: TestKeys;

beforeAll(async () => {
  keys = await testKeys('k1');
  otherKeys = await testKeys('k1');
});

/** A provider at `issuer` whose token endpoint answers with `token`. */
function provider(
  token: Route,
  issuer = ISSUER,
  discoveryUrl = `${issuer}/.well-known/openid-configuration`,
) {
  return fakeNetwork({
    [discoveryUrl]: json(metadata(issuer)),
    [`${issuer.replace(/\/$/, '')}/jwks`]: json(keys.jwks),
    [`${issuer.replace(/\/$/, '')}/token`]: token,
  });
}

interface Started {
  pending: PendingSignIn;
  authorizationUrl: URL;
  storage: TestStorage;
}

async function start(network: FakeNetwork, form: Partial<SignInFormInput> = {}): Promise<Started> {
  const storage = new TestStorage();
  const reading = readSignInForm({ ...FORM, ...form }, PAGE);
  expect(reading.errors).toEqual({});
  const started = await startSignIn(reading.request!, { ...network, storage, now: () => 1000 });
  const pending = JSON.parse(storage.entries()[0]![1]) as PendingSignIn;
  return { pending, authorizationUrl: new URL(started.authorizationUrl), storage };
}

/** Comes back to the page with `parameters`, and finishes. */
async function comeBack(
  started: Started,
  network: FakeNetwork,
  parameters: Record<string, string>,
  where: 'query' | 'fragment' = 'fragment',
): Promise<SignInResult> {
  const query = new URLSearchParams(parameters).toString();
  const href = where === 'query' ? `${PAGE}?${query}` : `${PAGE}#${query}`;
  const returned = readSignInReturn(href, started.storage, 2000);
  if (returned.kind !== 'response') throw new Error(`expected a response, got ${returned.kind}`);
  return finishSignIn(returned.pending, returned.response, { ...network, now: () => Date.now() });
}

function claims(pending: PendingSignIn, change: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: ISSUER,
    sub: 'alice',
    aud: CLIENT_ID,
    iat: now,
    exp: now + 3600,
    nonce: pending.nonce,
    amr: ['pwd'],
    ...change,
  };
}

function tokenResponse(idToken: string, extra: Record<string, unknown> = {}): Route {
  return json({
    token_type: 'Bearer',
    access_token: 'opaque-access-token',
    refresh_token: 'opaque-refresh-token',
    expires_in: 3599,
    scope: 'openid profile offline_access',
    id_token: idToken,
    ...extra,
  });
}

function failure(result: SignInResult): {
  code: string;
  message: string;
  rejected: string | undefined;
} {
  if (result.ok) throw new Error('expected a failure');
  return {
    code: result.error.code,
    message: result.error.message,
    rejected: result.rejectedIdToken,
  };
}

function tokenRequests(network: FakeNetwork) {
  return network.sent.filter((request) => request.url === TOKEN && request.init.mode !== 'no-cors');
}

describe('startSignIn', () => {
  it('builds the authorization URL with PKCE, state, nonce and the fragment response mode', async () => {
    const network = provider(json({}));
    const { pending, authorizationUrl } = await start(network, {
      prompt: 'select_account',
      loginHint: 'alice@idp.example',
    });
    expect(authorizationUrl.origin + authorizationUrl.pathname).toBe(`${ISSUER}/authorize`);
    expect(Object.fromEntries(authorizationUrl.searchParams)).toEqual({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: PAGE,
      scope: 'openid profile offline_access',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: authorizationUrl.searchParams.get('code_challenge'),
      code_challenge_method: 'S256',
      response_mode: 'fragment',
      prompt: 'select_account',
      login_hint: 'alice@idp.example',
    });
    expect(pending).toMatchObject({
      authority: ISSUER,
      clientId: CLIENT_ID,
      redirectUri: PAGE,
      flow: 'code',
      responseMode: 'fragment',
      createdAt: 1000,
    });
    expect(pending.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pending.state).not.toBe(pending.nonce);
  });

  it('asks for the query response mode when the provider offers no fragment', async () => {
    const network = fakeNetwork({
      [`${ISSUER}/.well-known/openid-configuration`]: json(
        metadata(ISSUER, { response_modes_supported: ['query'] }),
      ),
    });
    const { authorizationUrl, pending } = await start(network);
    expect(authorizationUrl.searchParams.get('response_mode')).toBe('query');
    expect(pending.responseMode).toBe('query');
  });

  it('sends no nonce without openid, and no PKCE for the implicit flow', async () => {
    const network = provider(json({}));
    const plain = await start(network, { scopes: 'api://orders/read' });
    expect(plain.authorizationUrl.searchParams.has('nonce')).toBe(false);
    expect(plain.pending.nonce).toBeUndefined();

    const implicit = await start(network, { flow: 'implicit-id-token-token' });
    expect(implicit.authorizationUrl.searchParams.get('response_type')).toBe('id_token token');
    expect(implicit.authorizationUrl.searchParams.has('code_challenge')).toBe(false);
    expect(implicit.authorizationUrl.searchParams.get('response_mode')).toBe('fragment');
    expect(implicit.pending.codeVerifier).toBeUndefined();
  });

  it('explains a browser without sessionStorage, and saves nothing', async () => {
    const network = provider(json({}));
    const storage = new TestStorage();
    storage.refuse = true;
    const reading = readSignInForm(FORM, PAGE);
    const error: unknown = await startSignIn(reading.request!, { ...network, storage }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).code).toBe('storage-unavailable');
    expect(storage.entries()).toEqual([]);
  });
});

describe('finishSignIn: the code flow', () => {
  it('redeems the code and describes the token response', async () => {
    let idToken = '';
    const network = provider(() => tokenResponse(idToken)(new Request(TOKEN)));
    const started = await start(network);
    idToken = await keys.sign(claims(started.pending));
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    if (!result.ok) throw result.error;
    expect(result.tokenResponse.summary).toBe('Came back: ID token, Access token, Refresh token.');
    expect(result.signature?.status).toBe('pass');
    const [exchange] = tokenRequests(network);
    expect(new URLSearchParams(String(exchange!.init.body)).get('code_verifier')).toBe(
      started.pending.codeVerifier,
    );
  });

  it('refuses a state that is not the pending one, without a token request', async () => {
    const network = provider(json({}));
    const started = await start(network);
    const result = await comeBack(started, network, { code: 'c0de', state: 'forged' });
    expect(failure(result).code).toBe('state-mismatch');
    expect(tokenRequests(network)).toEqual([]);
  });

  it('refuses a response without state', async () => {
    const network = provider(json({}));
    const started = await start(network);
    const result = await comeBack(started, network, { code: 'c0de' });
    expect(failure(result)).toEqual({
      code: 'state-missing',
      message:
        'The response carries no state, so Tokenscope cannot tell that it answers the sign-in this tab started; the code was not redeemed (nothing was sent to the token endpoint). Sign in again.',
      rejected: undefined,
    });
  });

  it("shows the provider's error, in the decoder's shape", async () => {
    const network = provider(json({}));
    const started = await start(network);
    const result = await comeBack(started, network, {
      error: 'access_denied',
      error_description: 'The user cancelled.',
      state: started.pending.state,
    });
    expect(failure(result).message).toBe(
      'The identity provider refused the sign-in: access_denied — The user cancelled. The sign-in was cancelled, or consent was declined.',
    );
    expect(!result.ok && result.error.identityProviderError).toEqual({
      error: 'access_denied',
      description: 'The user cancelled.',
      uri: undefined,
    });
    expect(tokenRequests(network)).toEqual([]);
  });

  it('refuses a response naming another issuer (RFC 9207)', async () => {
    const network = provider(json({}));
    const started = await start(network);
    const result = await comeBack(started, network, {
      code: 'c0de',
      state: started.pending.state,
      iss: 'https://evil.example',
    });
    expect(failure(result).code).toBe('response-issuer-mismatch');
  });

  it('explains a token endpoint without CORS as AADSTS9002326', async () => {
    const network = provider(json({}));
    network.routes.delete(TOKEN);
    const blocked = fakeNetwork(Object.fromEntries(network.routes), { corsOnly: [TOKEN] });
    const started = await start(blocked);
    const result = await comeBack(started, blocked, { code: 'c0de', state: started.pending.state });
    const { code, message } = failure(result);
    expect(code).toBe('token-endpoint-cors');
    expect(message).toBe(
      'The token endpoint https://idp.example answered, but without an Access-Control-Allow-Origin header for this page, so the browser withheld the tokens. On Microsoft Entra this is AADSTS9002326: the redirect URI https://tokenscope.example/ is registered under the Web platform, whose codes only a server with a client secret may redeem. Register it under Single-page application instead (Authentication → Add a platform), then sign in again. Other providers must allow cross-origin requests to the token endpoint for a public client.',
    );
    // The probe carries nothing but the URL.
    const probe = blocked.sent.find((request) => request.init.mode === 'no-cors');
    expect(probe?.init).toMatchObject({ method: 'GET', credentials: 'omit' });
    expect(probe?.init.body).toBeUndefined();
  });

  it.each([
    [
      'invalid_client',
      json({ error: 'invalid_client', error_description: 'client authentication failed' }, 401),
      'invalid-client',
    ],
    [
      'a WWW-Authenticate challenge',
      () =>
        new Response(null, {
          status: 401,
          headers: { 'www-authenticate': 'Basic realm="idp"' },
        }),
      'invalid-client',
    ],
    [
      'AADSTS9002326',
      json(
        {
          error: 'invalid_request',
          error_description:
            "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
        },
        400,
      ),
      'spa-registration-required',
    ],
    ['invalid_grant', json({ error: 'invalid_grant' }, 400), 'invalid-grant'],
    [
      'a 502 page',
      () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' }),
      'token-endpoint-http-status',
    ],
    [
      'a token response without access_token',
      json({ token_type: 'Bearer' }),
      'token-response-invalid',
    ],
  ])('explains %s from the token endpoint', async (_name, route, code) => {
    const network = provider(route);
    const started = await start(network);
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    expect(failure(result).code).toBe(code);
  });

  it.each<[string, (pending: PendingSignIn) => JWTPayload, string, string]>([
    [
      'a wrong nonce',
      (pending) => claims(pending, { nonce: 'replayed-nonce' }),
      'id-token-nonce',
      'The ID token\'s nonce "replayed-nonce" is not the one this sign-in sent, so it is not accepted as the answer to this sign-in: it may be replayed from another one. Sign in again.',
    ],
    [
      'another audience',
      (pending) => claims(pending, { aud: 'someone-else' }),
      'id-token-audience',
      'The ID token is for "someone-else", not for the client tokenscope-spa that signed in.',
    ],
    [
      'another issuer',
      (pending) => claims(pending, { iss: 'https://evil.example' }),
      'id-token-issuer',
      'The ID token\'s issuer "https://evil.example" is not https://idp.example, where this sign-in started.',
    ],
    [
      'several audiences without azp',
      (pending) => claims(pending, { aud: [CLIENT_ID, 'api://other'] }),
      'id-token-audience',
      'The ID token has several audiences, and its authorized party (azp) is missing instead of the client tokenscope-spa that signed in.',
    ],
  ])('refuses an ID token with %s, and keeps it to inspect', async (_name, make, code, message) => {
    let idToken = '';
    const network = provider(() => tokenResponse(idToken)(new Request(TOKEN)));
    const started = await start(network);
    idToken = await keys.sign(make(started.pending));
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    expect(failure(result)).toEqual({ code, message, rejected: idToken });
  });

  it('refuses an expired ID token', async () => {
    let idToken = '';
    const network = provider(() => tokenResponse(idToken)(new Request(TOKEN)));
    const started = await start(network);
    idToken = await keys.sign(claims(started.pending, { iat: 1_700_000_000, exp: 1_700_003_600 }));
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    const { code, message } = failure(result);
    expect(code).toBe('id-token-expired');
    expect(message).toMatch(
      /^The ID token has expired: its exp \(2023-11-14T23:13:20Z\) is outside this device's time, \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, even with the tolerance\. Check the device clock and sign in again\.$/,
    );
  });

  it('refuses a token response without the ID token openid asked for', async () => {
    const network = provider(tokenResponse('x', { id_token: undefined }));
    const started = await start(network);
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    expect(failure(result).code).toBe('id-token-missing');
  });

  it("refuses an ID token signed by a key that is not the issuer's", async () => {
    let idToken = '';
    const network = provider(() => tokenResponse(idToken)(new Request(TOKEN)));
    const started = await start(network);
    idToken = await otherKeys.sign(claims(started.pending));
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    const { code, message, rejected } = failure(result);
    expect(code).toBe('id-token-signature');
    // The middle is the verifier's own verdict (src/core/verify), worded there.
    expect(message).toMatch(
      /^The ID token's signature does not check out against the issuer's keys \(https:\/\/idp\.example\/jwks\) — Invalid signature: .+ Do not trust its claims\.$/,
    );
    expect(rejected).toBe(idToken);
  });

  it('still signs in when the keys cannot be fetched, and says the signature was not checked', async () => {
    let idToken = '';
    const network = provider(() => tokenResponse(idToken)(new Request(TOKEN)));
    network.routes.delete(`${ISSUER}/jwks`);
    const started = await start(network);
    idToken = await keys.sign(claims(started.pending));
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    if (!result.ok) throw result.error;
    expect(result.idTokenChecks[0]).toEqual({
      name: 'signature',
      status: 'not-checked',
      text: 'The signature was not checked: https://idp.example/jwks answered 404 Not Found instead of the JWKS. The discovery document points to a JWKS that does not exist.',
    });
  });

  it("accepts an Entra multi-tenant ID token whose iss carries the user's tenant", async () => {
    const template = 'https://login.microsoftonline.com/{tenantid}/v2.0';
    const base = 'https://login.microsoftonline.com/common/v2.0';
    let idToken = '';
    const network = fakeNetwork({
      [`${base}/.well-known/openid-configuration`]: json({
        ...metadata(base),
        issuer: template,
      }),
      [`${base}/jwks`]: json(keys.jwks),
      [`${base}/token`]: () => tokenResponse(idToken)(new Request(`${base}/token`)),
    });
    const started = await start(network, {
      authority: 'common',
      clientId: '11112222-3333-4444-5555-666677778888',
    });
    idToken = await keys.sign(
      claims(started.pending, {
        iss: `https://login.microsoftonline.com/${ENTRA_TENANT}/v2.0`,
        tid: ENTRA_TENANT,
        aud: '11112222-3333-4444-5555-666677778888',
      }),
    );
    const result = await comeBack(started, network, { code: 'c0de', state: started.pending.state });
    if (!result.ok) throw result.error;
    expect(result.idTokenChecks.map((check) => check.status)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      'pass',
    ]);
    expect(result.tokenResponse.tokens[2]!.description).toContain(
      'Microsoft Entra gives refresh tokens sent to a redirect URI registered as a single-page application, as here, a fixed 24-hour lifetime that redeeming them does not extend: after 24 hours you must sign in again.',
    );
  });

  it('reads a query response when the sign-in asked for one', async () => {
    const network = fakeNetwork({
      [`${ISSUER}/.well-known/openid-configuration`]: json(
        metadata(ISSUER, { response_modes_supported: ['query'] }),
      ),
      [`${ISSUER}/jwks`]: json(keys.jwks),
      [TOKEN]: () => tokenResponse(idToken)(new Request(TOKEN)),
    });
    let idToken = '';
    const started = await start(network);
    idToken = await keys.sign(claims(started.pending));
    const result = await comeBack(
      started,
      network,
      { code: 'c0de', state: started.pending.state },
      'query',
    );
    expect(result.ok).toBe(true);
  });
});

describe('finishSignIn: the legacy implicit flows', () => {
  it('accepts the ID token and access token from the fragment', async () => {
    const network = provider(json({}));
    const started = await start(network, { flow: 'implicit-id-token-token' });
    const idToken = await keys.sign(claims(started.pending, { at_hash: 'x' }));
    const result = await comeBack(started, network, {
      id_token: idToken,
      access_token: 'opaque-access-token',
      token_type: 'Bearer',
      expires_in: '3599',
      scope: 'openid profile',
      state: started.pending.state,
    });
    if (!result.ok) throw result.error;
    expect(result.tokenResponse.source).toBe('fragment');
    expect(result.tokenResponse.summary).toBe(
      'Came back: ID token, Access token; no refresh token.',
    );
    expect(result.tokenResponse.expiresIn?.seconds).toBe(3599);
    expect(result.idTokenChecks.map((check) => [check.name, check.status])).toEqual([
      ['signature', 'pass'],
      ['iss', 'pass'],
      ['aud', 'pass'],
      ['exp', 'pass'],
      ['nonce', 'pass'],
      ['at_hash', 'not-checked'],
    ]);
    expect(tokenRequests(network)).toEqual([]);
  });

  it.each<[string, (pending: PendingSignIn) => JWTPayload, string]>([
    ['a wrong nonce', (pending) => claims(pending, { nonce: 'other' }), 'id-token-nonce'],
    ['another audience', (pending) => claims(pending, { aud: 'other' }), 'id-token-audience'],
    [
      'another issuer',
      (pending) => claims(pending, { iss: 'https://evil.example' }),
      'id-token-issuer',
    ],
    [
      'an expired token',
      (pending) => claims(pending, { iat: 1_700_000_000, exp: 1_700_003_600 }),
      'id-token-expired',
    ],
  ])('refuses an implicit ID token with %s', async (_name, make, code) => {
    const network = provider(json({}));
    const started = await start(network, { flow: 'implicit-id-token' });
    const idToken = await keys.sign(make(started.pending));
    const result = await comeBack(started, network, {
      id_token: idToken,
      state: started.pending.state,
    });
    expect(failure(result)).toMatchObject({ code, rejected: idToken });
  });

  it('refuses an implicit response without an ID token', async () => {
    const network = provider(json({}));
    const started = await start(network, { flow: 'implicit-id-token' });
    savePendingSignIn(started.storage, started.pending);
    const result = await comeBack(started, network, {
      access_token: 'x',
      state: started.pending.state,
    });
    expect(failure(result).code).toBe('id-token-missing');
  });
});
