import { describe, expect, it } from 'vitest';
import { PERSONAL_ACCOUNT_TENANT_ID } from './microsoft-issuer.ts';
import {
  decodeJwe,
  decodeParts,
  TEST_NOW,
  TEST_TENANT_ID,
  V1_ACCESS_PAYLOAD,
  V1_HEADER,
  V2_ACCESS_PAYLOAD,
  V2_HEADER,
} from './test-tokens.ts';
import { summarizeToken } from './token-summary.ts';

describe('summarizeToken', () => {
  it('summarises a v1.0 access token', () => {
    const summary = summarizeToken(decodeParts(V1_HEADER, V1_ACCESS_PAYLOAD), TEST_NOW);
    expect(summary).toMatchObject({
      version: 'v1.0',
      issuer: V1_ACCESS_PAYLOAD.iss,
      tenant: { id: TEST_TENANT_ID },
      subject: V1_ACCESS_PAYLOAD.sub,
      user: 'maja@contoso.example',
      audience: ['api://contoso-orders'],
      client: { id: V1_ACCESS_PAYLOAD.appid, claim: 'appid' },
      scopes: ['Orders.Read', 'Orders.Write'],
      roles: [],
      validity: { state: 'valid', detail: 'expires in 1 h 5 min' },
      toleranceSeconds: 300,
    });
    expect(summary.kind.id).toBe('access-token-delegated');
  });

  it('summarises a v2.0 access token', () => {
    const summary = summarizeToken(decodeParts(V2_HEADER, V2_ACCESS_PAYLOAD), TEST_NOW);
    expect(summary).toMatchObject({
      version: 'v2.0',
      client: { id: V2_ACCESS_PAYLOAD.azp, claim: 'azp' },
      scopes: ['access_as_user'],
    });
  });

  it('recognises the personal-account tenant', () => {
    const summary = summarizeToken(
      decodeParts(V2_HEADER, { ...V2_ACCESS_PAYLOAD, tid: PERSONAL_ACCOUNT_TENANT_ID }),
      TEST_NOW,
    );
    expect(summary.tenant).toEqual({
      id: PERSONAL_ACCOUNT_TENANT_ID,
      note: 'Personal Microsoft account',
    });
  });

  it('applies the clock tolerance it is given', () => {
    const payload = { ...V2_ACCESS_PAYLOAD, exp: TEST_NOW / 1000 - 120 };
    expect(summarizeToken(decodeParts(V2_HEADER, payload), TEST_NOW).validity.state).toBe('valid');
    expect(
      summarizeToken(decodeParts(V2_HEADER, payload), TEST_NOW, { toleranceSeconds: 60 }).validity
        .state,
    ).toBe('expired');
  });

  it('leaves out what a token without claims cannot tell', () => {
    const summary = summarizeToken(decodeJwe({ alg: 'dir', enc: 'A256GCM' }), TEST_NOW);
    expect(summary).toMatchObject({
      version: undefined,
      issuer: undefined,
      tenant: undefined,
      audience: [],
      client: undefined,
      validity: { state: 'unknown' },
    });
    expect(summary.kind.id).toBe('jwe');
  });

  it('reads a token from a non-Microsoft issuer', () => {
    const summary = summarizeToken(
      decodeParts(
        { alg: 'RS256', typ: 'at+jwt' },
        {
          iss: 'https://as.example',
          aud: ['a', 'b'],
          client_id: 'c',
          scope: 'read write',
          sub: 'u',
        },
      ),
      TEST_NOW,
    );
    expect(summary).toMatchObject({
      version: undefined,
      tenant: undefined,
      audience: ['a', 'b'],
      client: { id: 'c', claim: 'client_id' },
      scopes: ['read', 'write'],
      validity: { state: 'no-expiry' },
    });
  });
});
