import { describe, expect, it } from 'vitest';
import { IMPLICIT_FLOW_NOTE } from '../simulate/token-flows.ts';
import { lookupClaim } from './claim-registry.ts';
import { PERSONAL_ACCOUNT_TENANT_ID } from './microsoft-issuer.ts';

/**
 * The facts of shared/docs/identity-platform.md that no other test pins. The rest are pinned
 * beside the code that uses them:
 * - lifetimes 60–90 min (mean 75), 2 h, 20–28 h, CTL: simulate/lifetime-policy.test.ts;
 * - SIF keeps the default variation, no SIF without Conditional Access: effective-policy.test.ts;
 * - prompts SIF to SIF + lifetime, the worked example (0:59, 90 min, 2:29, 1 h – 2.5 h):
 *   simulate-population.test.ts, worked-example.test.ts;
 * - MaxInactiveTime 5 days / away 7, MaxAgeSessionSingleFactor 1 day / 25 h:
 *   refresh-token-timeouts.test.ts; the revocation matrix: revocation-matrix.test.ts;
 * - which flow yields what: token-flows.test.ts;
 * - accessTokenAcceptedVersion, registration defaults, typ / x5t by version: claim-registry.test.ts;
 * - issuer formats and the personal-account tenant: microsoft-issuer.test.ts;
 * - client authentication 0/1/2, acct 0/1, acr, amr, wids, xms_cc cp1, idtyp app:
 *   annotate-payload-claim.test.ts; the documentation's tokens:
 *   documented-tokens.test.ts; Microsoft-API tokens: microsoft-resources.test.ts.
 */
describe('identity-platform facts pinned nowhere else', () => {
  it('a JWT carries at most 200 groups before group overage', () => {
    expect(lookupClaim('payload', 'groups')?.microsoft).toMatch(/A JWT holds at most 200;/);
    expect(lookupClaim('payload', '_claim_names')?.microsoft).toMatch(/^Group overage/);
  });

  it('implicit-flow tokens never carry groups or wids; hasgroups may stand in', () => {
    expect(IMPLICIT_FLOW_NOTE).toBe(
      'Implicit-flow tokens travel in the URL, whose length browsers limit, so they never carry the groups or wids claims; hasgroups: true may stand in for groups.',
    );
  });

  it('the personal-account tenant is 9188040d-6c67-4c5b-b112-36a304b66dad', () => {
    expect(PERSONAL_ACCOUNT_TENANT_ID).toBe('9188040d-6c67-4c5b-b112-36a304b66dad');
    expect(lookupClaim('payload', 'tid')?.description).toContain(PERSONAL_ACCOUNT_TENANT_ID);
  });

  it('RFC 9068 access tokens: typ at+jwt, and every claim it requires is described', () => {
    for (const name of ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti']) {
      expect(lookupClaim('payload', name), name).toBeDefined();
    }
    expect(lookupClaim('header', 'typ')?.description).toMatch(/"at\+jwt" marks an RFC 9068/);
  });

  it('idp differs from iss for guests; oid is the same across apps, sub is pairwise', () => {
    expect(lookupClaim('payload', 'idp')?.description).toMatch(/for a guest/);
    expect(lookupClaim('payload', 'oid')?.description).toMatch(/same in every application/);
    expect(lookupClaim('payload', 'sub')?.microsoft).toMatch(/^Pairwise/);
  });
});
