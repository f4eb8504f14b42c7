import type { JsonObject } from '../token/parse-json.ts';

/**
 * Example tokens for the Examples menu, so a first-time user can see everything Tokenscope does
 * without a token at hand. Claims follow the shapes the Microsoft identity platform, OpenID
 * Connect and RFC 9068 document; every identifier is made up. Times are relative to `now` so
 * an example is valid (or expired) when it is opened, and the page signs it with a key it
 * generates on the spot — nothing here is a real credential.
 */

export type ExampleProtection =
  /** Signed by the page with a fresh RS256 key; the public JWK is offered for verification. */
  | 'rs256'
  /** Signed with a well-known weak HMAC secret (the hostile example). */
  | 'weak-hmac'
  /** alg "none": no signature at all. */
  | 'none'
  /** Encrypted to a fresh RSA-OAEP-256 key; the header alone is readable. */
  | 'encrypt';

export interface ExampleToken {
  id: string;
  label: string;
  /** What the Summary region should call it (the e2e test checks each example against this). */
  kind: string;
  protection: ExampleProtection;
  header: JsonObject;
  /** A claims object, or raw JSON text when the example needs what objects cannot hold. */
  payload: JsonObject | string;
}

/** Weak on purpose: the default secret of a well-known JWT debugger. */
export const WEAK_EXAMPLE_SECRET = 'your-256-bit-secret';

const TENANT = '7a3f1c2e-5b8d-4e6f-9a0b-1c2d3e4f5a6b';
const CLIENT = '3c9e2b71-4d5a-4f8e-b6c1-2a9d8e7f6b5c';
const API = 'b1d4e6f8-2a3c-4b5d-8e9f-0a1b2c3d4e5f';
const OID = '5e8f1a2b-3c4d-4e5f-a6b7-c8d9e0f1a2b3';
const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';
const V1_ISSUER = `https://sts.windows.net/${TENANT}/`;
const V2_ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const KID = 'tokenscope-example-key';

