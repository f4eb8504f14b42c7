import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { detectTokenKind } from './token-kind.ts';
import {
  decodeJwe,
  decodeParts,
  TEST_NOW_SECONDS,
  V1_ACCESS_PAYLOAD,
  V1_HEADER,
  V2_ACCESS_PAYLOAD,
  V2_APP_ONLY_PAYLOAD,
  V2_HEADER,
  V2_ID_TOKEN_PAYLOAD,
  withoutClaim,
} from './test-tokens.ts';

const kindOf = (header: unknown, payload: unknown) => detectTokenKind(decodeParts(header, payload));

describe('detectTokenKind', () => {
  it('recognises delegated access tokens by scp or scope', () => {
    expect(kindOf(V1_HEADER, V1_ACCESS_PAYLOAD)).toMatchObject({
      id: 'access-token-delegated',
      label: 'Access token (delegated)',
      access: 'delegated',
    });
    expect(kindOf(V2_HEADER, V2_ACCESS_PAYLOAD).id).toBe('access-token-delegated');
    expect(kindOf({ alg: 'ES256' }, { iss: 'https://as.example', scope: 'read' }).id).toBe(
      'access-token-delegated',
    );
  });

  it('recognises app-only access tokens by idtyp or by roles without scp', () => {
    expect(kindOf(V2_HEADER, V2_APP_ONLY_PAYLOAD)).toMatchObject({
      id: 'access-token-app-only',
      label: 'Access token (app-only)',
      access: 'app-only',
    });
    const withoutIdtyp = withoutClaim(V2_APP_ONLY_PAYLOAD, 'idtyp');
    expect(kindOf(V2_HEADER, withoutIdtyp).id).toBe('access-token-app-only');
    const v1AppOnly = { ...V1_ACCESS_PAYLOAD, scp: undefined, roles: ['Orders.Read.All'] };
    expect(kindOf(V1_HEADER, v1AppOnly).id).toBe('access-token-app-only');
  });

  it('calls an app-only token whose client is its own audience app-only, not an ID token', () => {
    // Client credentials for the app's own API: roles, no scp, azp == aud (the docs allow it).
    const selfCall = {
      ...withoutClaim(V2_APP_ONLY_PAYLOAD, 'idtyp'),
      aud: V2_APP_ONLY_PAYLOAD.azp,
    };
    const kind = kindOf(V2_HEADER, selfCall);
    expect(kind).toMatchObject({ id: 'access-token-app-only', access: 'app-only' });
    expect(kind.detail).toBe(
      'It has roles but no scopes (scp), and names its client in azp: application permissions granted to the app itself, with no user. The client is also the audience: the app called its own API, which is allowed.',
    );
    // Without roles too: Microsoft puts azp / appid only in access tokens.
    const noRoles = kindOf(V2_HEADER, withoutClaim(selfCall, 'roles'));
    expect(noRoles.id).toBe('access-token-app-only');
    expect(noRoles.detail).toMatch(/^No scopes \(scp\), yet a client id in azp/);
  });

  it('weighs idtyp and nonce before azp == aud', () => {
    const selfCall = { ...V2_APP_ONLY_PAYLOAD, aud: V2_APP_ONLY_PAYLOAD.azp };
    expect(kindOf(V2_HEADER, selfCall)).toMatchObject({
      id: 'access-token-app-only',
      detail:
        'idtyp is "app": an application acting as itself, with no user. The client is also the audience: the app called its own API, which is allowed.',
    });
    const idToken = { ...V2_ID_TOKEN_PAYLOAD, azp: V2_ID_TOKEN_PAYLOAD.aud };
    expect(kindOf(V2_HEADER, idToken)).toMatchObject({
      id: 'id-token',
      detail: 'It has nonce, a claim only ID tokens carry.',
    });
  });

  it('keeps a Microsoft ID token with the user’s app roles an ID token, and says why truthfully', () => {
    const withRoles = { ...withoutClaim(V2_ID_TOKEN_PAYLOAD, 'nonce'), roles: ['Approver'] };
    const kind = kindOf(V2_HEADER, withRoles);
    expect(kind.id).toBe('id-token');
    expect(kind.detail).toBe(
      'A Microsoft token about a user, with no scopes (scp) and no client id (appid or azp), which every Microsoft access token names: the shape of an ID token addressed to the app itself. Its roles are app roles assigned to the user.',
    );
  });

  it('states a reason that never contradicts the claims', () => {
    const claimSets = fc.record({
      scp: fc.boolean(),
      roles: fc.boolean(),
      azp: fc.constantFrom('none', 'other', 'audience'),
      nonce: fc.boolean(),
      idtyp: fc.constantFrom(undefined, 'app', 'user'),
    });
    fc.assert(
      fc.property(claimSets, ({ scp, roles, azp, nonce, idtyp }) => {
        const payload: Record<string, unknown> = {
          ...withoutClaim(withoutClaim(V2_ID_TOKEN_PAYLOAD, 'nonce'), 'name'),
        };
        if (scp) payload.scp = 'access_as_user';
        if (roles) payload.roles = ['Orders.Read.All'];
        if (azp !== 'none') payload.azp = azp === 'audience' ? payload.aud : 'another-client';
        if (nonce) payload.nonce = 'n-0S6_WzA2Mj';
        if (idtyp) payload.idtyp = idtyp;
        const kind = kindOf(V2_HEADER, payload);
        if (roles) expect(kind.detail).not.toMatch(/no (scopes, )?roles/);
        if (scp) expect(kind.id).toBe('access-token-delegated');
        if (azp !== 'none') expect(kind.detail).not.toMatch(/no client id/);
        if (azp !== 'none' && !scp && !nonce) expect(kind.id).not.toBe('id-token');
        if (!scp && idtyp === 'app') expect(kind.id).toBe('access-token-app-only');
        if (!scp && idtyp !== 'app' && nonce) expect(kind.id).toBe('id-token');
      }),
    );
  });

  it('recognises ID tokens', () => {
    expect(kindOf(V2_HEADER, V2_ID_TOKEN_PAYLOAD)).toMatchObject({
      id: 'id-token',
      label: 'ID token',
    });
    const withoutNonce = withoutClaim(V2_ID_TOKEN_PAYLOAD, 'nonce');
    expect(kindOf(V2_HEADER, withoutNonce).id).toBe('id-token');
    // Google-style: azp is the audience itself.
    expect(
      kindOf({ alg: 'RS256' }, { iss: 'https://accounts.google.com', azp: 'c', aud: 'c', sub: '1' })
        .id,
    ).toBe('id-token');
    // oidc-provider style: the required OIDC claims plus auth_time.
    const oidc = {
      iss: 'http://localhost:3000',
      sub: 'u',
      aud: 'c',
      exp: TEST_NOW_SECONDS + 60,
      iat: TEST_NOW_SECONDS,
      auth_time: TEST_NOW_SECONDS,
    };
    expect(kindOf({ alg: 'RS256' }, oidc).id).toBe('id-token');
  });

  it('recognises RFC 9068 access tokens by typ at+jwt', () => {
    expect(
      kindOf({ alg: 'RS256', typ: 'at+jwt' }, { sub: 'u', client_id: 'c', scope: 'read' }),
    ).toMatchObject({
      id: 'rfc9068-access-token',
      label: 'RFC 9068 JWT access token',
      access: 'delegated',
    });
    expect(
      kindOf({ alg: 'RS256', typ: 'application/at+jwt' }, { sub: 'c', client_id: 'c' }),
    ).toMatchObject({ id: 'rfc9068-access-token', access: 'app-only' });
  });

  it('recognises Microsoft-API tokens by a nonce in the header', () => {
    const kind = kindOf({ ...V1_HEADER, nonce: 'AQABAAAAAA' }, V1_ACCESS_PAYLOAD);
    expect(kind).toMatchObject({
      id: 'ms-api-token',
      label: 'Microsoft-API proprietary token',
      access: 'delegated',
    });
    expect(kind.detail).toMatch(/decodes, but cannot be verified by third parties, by design/);
  });

  it('names the Microsoft API a token is for, by its audience, with or without a nonce', () => {
    const graph = { ...V1_ACCESS_PAYLOAD, aud: '00000003-0000-0000-c000-000000000000' };
    const withNonce = kindOf({ ...V1_HEADER, nonce: 'AQABAAAAAA' }, graph);
    expect(withNonce).toMatchObject({
      id: 'ms-api-token',
      microsoftResource: { name: 'Microsoft Graph' },
    });
    expect(withNonce.detail).toBe(
      'A nonce in the header marks a token for Microsoft Graph: it decodes, but cannot be verified by third parties, by design.',
    );
    const withoutNonce = kindOf(V1_HEADER, graph);
    expect(withoutNonce).toMatchObject({
      id: 'access-token-delegated',
      microsoftResource: { name: 'Microsoft Graph' },
    });
    expect(withoutNonce.detail).toBe(
      'It has scopes (scp): permissions a user delegated to the app. It is meant for Microsoft Graph, a Microsoft API: only Microsoft Graph validates it.',
    );
    expect(kindOf(V1_HEADER, V1_ACCESS_PAYLOAD).microsoftResource).toBeUndefined();
  });

  it('recognises unsecured tokens', () => {
    const kind = kindOf({ alg: 'none' }, V2_ID_TOKEN_PAYLOAD);
    expect(kind).toMatchObject({ id: 'unsecured-jwt', label: 'Unsecured JWT' });
    expect(kind.detail).toMatch(/an ID token/);
  });

  it('recognises JWEs, nested or not', () => {
    expect(detectTokenKind(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM' })).id).toBe('jwe');
    expect(detectTokenKind(decodeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM', cty: 'JWT' })).id).toBe(
      'jwe-nested',
    );
  });

  it('recognises JWSs that are not JWTs', () => {
    expect(kindOf({ alg: 'HS256' }, 'plain text').id).toBe('jws-non-json');
    expect(kindOf({ alg: 'HS256' }, [1]).id).toBe('jws-non-json');
    expect(kindOf({ alg: 'HS256', b64: false, crit: ['b64'] }, '$.02').id).toBe('jws-unencoded');
  });

  it('calls a token with no telling claims a JWT', () => {
    expect(kindOf({ alg: 'RS256' }, { iss: 'https://issuer.example', data: 1 })).toMatchObject({
      id: 'jwt',
      label: 'JWT',
    });
  });

  it('handles empty and undecodable input', () => {
    expect(detectTokenKind(decodeToken('')).id).toBe('empty');
    expect(detectTokenKind(decodeToken('not a token')).id).toBe('invalid');
  });
});
