import { describe, expect, it } from 'vitest';
import { computeTokenHash, tokenHashAlgorithm } from './token-hash.ts';

// OpenID Connect Core 1.0, Appendix A.3 (response_type "id_token token") and A.4 ("code
// id_token"): the spec's own access token, code and hash claims, both for RS256.
const SPEC_ACCESS_TOKEN = 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y';
const SPEC_AT_HASH = '77QmUPtjPfzWtF2AnpK9RQ';
const SPEC_CODE = 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk';
const SPEC_C_HASH = 'LDktKdoQak3Pk0cnXxCltA';

// Vectors of panva/oidc-token-hash (its test suite), each recomputed independently with
// node:crypto when they were added here.
const TOKEN_384 =
  'NjlkNjk2ZGUtZWQ1YS00MmQ3LWExOGUtMjNiYTY2MDU4YjJhYmJls2NqVk9DX1z2vDl4MZMeF2XLfMwiXWmRYzUL0t_IY1nWFp6Moeu2GVmBoT_d0Acl4upDyfdGRjeR-ZIsUQ';
const TOKEN_25519 =
  'YmJiZTAwYmYtMzgyOC00NzhkLTkyOTItNjJjNDM3MGYzOWIy9sFhvH8K_x8UIHj1osisS57f5DduL-ar_qw5jl3lthwpMjm283aVMQXDmoqqqydDSqJfbhptzw8rUVwkuQbolw';

async function hashFor(value: string, alg: string): Promise<string> {
  const algorithm = tokenHashAlgorithm(alg);
  if (!algorithm.ok) throw new Error(algorithm.reason);
  return computeTokenHash(value, algorithm.digest);
}

describe('at_hash and c_hash', () => {
  it('reproduces the OpenID Connect Core examples (RS256)', async () => {
    expect(await hashFor(SPEC_ACCESS_TOKEN, 'RS256')).toBe(SPEC_AT_HASH);
    expect(await hashFor(SPEC_CODE, 'RS256')).toBe(SPEC_C_HASH);
  });

  it('uses SHA-384 for ES384: 24 bytes, 32 characters', async () => {
    expect(await hashFor(TOKEN_384, 'ES384')).toBe('rEF91trffQGMQVyqcnZvwddyQGLs6GTF');
    expect(await hashFor(TOKEN_384, 'RS384')).toBe('rEF91trffQGMQVyqcnZvwddyQGLs6GTF');
  });

  it('uses SHA-512 for EdDSA (Ed25519) and says it assumed the curve', async () => {
    expect(await hashFor(TOKEN_25519, 'EdDSA')).toBe('EGEAhGYyfuwDaVTifvrWSoD5MSy_5hZPy6I7Vm-7pTQ');
    expect(await hashFor(TOKEN_25519, 'Ed25519')).toBe(
      'EGEAhGYyfuwDaVTifvrWSoD5MSy_5hZPy6I7Vm-7pTQ',
    );
    expect(tokenHashAlgorithm('EdDSA')).toEqual({
      ok: true,
      digest: 'SHA-512',
      note: 'alg EdDSA is read as Ed25519, whose hash is SHA-512 (the OpenID Connect working group’s rule); an Ed448 key would use SHAKE256.',
    });
    expect(tokenHashAlgorithm('Ed25519')).toEqual({ ok: true, digest: 'SHA-512' });
  });

  it.each([
    ['HS256', 'SHA-256'],
    ['PS256', 'SHA-256'],
    ['ES256', 'SHA-256'],
    ['ES256K', 'SHA-256'],
    ['RS384', 'SHA-384'],
    ['PS512', 'SHA-512'],
    ['ES512', 'SHA-512'],
    ['HS512', 'SHA-512'],
  ])('hashes %s with %s', (alg, digest) => {
    expect(tokenHashAlgorithm(alg)).toEqual({ ok: true, digest });
  });

  it.each([
    [undefined, 'The ID token has no alg, so there is no hash to compute.'],
    ['none', 'alg "none" names no hash: an unsecured ID token binds nothing to it.'],
    ['NONE', 'alg "none" names no hash: an unsecured ID token binds nothing to it.'],
    ['Ed448', 'alg Ed448 hashes with SHAKE256, which Web Crypto does not provide.'],
    ['RS1', 'alg "RS1" names no hash that at_hash or c_hash could use.'],
    ['rs256', 'alg "rs256" names no hash that at_hash or c_hash could use.'],
  ])('names no hash for alg %j', (alg, reason) => {
    expect(tokenHashAlgorithm(alg)).toEqual({ ok: false, reason });
  });

  it('changes when one character of the value changes', async () => {
    expect(await hashFor(`${SPEC_ACCESS_TOKEN.slice(0, -1)}Z`, 'RS256')).not.toBe(SPEC_AT_HASH);
  });
});
