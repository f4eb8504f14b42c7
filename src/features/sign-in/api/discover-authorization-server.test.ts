import { describe, expect, it } from 'vitest';
import { expandAuthority, type ExpandedAuthority } from '../../../core/sign-in/authority.ts';
import { SignInError } from '../../../core/sign-in/sign-in-errors.ts';
import { discoverAuthorizationServer } from './discover-authorization-server.ts';
import { SIGN_IN_FETCH_INIT } from './sign-in-fetch.ts';
import { fakeNetwork, json, metadata } from './test-provider.ts';

const ISSUER = 'https://idp.example/realms/test';
const DOC = `${ISSUER}/.well-known/openid-configuration`;

function authority(text: string): ExpandedAuthority {
  const result = expandAuthority(text);
  if (!result.ok) throw result.error;
  return result.authority;
}

async function refusal(promise: Promise<unknown>): Promise<SignInError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SignInError);
  return error as SignInError;
}

describe('discoverAuthorizationServer', () => {
  it('reads the document with a credential-less, referrer-less GET', async () => {
    const network = fakeNetwork({ [DOC]: json(metadata(ISSUER)) });
    const server = await discoverAuthorizationServer(authority(ISSUER), 'code', network);
    expect(server.token_endpoint).toBe(`${ISSUER}/token`);
    expect(network.sent).toHaveLength(1);
    expect(network.sent[0]!.url).toBe(DOC);
    expect(network.sent[0]!.init).toMatchObject({
      ...SIGN_IN_FETCH_INIT,
      method: 'GET',
      redirect: 'manual',
      body: undefined,
    });
    // oauth4webapi adds a user-agent outside browsers only.
    const headers = Object.keys(network.sent[0]!.init.headers as object);
    expect(headers.filter((name) => name !== 'user-agent')).toEqual(['accept']);
  });

  it('keeps the appid query of an Entra discovery URL on the request', async () => {
    const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const issuer = `https://login.microsoftonline.com/${tenant}/v2.0`;
    const url = `${issuer}/.well-known/openid-configuration?appid=abc`;
    const network = fakeNetwork({ [url]: json(metadata(issuer)) });
    await discoverAuthorizationServer(authority(url), 'code', network);
    expect(network.sent.map((request) => request.url)).toEqual([url]);
  });

  it("accepts Entra's multi-tenant template issuer from the same origin", async () => {
    const url = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration';
    const network = fakeNetwork({
      [url]: json(metadata('https://login.microsoftonline.com/{tenantid}/v2.0')),
    });
    const server = await discoverAuthorizationServer(authority('common'), 'code', network);
    expect(server.issuer).toBe('https://login.microsoftonline.com/{tenantid}/v2.0');
  });

  it('refuses a tenant document whose issuer is on another origin', async () => {
    const url =
      'https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration';
    const network = fakeNetwork({ [url]: json(metadata('https://evil.example/tenant/v2.0')) });
    const error = await refusal(
      discoverAuthorizationServer(authority('contoso.com'), 'code', network),
    );
    expect(error.code).toBe('discovery-issuer-mismatch');
  });

  it('refuses another issuer than the one typed', async () => {
    const network = fakeNetwork({ [DOC]: json(metadata('https://idp.example/realms/other')) });
    const error = await refusal(discoverAuthorizationServer(authority(ISSUER), 'code', network));
    expect(error.code).toBe('discovery-issuer-mismatch');
    expect(error.message).toBe(
      `The discovery document at ${DOC} names the issuer https://idp.example/realms/other, not ${ISSUER}. Its tokens will carry https://idp.example/realms/other: if that is the provider you mean, type it as the Authority.`,
    );
  });

  it('tells a CORS refusal from an unreachable host with a no-cors probe', async () => {
    const cors = fakeNetwork({}, { corsOnly: [DOC] });
    const error = await refusal(discoverAuthorizationServer(authority(ISSUER), 'code', cors));
    expect(error.code).toBe('discovery-cors');
    expect(cors.sent.map((request) => request.init.mode)).toEqual(['cors', 'no-cors']);
    expect(cors.sent[1]!.init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });

    const dead = fakeNetwork({}, { unreachable: [DOC] });
    expect((await refusal(discoverAuthorizationServer(authority(ISSUER), 'code', dead))).code).toBe(
      'discovery-network',
    );
  });

  it('explains a timeout', async () => {
    const network = fakeNetwork({
      [DOC]: () => {
        throw new DOMException('The operation timed out.', 'TimeoutError');
      },
    });
    const error = await refusal(discoverAuthorizationServer(authority(ISSUER), 'code', network));
    expect(error.code).toBe('discovery-timeout');
    expect(error.message).toBe(
      'https://idp.example did not answer within 15 s when asked for its discovery document. Try again later.',
    );
  });

  it('passes the caller’s own cancellation on untouched', async () => {
    const controller = new AbortController();
    const network = fakeNetwork({
      [DOC]: () => {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      },
    });
    const error = await discoverAuthorizationServer(authority(ISSUER), 'code', {
      ...network,
      signal: controller.signal,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DOMException);
  });

  it.each([
    [
      'a 404',
      () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      'discovery-http-status',
    ],
    [
      'an HTML page',
      () => new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      'discovery-not-json',
    ],
    ['a JSON array', json([1]), 'discovery-invalid'],
    [
      'a document without an issuer',
      json({ authorization_endpoint: 'https://idp.example/a' }),
      'discovery-invalid',
    ],
  ])('explains %s', async (_name, route, code) => {
    const network = fakeNetwork({ [DOC]: route });
    const error = await refusal(discoverAuthorizationServer(authority(ISSUER), 'code', network));
    expect(error.code).toBe(code);
  });

  it('names what a document without an issuer lacks', async () => {
    const network = fakeNetwork({
      [DOC]: json({ authorization_endpoint: 'https://idp.example/a' }),
    });
    const error = await refusal(discoverAuthorizationServer(authority(ISSUER), 'code', network));
    expect(error.message).toBe(
      `The discovery document at ${DOC} cannot be used to sign in: it names no issuer.`,
    );
  });

  it('refuses a document without a token endpoint for the code flow', async () => {
    const network = fakeNetwork({
      [DOC]: json(metadata(ISSUER, { token_endpoint: undefined })),
    });
    const error = await refusal(discoverAuthorizationServer(authority(ISSUER), 'code', network));
    expect(error.message).toBe(
      `The discovery document at ${DOC} cannot be used to sign in: it names no token_endpoint.`,
    );
  });
});
