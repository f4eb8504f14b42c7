import { describe, expect, it } from 'vitest';
import { checkServerMetadata, isLoopbackHttp } from './server-metadata.ts';

const SERVER = {
  issuer: 'https://idp.example',
  authorization_endpoint: 'https://idp.example/authorize',
  token_endpoint: 'https://idp.example/token',
  jwks_uri: 'https://idp.example/jwks',
};

describe('checkServerMetadata', () => {
  it('accepts https endpoints, and loopback http', () => {
    expect(checkServerMetadata(SERVER, 'code')).toBeUndefined();
    expect(
      checkServerMetadata(
        {
          issuer: 'http://127.0.0.1:4000',
          authorization_endpoint: 'http://127.0.0.1:4000/auth',
          token_endpoint: 'http://localhost:4000/token',
        },
        'code',
      ),
    ).toBeUndefined();
  });

  it('needs a token endpoint for the code flow only', () => {
    const implicitOnly = { ...SERVER, token_endpoint: undefined };
    expect(checkServerMetadata(implicitOnly, 'code')).toEqual({
      kind: 'invalid',
      detail: 'it names no token_endpoint',
    });
    expect(checkServerMetadata(implicitOnly, 'implicit-id-token')).toBeUndefined();
  });

  it.each([
    [
      { authorization_endpoint: undefined },
      { kind: 'invalid', detail: 'it names no authorization_endpoint' },
    ],
    [
      { authorization_endpoint: 42 },
      { kind: 'invalid', detail: 'its authorization_endpoint 42 is not an https URL' },
    ],
    [
      { token_endpoint: 'javascript:alert(1)' },
      { kind: 'invalid', detail: 'its token_endpoint "javascript:alert(1)" is not an https URL' },
    ],
    [
      { token_endpoint: 'http://idp.example/token' },
      { kind: 'endpoint-insecure', name: 'token_endpoint', endpoint: 'http://idp.example/token' },
    ],
    [
      { jwks_uri: 'http://idp.example/jwks' },
      { kind: 'endpoint-insecure', name: 'jwks_uri', endpoint: 'http://idp.example/jwks' },
    ],
  ])('refuses %j', (change, failure) => {
    expect(checkServerMetadata({ ...SERVER, ...change }, 'code')).toEqual(failure);
  });
});

describe('isLoopbackHttp', () => {
  it.each([
    ['http://127.0.0.1:4000/token', true],
    ['http://localhost/x', true],
    ['http://[::1]:8080/', true],
    ['https://127.0.0.1/', false],
    ['http://idp.example/', false],
    ['not a url', false],
  ])('%s → %s', (url, loopback) => {
    expect(isLoopbackHttp(url)).toBe(loopback);
  });
});