export function buildExampleTokens(nowSeconds: number): ExampleToken[] {
  const now = Math.floor(nowSeconds);
  const minutes = (n: number) => now + n * 60;
  return [
    {
      id: 'id-token',
      label: 'ID token (OpenID Connect, Microsoft v2.0)',
      kind: 'ID token',
      protection: 'rs256',
      header: { typ: 'JWT', alg: 'RS256', kid: KID },
      payload: {
        aud: CLIENT,
        iss: V2_ISSUER,
        iat: minutes(-5),
        nbf: minutes(-5),
        exp: minutes(55),
        auth_time: minutes(-6),
        name: 'Ada Lovelace',
        nonce: 'n-0S6_WzA2Mj',
        oid: OID,
        preferred_username: 'ada@contoso.example',
        rh: '0.AX0AHKx2aaaa',
        sid: '00a1b2c3-d4e5-f6a7-b8c9-d0e1f2a3b4c5',
        sub: 'mN3Zq8b1xY2_pL4kR7tW9vH0sJ6dF5gA3cE1uI8oQ2',
        tid: TENANT,
        uti: 'Ab1Cd2Ef3Gh4',
        ver: '2.0',
      },
    },
    {
      id: 'access-v1',
      label: 'Access token v1.0 (delegated, with a directory role)',
      kind: 'Access token (delegated)',
      protection: 'rs256',
      header: { typ: 'JWT', alg: 'RS256', x5t: KID, kid: KID },
      payload: {
        aud: `api://${API}`,
        iss: V1_ISSUER,
        iat: minutes(-10),
        nbf: minutes(-10),
        exp: minutes(65),
        acr: '1',
        aio: 'E2ZgYJg5sXb3',
        amr: ['pwd', 'mfa'],
        appid: CLIENT,
        appidacr: '0',
        family_name: 'Lovelace',
        given_name: 'Ada',
        ipaddr: '203.0.113.7',
        name: 'Ada Lovelace',
        oid: OID,
        rh: '0.AX0AHKx2bbbb',
        scp: 'Orders.Read Orders.Write',
        sub: 'Zq8b1xY2_pL4kR7tW9vH0sJ6dF5gA3cE1uI8oQ2mN3',
        tid: TENANT,
        unique_name: 'ada@contoso.example',
        upn: 'ada@contoso.example',
        uti: 'Xy9Wv8Ut7Sr6',
        ver: '1.0',
        wids: [GLOBAL_ADMINISTRATOR],
      },
    },
    {
      id: 'access-v2',
      label: 'Access token v2.0 (delegated)',
      kind: 'Access token (delegated)',
      protection: 'rs256',
      header: { typ: 'JWT', alg: 'RS256', kid: KID },
      payload: {
        aud: API,
        iss: V2_ISSUER,
        iat: minutes(-2),
        nbf: minutes(-2),
        exp: minutes(80),
        aio: 'AWQAm/8ZAAAA',
        azp: CLIENT,
        azpacr: '0',
        name: 'Ada Lovelace',
        oid: OID,
        preferred_username: 'ada@contoso.example',
        rh: '0.AX0AHKx2cccc',
        scp: 'Orders.Read',
        sub: 'pL4kR7tW9vH0sJ6dF5gA3cE1uI8oQ2mN3Zq8b1xY2',
        tid: TENANT,
        uti: 'Qw1Er2Ty3Ui4',
        ver: '2.0',
        xms_cc: ['cp1'],
      },
    },
    {
      id: 'app-only',
      label: 'App-only access token (client credentials)',
      kind: 'Access token (app-only)',
      protection: 'rs256',
      header: { typ: 'JWT', alg: 'RS256', kid: KID },
      payload: {
        aud: API,
        iss: V2_ISSUER,
        iat: minutes(-1),
        nbf: minutes(-1),
        exp: minutes(59),
        azp: CLIENT,
        azpacr: '1',
        idtyp: 'app',
        oid: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        roles: ['Orders.Read.All', 'Orders.ReadWrite.All'],
        sub: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        tid: TENANT,
        ver: '2.0',
      },
    },
    {
      id: 'rfc9068',
      label: 'RFC 9068 JWT access token',
      kind: 'RFC 9068 JWT access token',
      protection: 'rs256',
      header: { typ: 'at+jwt', alg: 'RS256', kid: KID },
      payload: {
        iss: 'https://auth.example.com/',
        sub: 'user-5ba552d67',
        aud: 'https://rs.example.com/',
        exp: minutes(60),
        iat: now,
        jti: 'dbe39bf3a3ba4238a513f51d6e1691c4',
        client_id: 's6BhdRkqt3',
        scope: 'openid profile reademail',
        auth_time: minutes(-3),
        acr: 'urn:mace:incommon:iap:silver',
      },
    },
    {
      id: 'graph',
      label: 'Microsoft Graph token (nonce in header)',
      kind: 'Microsoft-API proprietary token',
      protection: 'rs256',
      header: { typ: 'JWT', nonce: 'x3Rk9QmZ8Lw2Ty7P', alg: 'RS256', x5t: KID, kid: KID },
      payload: {
        aud: '00000003-0000-0000-c000-000000000000',
        iss: V1_ISSUER,
        iat: minutes(-3),
        nbf: minutes(-3),
        exp: minutes(72),
        app_displayname: 'Contoso Orders',
        appid: CLIENT,
        appidacr: '0',
        name: 'Ada Lovelace',
        oid: OID,
        scp: 'User.Read Mail.Read',
        tid: TENANT,
        unique_name: 'ada@contoso.example',
        upn: 'ada@contoso.example',
        ver: '1.0',
      },
    },
    {
      id: 'jwe',
      label: 'Encrypted token (JWE, nested JWT)',
      kind: 'JWE with a nested JWT',
      protection: 'encrypt',
      header: { alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: KID },
      payload: { iss: V2_ISSUER, sub: 'secret-subject', exp: minutes(60) },
    },
    {
      id: 'unsecured',
      label: 'Unsecured token (alg none)',
      kind: 'Unsecured JWT',
      protection: 'none',
      header: { alg: 'none', typ: 'JWT' },
      payload: { iss: 'https://issuer.example/', sub: 'anyone', admin: true, exp: minutes(30) },
    },
    {
      id: 'expired',
      label: 'Expired access token',
      kind: 'Access token (delegated)',
      protection: 'rs256',
      header: { typ: 'JWT', alg: 'RS256', kid: KID },
      payload: {
        aud: API,
        iss: V2_ISSUER,
        iat: minutes(-240),
        nbf: minutes(-240),
        exp: minutes(-165),
        azp: CLIENT,
        azpacr: '0',
        oid: OID,
        scp: 'Orders.Read',
        sub: 'pL4kR7tW9vH0sJ6dF5gA3cE1uI8oQ2mN3Zq8b1xY2',
        tid: TENANT,
        ver: '2.0',
      },
    },
    {
      id: 'hostile',
      label: 'Hostile token (header tricks, markup, weak secret)',
      kind: 'Access token (delegated)',
      protection: 'weak-hmac',
      header: {
        alg: 'HS256',
        typ: 'JWT',
        kid: "../../../../dev/null'; DROP TABLE keys;--",
        jku: 'https://attacker.example/jwks.json',
      },
      // Raw text: a duplicate "sub" member, which a JSON object cannot hold.
      payload: `{"iss":"https://issuer.example/","sub":"alice","aud":"api://orders","scp":"Orders.Read","name":"<img src=x onerror=alert(1)>","website":"javascript:alert(document.domain)","note":"invoice\\u202Egnp.exe","iat":${now},"sub":"admin"}`,
    },
  ];
}
