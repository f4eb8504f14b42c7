import { describe, expect, it } from 'vitest';
import {
  decodeJwe,
  decodeParts,
  TEST_NOW,
  V1_ACCESS_PAYLOAD,
  V1_HEADER,
  V2_APP_ONLY_PAYLOAD,
  V2_HEADER,
  V2_ID_TOKEN_PAYLOAD,
} from './test-tokens.ts';
import { summarizeToken } from './token-summary.ts';

const whose = (header: unknown, payload: unknown) =>
  summarizeToken(decodeParts(header, payload), TEST_NOW).whose;

describe('whose token is this', () => {
  it('access tokens: the web API validates them; the client uses them without parsing', () => {
    const expected =
      'For the web API named in aud: that API validates it (signature, issuer, lifetime, and that aud is its own) before it serves a request. The client that requested it only sends it, as Authorization: Bearer; it should not parse it, but read expires_in and scope from the token response.';
    expect(whose(V1_HEADER, V1_ACCESS_PAYLOAD)).toBe(expected);
    expect(whose(V2_HEADER, V2_APP_ONLY_PAYLOAD)).toBe(expected);
    expect(whose({ alg: 'RS256', typ: 'at+jwt' }, { sub: 'u', client_id: 'c', scope: 'a' })).toBe(
      expected,
    );
  });

  it('ID tokens: confidential web apps validate them; public clients gain nothing', () => {
    expect(whose(V2_HEADER, V2_ID_TOKEN_PAYLOAD)).toBe(
      'For the app that signed the user in (aud). A confidential web app validates the ID tokens it receives before it trusts who signed in; a public client (single-page or native app) gains nothing from validating, since it got the token straight from the identity provider over TLS. No API should accept an ID token in place of an access token.',
    );
  });

  it('tokens for Microsoft APIs: only that API, never a third party or the client', () => {
    expect(whose(V1_HEADER, { ...V1_ACCESS_PAYLOAD, aud: 'https://vault.azure.net' })).toBe(
      'For Azure Key Vault, a Microsoft API: only that API validates it. Third parties cannot validate it, so no API of yours should accept it, and the client that requested it must not parse it: it reads expires_in and scope from the token response.',
    );
    expect(whose({ ...V1_HEADER, nonce: 'AQAB' }, V1_ACCESS_PAYLOAD)).toMatch(
      /^For a Microsoft API \(the nonce in the header says so\): only that API validates it\./,
    );
  });

  it('other kinds', () => {
    expect(whose({ alg: 'none' }, V2_ID_TOKEN_PAYLOAD)).toBe(
      'Nobody should accept it: with alg "none", anyone could have written it.',
    );
    expect(whose({ alg: 'RS256' }, { iss: 'https://issuer.example', data: 1 })).toBe(
      'Only the recipient named in aud should accept it, after validating its signature, issuer and lifetime.',
    );
    expect(summarizeToken(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM' }), TEST_NOW).whose).toBe(
      'Only the recipient holding the decryption key can read it; it then validates what is inside.',
    );
    expect(whose({ alg: 'HS256' }, 'plain text')).toBeUndefined();
  });
});
