import { describe, expect, it } from 'vitest';
import { isNumericDateClaim, lookupClaim, PAYLOAD_CLAIMS } from './claim-registry.ts';
import { HEADER_PARAMETERS } from './header-parameters.ts';

const ALL = [
  ...HEADER_PARAMETERS.map((entry) => ['header', entry] as const),
  ...PAYLOAD_CLAIMS.map((entry) => ['payload', entry] as const),
];

/** Every name issue 3 and identity-platform.md list. */
const REQUIRED_HEADER = [
  'alg',
  'typ',
  'cty',
  'kid',
  'x5t',
  'x5t#S256',
  'jku',
  'x5u',
  'jwk',
  'x5c',
  'crit',
  'b64',
  'enc',
  'zip',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'p2s',
  'p2c',
  'nonce',
];
const REQUIRED_PAYLOAD = [
  // RFC 7519
  'iss',
  'sub',
  'aud',
  'exp',
  'nbf',
  'iat',
  'jti',
  // OpenID Connect Core
  'auth_time',
  'nonce',
  'acr',
  'amr',
  'azp',
  'at_hash',
  'c_hash',
  'sid',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'email',
  'email_verified',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
  'phone_number_verified',
  'address',
  'updated_at',
  '_claim_names',
  '_claim_sources',
  // RFC 9068, RFC 8693, RFC 7800
  'client_id',
  'scope',
  'roles',
  'groups',
  'entitlements',
  'act',
  'may_act',
  'cnf',
  // Microsoft identity platform
  'idp',
  'aio',
  'rh',
  'appid',
  'appidacr',
  'azpacr',
  'scp',
  'wids',
  'hasgroups',
  'oid',
  'tid',
  'unique_name',
  'uti',
  'ver',
  'acrs',
  'xms_cc',
  'idtyp',
  'acct',
  'ctry',
  'tenant_ctry',
  'tenant_region_scope',
  'ipaddr',
  'onprem_sid',
  'in_corp',
  'pwd_exp',
  'pwd_url',
  'upn',
  'login_hint',
  'verified_primary_email',
  'verified_secondary_email',
];

const LINK_HOSTS = ['www.rfc-editor.org', 'openid.net', 'learn.microsoft.com'];

