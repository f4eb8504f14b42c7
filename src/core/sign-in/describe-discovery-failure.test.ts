import { describe, expect, it } from 'vitest';
import { expandAuthority, type ExpandedAuthority } from './authority.ts';
import { describeDiscoveryFailure, type DiscoveryFailure } from './describe-discovery-failure.ts';
import { SignInError } from './sign-in-errors.ts';

function authority(text: string): ExpandedAuthority {
  const result = expandAuthority(text);
  if (!result.ok) throw result.error;
  return result.authority;
}

const ISSUER = authority('https://idp.example/realms/test');
const ENTRA = authority('contoso.onmicrosoft.com');
const DOC = 'https://idp.example/realms/test/.well-known/openid-configuration';
const ENTRA_DOC =
  'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration';

describe('describeDiscoveryFailure', () => {
  it.each<[string, DiscoveryFailure, ExpandedAuthority, string, string]>([
    [
      'a CORS refusal',
      { kind: 'network', reachedWithoutCors: true },
      ISSUER,
      'discovery-cors',
      'https://idp.example answered, but does not let this page read its discovery document (no Access-Control-Allow-Origin header), so Tokenscope cannot sign in there. Providers that support single-page applications allow it: check the Authority.',
    ],
    [
      'an unreachable host',
      { kind: 'network', reachedWithoutCors: false },
      ISSUER,
      'discovery-network',
      `Could not reach https://idp.example: the request for the discovery document ${DOC} failed before any answer. Check the Authority and your connection.`,
    ],
    [
      'a timeout',
      { kind: 'timeout', seconds: 15 },
      ISSUER,
      'discovery-timeout',
      'https://idp.example did not answer within 15 s when asked for its discovery document. Try again later.',
    ],
    [
      'a 404',
      { kind: 'http', status: 404, statusText: 'Not Found' },
      ISSUER,
      'discovery-http-status',
      `${DOC} answered 404 Not Found instead of the discovery document. There is no discovery document at this address: the Authority should be the issuer (the iss of its tokens), or for Microsoft Entra the tenant.`,
    ],
    [
      "Entra's 400 for an unknown tenant",
      { kind: 'http', status: 400, statusText: 'Bad Request' },
      ENTRA,
      'discovery-http-status',
      `${ENTRA_DOC} answered 400 Bad Request instead of the discovery document. Microsoft Entra does not know the tenant contoso.onmicrosoft.com: check the tenant id or domain.`,
    ],
    [
      'a server error',
      { kind: 'http', status: 503, statusText: '' },
      ISSUER,
      'discovery-http-status',
      `${DOC} answered 503 instead of the discovery document. The identity provider has a problem; try again later.`,
    ],
    [
      'a redirect (status 0 in a browser)',
      { kind: 'http', status: 0, statusText: '' },
      ISSUER,
      'discovery-http-status',
      `${DOC} answered with a redirect instead of the discovery document; Tokenscope does not follow it. Type the address it leads to as the Authority.`,
    ],
    [
      'an answer that is not JSON',
      { kind: 'not-json' },
      ISSUER,
      'discovery-not-json',
      `${DOC} did not answer with a JSON discovery document: check the Authority.`,
    ],
    [
      'a document without an endpoint',
      { kind: 'invalid', detail: 'it names no token_endpoint' },
      ISSUER,
      'discovery-invalid',
      `The discovery document at ${DOC} cannot be used to sign in: it names no token_endpoint.`,
    ],
    [
      'another issuer',
      { kind: 'issuer-mismatch', stated: 'https://idp.example/realms/other' },
      ISSUER,
      'discovery-issuer-mismatch',
      `The discovery document at ${DOC} names the issuer https://idp.example/realms/other, not https://idp.example/realms/test. Its tokens will carry https://idp.example/realms/other: if that is the provider you mean, type it as the Authority.`,
    ],
    [
      'another origin for an Entra tenant',
      { kind: 'issuer-mismatch', stated: 'https://evil.example/x/v2.0' },
      ENTRA,
      'discovery-issuer-mismatch',
      `The discovery document at ${ENTRA_DOC} names the issuer https://evil.example/x/v2.0, which is not on https://login.microsoftonline.com: Tokenscope does not sign in where the document and the authority disagree.`,
    ],
    [
      'a plain-http endpoint',
      { kind: 'endpoint-insecure', name: 'token_endpoint', endpoint: 'http://idp.example/token' },
      ISSUER,
      'endpoint-insecure',
      `The discovery document at ${DOC} names http://idp.example/token as its token_endpoint, over plain http: the code and tokens would cross the network unencrypted. Only https (or http on localhost) is used.`,
    ],
  ])('explains %s', (_name, failure, expanded, code, message) => {
    const error = describeDiscoveryFailure(failure, expanded);
    expect(error).toBeInstanceOf(SignInError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });
});
