import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compactVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  TEST_NOW,
  TEST_NOW_SECONDS,
  V2_ACCESS_PAYLOAD,
  V2_APP_ONLY_PAYLOAD,
  V2_HEADER,
  V2_ID_TOKEN_PAYLOAD,
} from '../claims/test-tokens.ts';
import { encodeToken } from '../token/encode-token.ts';
import { checkTokenSet } from './check-token-set.ts';
import { hashTokenSet } from './check-token-hashes.ts';
import type { CrossCheck, CrossCheckId } from './cross-check.ts';
import { readTokenSet } from './read-token-set.ts';
import type { TokenSet } from './token-set.ts';

interface SpecExample {
  id_token: string;
  access_token?: string;
  at_hash?: string;
  code?: string;
  c_hash?: string;
}
const SPEC = JSON.parse(
  readFileSync(new URL('../../test-vectors/oidc-core/examples.json', import.meta.url), 'utf8'),
) as { key: Record<string, string>; 'A.3': SpecExample; 'A.4': SpecExample };

const SIGNATURE = new Uint8Array([1, 2, 3, 4]);
const REFRESH_TOKEN = `0.AXoA${'Qm9vdGhTdHJhcA'.repeat(20)}`;

/** The left half of the hash, base64url: computed here with node:crypto, independently. */
function halfHash(value: string, algorithm: 'sha256' | 'sha384' | 'sha512'): string {
  const digest = createHash(algorithm).update(value, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

function readSet(input: string): TokenSet {
  const result = readTokenSet(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.set;
}

async function checksOf(input: string, now = TEST_NOW): Promise<CrossCheck[]> {
  const set = readSet(input);
  return checkTokenSet(set, await hashTokenSet(set), now);
}

async function check(input: string, id: CrossCheckId, now = TEST_NOW): Promise<CrossCheck> {
  const found = (await checksOf(input, now)).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

const ACCESS_TOKEN = encodeToken(V2_HEADER, V2_ACCESS_PAYLOAD, SIGNATURE);

function idToken(claims: Record<string, unknown> = {}, header: object = V2_HEADER): string {
  return encodeToken(header, { ...V2_ID_TOKEN_PAYLOAD, ...claims }, SIGNATURE);
}

function response(fields: Record<string, unknown>): string {
  return JSON.stringify({ token_type: 'Bearer', ...fields });
}

describe('the OpenID Connect Core examples', () => {
  it('are the spec tokens, unaltered: they verify with the spec key', async () => {
    const key = await importJWK(SPEC.key, 'RS256');
    for (const example of [SPEC['A.3'], SPEC['A.4']]) {
      await expect(compactVerify(example.id_token, key)).resolves.toBeDefined();
    }
  });

  it('A.3: the at_hash of the implicit-flow response matches its access token', async () => {
    const example = SPEC['A.3'];
    const fragment = `https://client.example.org/cb#access_token=${example.access_token}&token_type=bearer&id_token=${example.id_token}&state=af0ifjsldkj&expires_in=3600`;
    const checks = await checksOf(fragment);
    expect(checks.find((c) => c.id === 'at-hash')).toEqual({
      id: 'at-hash',
      status: 'pass',
      title: 'at_hash',
      message:
        'at_hash "77QmUPtjPfzWtF2AnpK9RQ" matches the access token: the left half of its SHA-256 hash, as alg "RS256" requires.',
      members: ['token-1', 'token-2'],
    });
    expect(checks.find((c) => c.id === 'nonce')?.status).toBe('pass');
  });

  it('A.4: the c_hash of the hybrid-flow response matches its code', async () => {
    const example = SPEC['A.4'];
    const checks = await checksOf(
      `https://client.example.org/cb#code=${example.code}&id_token=${example.id_token}&state=af0ifjsldkj`,
    );
    expect(checks.find((c) => c.id === 'c-hash')).toMatchObject({
      status: 'pass',
      message:
        'c_hash "LDktKdoQak3Pk0cnXxCltA" matches the authorization code: the left half of its SHA-256 hash, as alg "RS256" requires.',
    });
    const visible = JSON.stringify(checks);
    expect(visible).not.toContain(example.code);
  });

  it('A.4 with another code: c_hash fails, naming the hash but never the code', async () => {
    const example = SPEC['A.4'];
    const other = 'SplxlOBeZQQYbYS6WxSbIA';
    const result = await check(`#code=${other}&id_token=${example.id_token}`, 'c-hash');
    expect(result).toMatchObject({
      status: 'fail',
      message: `c_hash is "LDktKdoQak3Pk0cnXxCltA", but the authorization code hashes to "${halfHash(other, 'sha256')}" (the left half of its SHA-256 hash, as alg "RS256" requires): this ID token was not issued together with the authorization code.`,
    });
    expect(result.message).not.toContain(other);
  });
});

describe('at_hash', () => {
  it.each([
    ['ES384', 'sha384', 'SHA-384'],
    ['PS512', 'sha512', 'SHA-512'],
  ] as const)('passes for %s with %s', async (alg, nodeHash, digest) => {
    const header = { ...V2_HEADER, alg };
    const input = response({
      access_token: ACCESS_TOKEN,
      id_token: idToken({ at_hash: halfHash(ACCESS_TOKEN, nodeHash) }, header),
    });
    expect((await check(input, 'at-hash')).message).toBe(
      `at_hash ${JSON.stringify(halfHash(ACCESS_TOKEN, nodeHash))} matches the access token: the left half of its ${digest} hash, as alg "${alg}" requires.`,
    );
  });

  it('passes for EdDSA with SHA-512 and says it read EdDSA as Ed25519', async () => {
    const header = { alg: 'EdDSA', kid: 'k' };
    const input = response({
      access_token: ACCESS_TOKEN,
      id_token: idToken({ at_hash: halfHash(ACCESS_TOKEN, 'sha512') }, header),
    });
    expect(await check(input, 'at-hash')).toMatchObject({
      status: 'pass',
      message: `at_hash ${JSON.stringify(halfHash(ACCESS_TOKEN, 'sha512'))} matches the access token: the left half of its SHA-512 hash, as alg "EdDSA" requires. alg EdDSA is read as Ed25519, whose hash is SHA-512 (the OpenID Connect working group’s rule); an Ed448 key would use SHAKE256.`,
    });
  });

  it('fails when the ID token came with another access token', async () => {
    const other = encodeToken(V2_HEADER, { ...V2_ACCESS_PAYLOAD, uti: 'other' }, SIGNATURE);
    const input = response({
      access_token: other,
      id_token: idToken({ at_hash: halfHash(ACCESS_TOKEN, 'sha256') }),
    });
    expect(await check(input, 'at-hash')).toMatchObject({
      status: 'fail',
      message: `at_hash is ${JSON.stringify(halfHash(ACCESS_TOKEN, 'sha256'))}, but the access token hashes to ${JSON.stringify(halfHash(other, 'sha256'))} (the left half of its SHA-256 hash, as alg "RS256" requires): this ID token was not issued together with the access token.`,
    });
  });

  it('is computed over an opaque access token too', async () => {
    const opaque = `EwBwA8l6BAAU${'z'.repeat(40)}`;
    const input = response({
      access_token: opaque,
      id_token: idToken({ at_hash: halfHash(opaque, 'sha256') }),
    });
    expect((await check(input, 'at-hash')).status).toBe('pass');
  });

  it('is missing: informational from the token endpoint, a warning from the authorization endpoint', async () => {
    expect(
      await check(response({ access_token: ACCESS_TOKEN, id_token: idToken() }), 'at-hash'),
    ).toMatchObject({
      status: 'info',
      message:
        'The ID token has no at_hash, so nothing in it binds it to the access token. OpenID Connect requires at_hash only when both come from the authorization endpoint.',
    });
    expect(
      await check(`#id_token=${idToken()}&access_token=${ACCESS_TOKEN}`, 'at-hash'),
    ).toMatchObject({
      status: 'warning',
      message:
        'The ID token has no at_hash, although it came with an access token from the authorization endpoint, where OpenID Connect requires it (implicit and hybrid flows): nothing binds it to the access token.',
    });
  });

  it('cannot be checked for an alg without a hash, and is a failure when not a string', async () => {
    const none = idToken({ at_hash: 'x' }, { alg: 'none' });
    expect(
      await check(response({ access_token: ACCESS_TOKEN, id_token: none }), 'at-hash'),
    ).toMatchObject({
      status: 'warning',
      message:
        'at_hash "x" cannot be checked: alg "none" names no hash: an unsecured ID token binds nothing to it.',
    });
    expect(
      await check(
        response({ access_token: ACCESS_TOKEN, id_token: idToken({ at_hash: 42 }) }),
        'at-hash',
      ),
    ).toMatchObject({ status: 'fail', message: 'at_hash is 42, not a string.' });
  });
});

describe('identity checks', () => {
  const consistent = response({
    access_token: ACCESS_TOKEN,
    id_token: idToken(),
    refresh_token: REFRESH_TOKEN,
  });

  it('passes tid, oid and client for tokens of one sign-in, and explains the pairwise sub', async () => {
    const checks = await checksOf(consistent);
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(byId['same-tenant']).toMatchObject({
      status: 'pass',
      title: 'Same tenant (tid)',
      message: `Both tokens have tid "${V2_ID_TOKEN_PAYLOAD.tid}".`,
    });
    expect(byId['same-user']).toMatchObject({
      status: 'pass',
      message: `Both tokens have oid "${V2_ID_TOKEN_PAYLOAD.oid}".`,
    });
    expect(byId.client).toMatchObject({
      status: 'pass',
      message: `The access token was issued to client "${V2_ACCESS_PAYLOAD.azp}" (azp), which is the ID token's aud.`,
    });
    expect(byId['same-subject']).toMatchObject({
      status: 'info',
      message: `sub differs by design: Entra gives every user a different sub for each application, and the ID token is for "${V2_ID_TOKEN_PAYLOAD.aud}" while the access token is for "${V2_ACCESS_PAYLOAD.aud}". Compare oid, which is the same in every app of the tenant.`,
    });
    expect(byId.nonce).toMatchObject({
      status: 'pass',
      message:
        'The ID token carries nonce "n-0S6_WzA2Mj": your app must check that it equals the nonce it sent with the sign-in request.',
    });
  });

  it('fails tid, oid and client when the tokens belong to different sign-ins', async () => {
    const stranger = encodeToken(
      V2_HEADER,
      { ...V2_ACCESS_PAYLOAD, tid: 'other-tenant', oid: 'other-user', azp: 'other-app' },
      SIGNATURE,
    );
    const checks = await checksOf(response({ access_token: stranger, id_token: idToken() }));
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(byId['same-tenant']?.message).toBe(
      `The ID token's tid is "${V2_ID_TOKEN_PAYLOAD.tid}" but the access token's is "other-tenant": they were issued by different tenants.`,
    );
    expect(byId['same-user']?.status).toBe('fail');
    expect(byId.client).toMatchObject({
      status: 'fail',
      message: `The access token was issued to client "other-app" (azp), but the ID token's aud is "${V2_ID_TOKEN_PAYLOAD.aud}": a different app obtained the access token.`,
    });
  });

  it('warns about a different sub when both tokens are for the same audience', async () => {
    const ownApi = encodeToken(
      V2_HEADER,
      { ...V2_ACCESS_PAYLOAD, aud: V2_ID_TOKEN_PAYLOAD.aud },
      SIGNATURE,
    );
    expect(
      await check(response({ access_token: ownApi, id_token: idToken() }), 'same-subject'),
    ).toMatchObject({
      status: 'warning',
    });
  });

  it('says an app-only token has the service principal as oid', async () => {
    const appOnly = encodeToken(V2_HEADER, V2_APP_ONLY_PAYLOAD, SIGNATURE);
    expect(
      await check(response({ access_token: appOnly, id_token: idToken() }), 'same-user'),
    ).toMatchObject({
      status: 'info',
    });
  });

  it('reads the v1.0 appid as the client', async () => {
    const v1 = encodeToken(
      V2_HEADER,
      { ...V2_ACCESS_PAYLOAD, azp: undefined, appid: V2_ID_TOKEN_PAYLOAD.aud },
      SIGNATURE,
    );
    expect(
      (await check(response({ access_token: v1, id_token: idToken() }), 'client')).message,
    ).toContain('(appid)');
  });

  it('wants a nonce: a warning from the token endpoint, a failure from the authorization endpoint', async () => {
    const noNonce = idToken({ nonce: undefined });
    expect(
      (await check(response({ access_token: ACCESS_TOKEN, id_token: noNonce }), 'nonce')).status,
    ).toBe('warning');
    expect((await check(`#id_token=${noNonce}&access_token=${ACCESS_TOKEN}`, 'nonce')).status).toBe(
      'fail',
    );
  });

  it('warns when a member named access_token is an ID token', async () => {
    const checks = await checksOf(response({ access_token: idToken(), id_token: idToken() }));
    expect(checks.find((c) => c.id === 'role-kind')).toMatchObject({
      status: 'warning',
      title: 'Access token: kind',
      members: ['token-2'],
    });
  });
});

describe('the token response against the access token', () => {
  const lifetime = V2_ACCESS_PAYLOAD.exp - V2_ACCESS_PAYLOAD.iat; // 4500 s

  it('passes expires_in that matches exp − iat', async () => {
    expect(
      await check(response({ access_token: ACCESS_TOKEN, expires_in: lifetime - 1 }), 'expires-in'),
    ).toEqual({
      id: 'expires-in',
      status: 'pass',
      title: 'expires_in',
      members: ['token-1'],
      message:
        'expires_in 4499 s (1h14m) agrees with the token: the access token lives 1h15m (iat 2025-01-15T11:50:00Z to exp 2025-01-15T13:05:00Z), so iat + expires_in is within 60 s of exp.',
    });
  });

  it("explains Entra's 5-minute early iat", async () => {
    expect(
      (
        await check(
          response({ access_token: ACCESS_TOKEN, expires_in: String(lifetime - 300) }),
          'expires-in',
        )
      ).message,
    ).toBe(
      'expires_in 4200 s (1h10m) agrees with the token: the access token lives 1h15m (iat 2025-01-15T11:50:00Z to exp 2025-01-15T13:05:00Z), 5 minutes more than expires_in because Entra dates iat 5 minutes early to absorb clock skew.',
    );
  });

  it('warns when expires_in and the token disagree', async () => {
    expect(
      await check(response({ access_token: ACCESS_TOKEN, expires_in: 3599 }), 'expires-in'),
    ).toMatchObject({
      status: 'warning',
      message:
        'expires_in 3599 s (59m), but the access token lives 1h15m (iat 2025-01-15T11:50:00Z to exp 2025-01-15T13:05:00Z): the response and the token disagree by 15m, so this is probably not the access token that came with this response.',
    });
  });

  it('matches scope against scp, by the last segment of each resource scope', async () => {
    const token = encodeToken(
      V2_HEADER,
      { ...V2_ACCESS_PAYLOAD, scp: 'Orders.Read Orders.Write' },
      SIGNATURE,
    );
    expect(
      await check(
        response({
          access_token: token,
          scope:
            'api://contoso/Orders.Read https://contoso.example/Orders.Write openid profile offline_access',
        }),
        'scope',
      ),
    ).toMatchObject({
      status: 'pass',
      message:
        'The scopes of the response match the access token\'s scp "Orders.Read" and "Orders.Write" (resource prefixes and OpenID Connect scopes aside).',
    });
  });

  it('lists the scopes that differ', async () => {
    expect(
      await check(
        response({ access_token: ACCESS_TOKEN, scope: 'api://contoso/Orders.Read openid' }),
        'scope',
      ),
    ).toMatchObject({
      status: 'warning',
      message:
        'The scopes differ — granted by the response but not in scp: "Orders.Read"; in scp but not granted by the response: "access_as_user". The response may belong to another token request.',
    });
  });

  it('reads an RFC 9068 scope claim and says when there is none', async () => {
    const rfc9068 = encodeToken(
      { alg: 'RS256', typ: 'at+jwt' },
      { sub: 'u', client_id: 'c', scope: 'read write', exp: 2, iat: 1 },
      SIGNATURE,
    );
    expect(
      (await check(response({ access_token: rfc9068, scope: 'write read' }), 'scope')).status,
    ).toBe('pass');
    const appOnly = encodeToken(V2_HEADER, V2_APP_ONLY_PAYLOAD, SIGNATURE);
    expect((await check(response({ access_token: appOnly, scope: 'x' }), 'scope')).status).toBe(
      'info',
    );
  });
});

describe('lifetimes', () => {
  it('lists each token against now and says they were issued together', async () => {
    const now = (TEST_NOW_SECONDS + 3600) * 1000;
    expect(
      await check(response({ access_token: ACCESS_TOKEN, id_token: idToken() }), 'lifetimes', now),
    ).toEqual({
      id: 'lifetimes',
      status: 'info',
      title: 'Lifetimes',
      members: ['token-1', 'token-2'],
      message:
        'ID token: lives 1h00m (iat 2025-01-15T11:50:00Z to exp 2025-01-15T12:50:00Z), expired 10m ago. Access token: lives 1h15m (iat 2025-01-15T11:50:00Z to exp 2025-01-15T13:05:00Z), expires in 5m. They were issued in the same second.',
    });
  });

  it('says how far apart tokens issued moments apart were issued', async () => {
    const later = idToken({ iat: V2_ID_TOKEN_PAYLOAD.iat + 90 });
    expect(
      (await check(response({ access_token: ACCESS_TOKEN, id_token: later }), 'lifetimes')).message,
    ).toMatch(/ They were issued within 1m of each other\.$/);
  });

  it('warns when the tokens were issued hours apart', async () => {
    const old = idToken({ iat: TEST_NOW_SECONDS - 600 - 7500, exp: TEST_NOW_SECONDS - 600 - 3900 });
    const result = await check(
      response({ access_token: ACCESS_TOKEN, id_token: old }),
      'lifetimes',
    );
    expect(result.status).toBe('warning');
    expect(
      result.message.endsWith(
        'They were issued 2h05m apart, so they do not come from the same response.',
      ),
    ).toBe(true);
  });
});

describe('checkTokenSet', () => {
  it('leaves out the hash checks until the hashes of this very set are known', async () => {
    const example = SPEC['A.3'];
    const set = readSet(`#access_token=${example.access_token}&id_token=${example.id_token}`);
    const other = readSet(`#access_token=x&id_token=${example.id_token}`);
    expect(checkTokenSet(set, undefined, TEST_NOW).map((c) => c.id)).not.toContain('at-hash');
    expect(checkTokenSet(set, await hashTokenSet(other), TEST_NOW).map((c) => c.id)).not.toContain(
      'at-hash',
    );
    expect(checkTokenSet(set, await hashTokenSet(set), TEST_NOW).map((c) => c.id)).toContain(
      'at-hash',
    );
    expect(await hashTokenSet(set)).toEqual({ set, computed: { at_hash: example.at_hash } });
  });

  it('computes nothing without an ID token or a hash for its alg', async () => {
    const noId = readSet(`${ACCESS_TOKEN}\n${ACCESS_TOKEN}`);
    expect((await hashTokenSet(noId)).computed).toEqual({});
    const none = readSet(
      response({ access_token: ACCESS_TOKEN, id_token: idToken({}, { alg: 'none' }) }),
    );
    expect((await hashTokenSet(none)).computed).toEqual({});
  });

  it('has nothing to check for a single pasted token', async () => {
    expect(await checksOf(idToken())).toEqual([]);
  });

  it('orders the checks and never quotes the refresh token', async () => {
    const checks = await checksOf(
      response({
        access_token: ACCESS_TOKEN,
        id_token: idToken(),
        refresh_token: REFRESH_TOKEN,
        expires_in: 4499,
        scope: 'access_as_user',
      }),
    );
    expect(checks.map((c) => c.id)).toEqual([
      'at-hash',
      'nonce',
      'client',
      'same-tenant',
      'same-user',
      'same-subject',
      'expires-in',
      'scope',
      'lifetimes',
    ]);
    expect(JSON.stringify(checks)).not.toContain('AXoA');
  });
});