describe('the claim registry', () => {
  it('has no entry without a title and a description', () => {
    const missing = ALL.filter(
      ([, entry]) => entry.title.trim() === '' || entry.description.trim().length < 10,
    );
    expect(missing).toEqual([]);
  });

  it('says where every entry comes from, with an https link to a spec or the platform docs', () => {
    for (const [, entry] of ALL) {
      expect(entry.sources.length, entry.name).toBeGreaterThan(0);
      for (const source of entry.sources) {
        const url = new URL(source.url);
        expect(url.protocol, entry.name).toBe('https:');
        expect(LINK_HOSTS, `${entry.name}: ${source.url}`).toContain(url.hostname);
        expect(source.spec.trim(), entry.name).not.toBe('');
      }
      const urls = entry.sources.map((source) => source.url);
      expect(new Set(urls).size, entry.name).toBe(urls.length);
    }
  });

  it('has every header parameter and claim the issue lists', () => {
    expect(REQUIRED_HEADER.filter((name) => !lookupClaim('header', name))).toEqual([]);
    expect(REQUIRED_PAYLOAD.filter((name) => !lookupClaim('payload', name))).toEqual([]);
  });

  it('lists each name once per namespace', () => {
    const names = (entries: readonly { name: string }[]) => entries.map((entry) => entry.name);
    expect(new Set(names(HEADER_PARAMETERS)).size).toBe(HEADER_PARAMETERS.length);
    expect(new Set(names(PAYLOAD_CLAIMS)).size).toBe(PAYLOAD_CLAIMS.length);
  });

  it('keeps header parameters and payload claims apart', () => {
    for (const name of ['nonce', 'typ', 'cty']) {
      expect(lookupClaim('header', name)?.description).not.toBe(
        lookupClaim('payload', name)?.description,
      );
    }
    expect(lookupClaim('header', 'nonce')?.description).toMatch(
      /cannot be verified by third parties/,
    );
    expect(lookupClaim('payload', 'nonce')?.description).toMatch(/ID token/);
    expect(lookupClaim('payload', 'alg')).toBeUndefined();
    expect(lookupClaim('header', 'exp')).toBeUndefined();
  });

  it('notes the v1.0 / v2.0 differences', () => {
    expect(lookupClaim('payload', 'appid')?.versions).toEqual(['v1.0']);
    expect(lookupClaim('payload', 'appidacr')?.versions).toEqual(['v1.0']);
    expect(lookupClaim('payload', 'unique_name')?.versions).toEqual(['v1.0']);
    expect(lookupClaim('payload', 'azpacr')?.versions).toEqual(['v2.0']);
    expect(lookupClaim('header', 'x5t')?.versions).toEqual(['v1.0']);
    expect(lookupClaim('payload', 'iss')?.microsoft).toMatch(/sts\.windows\.net.*v2\.0/);
    expect(lookupClaim('payload', 'azp')?.microsoft).toMatch(/v2\.0/);
    expect(lookupClaim('payload', 'acr')?.microsoft).toMatch(/v1\.0/);
  });

  it('says Entra signs with asymmetric algorithms such as RS256, and that typ is in both versions', () => {
    expect(lookupClaim('header', 'alg')?.microsoft).toBe(
      'Entra ID signs with asymmetric algorithms such as RS256: a private key only Microsoft holds, checked with the public keys the tenant publishes. A token that names an Entra issuer but is protected with a shared secret (HS256…) or "none" deserves suspicion.',
    );
    expect(lookupClaim('header', 'typ')?.microsoft).toBe(
      'v1.0 and v2.0 tokens both carry "typ": "JWT". Of the header parameters, only x5t is v1.0-only.',
    );
    expect(lookupClaim('header', 'typ')?.versions).toBeUndefined();
    expect(HEADER_PARAMETERS.filter((entry) => entry.versions).map((entry) => entry.name)).toEqual([
      'x5t',
    ]);
  });

  it('explains accessTokenAcceptedVersion, the registration defaults and why lifetimes vary', () => {
    expect(lookupClaim('payload', 'ver')?.description).toBe(
      'The format of the token: "1.0" or "2.0". For an access token the API it is for chooses, through accessTokenAcceptedVersion in its app registration (manifest): null or 1 gives v1.0 tokens, 2 gives v2.0 — whichever endpoint, v1.0 or v2.0, the client asked, since either can issue either version. A new registration gets v1.0 if it accepts only work and school accounts, and v2.0 if it also accepts personal Microsoft accounts. ID tokens follow the endpoint that issued them.',
    );
    expect(lookupClaim('payload', 'iss')?.microsoft).toMatch(
      / The form follows the token version \(ver\), not the endpoint the client called\.$/,
    );
    expect(lookupClaim('payload', 'exp')?.microsoft).toBe(
      'Entra ID gives an access token a random lifetime between 60 and 90 minutes (75 on average), so that the renewals of many clients spread out instead of arriving in hourly spikes. Tenants without Conditional Access give clients such as Teams and Microsoft 365 two hours; CAE-capable clients can get long-lived tokens of 20 to 28 hours.',
    );
  });

  it('marks the NumericDate claims', () => {
    for (const name of ['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'pwd_exp']) {
      expect(isNumericDateClaim(name), name).toBe(true);
    }
    expect(isNumericDateClaim('sub')).toBe(false);
  });

  it('finds nothing for names inherited from Object.prototype', () => {
    expect(lookupClaim('payload', 'constructor')).toBeUndefined();
    expect(lookupClaim('header', '__proto__')).toBeUndefined();
    expect(lookupClaim('payload', 'toString')).toBeUndefined();
  });
});
