import { describe, expect, it } from 'vitest';
import { readDiscoveryDocument } from './read-discovery-document.ts';
import { readJwksResponse } from './read-jwks.ts';

const URL_ = 'https://issuer.example/.well-known/openid-configuration';

describe('readDiscoveryDocument', () => {
  it('reads issuer and jwks_uri', () => {
    const result = readDiscoveryDocument(
      '{"issuer":"https://issuer.example","jwks_uri":"https://issuer.example/keys"}',
      URL_,
    );
    expect(result).toEqual({
      ok: true,
      document: {
        url: URL_,
        issuer: 'https://issuer.example',
        jwksUri: 'https://issuer.example/keys',
      },
    });
  });

  it.each([
    [
      '<!DOCTYPE html><html>Sign in</html>',
      'not-json',
      `${URL_} returned an HTML page, not the discovery document: check the address (it may be a sign-in or error page).`,
    ],
    [
      '{"issuer": ',
      'not-json',
      `${URL_} did not return JSON, so it is not a discovery document: expected a value at character 12.`,
    ],
    [
      '[1]',
      'not-object',
      `${URL_} returned JSON, but not an object: it is not a discovery document.`,
    ],
    [
      '{"jwks_uri":"https://x"}',
      'document-issuer-missing',
      `The discovery document at ${URL_} has no "issuer".`,
    ],
    [
      '{"issuer":"https://x"}',
      'jwks-uri-missing',
      `The discovery document at ${URL_} has no "jwks_uri": this issuer does not publish its signing keys there. Paste the keys instead.`,
    ],
    [
      '{"issuer":"https://x","jwks_uri":"http://x/keys"}',
      'jwks-uri-invalid',
      `The discovery document at ${URL_}: The jwks_uri "http://x/keys" uses plain http: keys fetched without TLS could have been swapped on the way. Only https (or http on localhost) is allowed.`,
    ],
    [
      '{"issuer":"https://real.example","jwks_uri":"https://issuer.example/keys"}',
      'issuer-mismatch',
      `The discovery document at ${URL_} says its issuer is "https://real.example", but a document at that address can only be the discovery document of "https://issuer.example" (OpenID Connect Discovery 1.0 §4.3, RFC 8414 §3.3). It may be an impostor's, so its keys are not used.`,
    ],
  ])('rejects %s', (body, code, message) => {
    const result = readDiscoveryDocument(body, URL_);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toBe(message);
    }
  });
});

describe('readJwksResponse', () => {
  it('marks the keys as the issuer’s', () => {
    const body = JSON.stringify({ keys: [{ kty: 'oct', k: 'AAAA', kid: 'x' }] });
    const result = readJwksResponse(body, 'https://issuer.example/keys');
    expect(result.ok && result.keySet.origin).toBe('issuer');
  });

  it('explains a JWKS with no usable keys', () => {
    const result = readJwksResponse(
      '{"keys":[{"kty":"OKP","crv":"X25519","x":"AA"}]}',
      'https://issuer.example/keys',
    );
    expect(result.ok ? '' : result.error.message).toBe(
      "The JWKS at https://issuer.example/keys cannot be used. None of the JWKS's 1 key can verify a signature (key 1: this is an X25519 key-agreement key, not a signing key).",
    );
  });

  it('explains invalid JSON', () => {
    const result = readJwksResponse('not json', 'https://issuer.example/keys');
    expect(result.ok ? '' : result.error.code).toBe('not-json');
  });
});
