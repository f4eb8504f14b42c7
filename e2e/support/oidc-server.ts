import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { RequestCounter } from './request-counter.ts';

/** The confidential client the tests sign in with. Test-only credentials. */
export const CLIENT = {
  id: 'tokenscope-e2e',
  secret: 'e2e-client-secret-for-a-local-test-provider',
  redirectUri: 'https://client.example/callback',
} as const;

/**
 * The public client Tokenscope's own Sign in uses, as a single-page application is registered:
 * no secret (token endpoint authentication "none"), PKCE required, code flow only.
 */
export const PUBLIC_CLIENT = { id: 'tokenscope-spa' } as const;

export interface OidcServerOptions {
  /** Redirect URIs of PUBLIC_CLIENT (Tokenscope's own page); without any, it is not registered. */
  publicRedirectUris?: readonly string[];
  /**
   * Whether the token endpoint gives the public client's origin CORS headers (default true).
   * Off, it behaves like Entra with a redirect URI registered under Web: the browser refuses.
   */
  publicTokenEndpointCors?: boolean;
}

/** Resource servers (RFC 8707 indicators) whose JWT access tokens (RFC 9068) differ in alg. */
export const RESOURCES = {
  rs256: 'https://api.example/orders',
  es256: 'https://api.example/payments',
} as const;

export interface OidcTestServer {
  issuer: string;
  requests: RequestCounter;
  /** An RFC 9068 access token from the client credentials grant for one resource. */
  issueAccessToken(resource: string): Promise<string>;
  /** An ID token from a full authorization code flow through the dev sign-in pages. */
  issueIdToken(login: string): Promise<string>;
  close(): Promise<void>;
}

/** What oidc-provider's client object exposes to the PKCE and CORS policies. */
interface PublicClientView {
  clientAuthMethod: string;
  redirectUris: string[];
}

const isPublic = (client: PublicClientView) => client.clientAuthMethod === 'none';

async function signingKey(alg: 'RS256' | 'ES256'): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return {
    ...(await exportJWK(privateKey)),
    alg,
    use: 'sig',
    kid: `${alg.toLowerCase()}-${randomUUID().slice(0, 8)}`,
  };
}

/**
 * A real OpenID Provider (panva/oidc-provider) on 127.0.0.1 with its own RS256 and ES256 keys.
 * Its discovery document and JWKS carry `Access-Control-Allow-Origin: *`, so the page fetches
 * them exactly as it would from a public issuer.
 */
export async function startOidcServer(options: OidcServerOptions = {}): Promise<OidcTestServer> {
  let handle: RequestListener = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const requests = new RequestCounter();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        grant_types: ['authorization_code', 'client_credentials'],
        response_types: ['code'],
        redirect_uris: [CLIENT.redirectUri],
        id_token_signed_response_alg: 'RS256',
      },
      ...(options.publicRedirectUris?.length
        ? [
            {
              client_id: PUBLIC_CLIENT.id,
              token_endpoint_auth_method: 'none',
              grant_types: ['authorization_code', 'refresh_token'],
              response_types: ['code'],
              redirect_uris: [...options.publicRedirectUris],
              id_token_signed_response_alg: 'RS256',
            },
          ]
        : []),
    ],
    jwks: { keys: [await signingKey('RS256'), await signingKey('ES256')] },
    cookies: { keys: ['e2e-cookie-signing-key-not-secret'] },
    findAccount: (_context: unknown, accountId: string) => ({
      accountId,
      claims: () => ({ sub: accountId }),
    }),
    pkce: { required: (_context: unknown, client: PublicClientView) => isPublic(client) },
    clientBasedCORS: (_context: unknown, origin: string, client: PublicClientView) =>
      isPublic(client) &&
      options.publicTokenEndpointCors !== false &&
      client.redirectUris.some((uri) => new URL(uri).origin === origin),
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      ClientCredentials: 3600,
      Grant: 3600,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => undefined,
        useGrantedResource: () => false,
        getResourceServerInfo: (_context: unknown, resource: string) => ({
          scope: 'read write',
          audience: resource,
          accessTokenTTL: 3600,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: resource === RESOURCES.es256 ? 'ES256' : 'RS256' } },
        }),
      },
    },
  });
  provider.use(async (context, next) => {
    requests.record(context.method, context.path);
    await next();
    if (context.path === '/jwks' || context.path.startsWith('/.well-known/')) {
      context.set('Access-Control-Allow-Origin', '*');
    }
  });
  handle = provider.callback();

  const basic = `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`;

  async function token(parameters: Record<string, string>): Promise<Record<string, string>> {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(parameters),
    });
    const body = (await response.json()) as Record<string, string>;
    if (!response.ok) throw new Error(`token endpoint: ${JSON.stringify(body)}`);
    return body;
  }

  return {
    issuer,
    requests,
    async issueAccessToken(resource) {
      const body = await token({ grant_type: 'client_credentials', resource, scope: 'read' });
      return body.access_token!;
    },
    async issueIdToken(login) {
      const code = await signIn(issuer, login);
      const body = await token({
        grant_type: 'authorization_code',
        code,
        redirect_uri: CLIENT.redirectUri,
      });
      return body.id_token!;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Signs in as `login` with the confidential client and returns the code. */
async function signIn(issuer: string, login: string): Promise<string> {
  const authorize = new URL('/auth', issuer);
  authorize.search = new URLSearchParams({
    client_id: CLIENT.id,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: CLIENT.redirectUri,
    nonce: randomUUID(),
    state: randomUUID(),
  }).toString();
  const back = new URL(await walkDevInteractions(authorize.href, CLIENT.redirectUri, login));
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`no code in ${back.href}`);
  return code;
}

/**
 * Walks the dev sign-in and consent pages from an authorization URL the way a browser would,
 * with a cookie jar, and returns the address the provider finally redirects to (the response
 * in its query or fragment). Redirects are followed by hand so none is missed.
 */
export async function walkDevInteractions(
  authorizationUrl: string,
  redirectUri: string,
  login: string,
): Promise<string> {
  const issuer = new URL(authorizationUrl).origin;
  const jar = new Map<string, string>();
  async function request(url: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(new URL(url, issuer), {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const split = pair.indexOf('=');
      jar.set(pair.slice(0, split), pair.slice(split + 1));
    }
    return response;
  }

  let response = await request(authorizationUrl);
  for (let step = 0; step < 12; step++) {
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`sign-in stopped at ${response.status}: ${await response.text()}`);
    const next = new URL(location, issuer);
    if (next.href.startsWith(redirectUri)) return next.href;
    if (next.pathname.startsWith('/interaction/')) {
      const page = await (await request(next.href)).text();
      const form: Record<string, string> = page.includes('value="login"')
        ? { prompt: 'login', login, password: 'any' }
        : { prompt: 'consent' };
      response = await request(next.href, form);
    } else {
      response = await request(next.href);
    }
  }
  throw new Error('sign-in did not finish');
}
