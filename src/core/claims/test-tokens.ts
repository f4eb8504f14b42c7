/**
 * Tokens for tests (unit and e2e). Microsoft-shaped payloads modelled on the tokens in
 * Microsoft's access-token documentation, with identifiers of our own. Nothing here is signed.
 */
import { encodeBase64url } from '../token/base64url.ts';
import { decodeToken, type DecodedToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';

/** 2025-01-15T12:00:00Z: the "now" of every claims test. */
export const TEST_NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
export const TEST_NOW_SECONDS = TEST_NOW / 1000;

export const TEST_TENANT_ID = '5f2c8a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b';
const API_CLIENT_ID = 'a3c1e5f7-9b2d-4f6a-8c0e-1d3f5a7b9c2e';
const CALLER_CLIENT_ID = '0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b';

/** As long as a real RS256 signature (2048-bit key), so no length check fires; it verifies nothing. */
const SIGNATURE = new Uint8Array(256).fill(7);

export const V1_HEADER = {
  typ: 'JWT',
  alg: 'RS256',
  x5t: 'nOo3ZDrODXEK1jKWhXslHR_KXEg',
  kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg',
};

export const V2_HEADER = { typ: 'JWT', alg: 'RS256', kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg' };

/** A v1.0 delegated access token for an API, issued 10 minutes before TEST_NOW. */
export const V1_ACCESS_PAYLOAD = {
  aud: 'api://contoso-orders',
  iss: `https://sts.windows.net/${TEST_TENANT_ID}/`,
  iat: TEST_NOW_SECONDS - 600,
  nbf: TEST_NOW_SECONDS - 600,
  exp: TEST_NOW_SECONDS - 600 + 4500,
  acr: '1',
  aio: 'E2ZgYJh0bL1m8n7P/QAA=',
  amr: ['pwd', 'mfa'],
  appid: CALLER_CLIENT_ID,
  appidacr: '0',
  family_name: 'Lindqvist',
  given_name: 'Maja',
  ipaddr: '203.0.113.7',
  name: 'Maja Lindqvist',
  oid: '3d2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
  rh: '0.AAAA',
  scp: 'Orders.Read Orders.Write',
  sub: 'h2Xc9Q0pLr7sVb1mZk3Yt5Nw8Ae4Fu6Gi0Jo2Kq',
  tid: TEST_TENANT_ID,
  unique_name: 'maja@contoso.example',
  upn: 'maja@contoso.example',
  uti: 'Qm9vdGhTdHJhcEF0MQ',
  ver: '1.0',
  wids: ['62e90394-69f5-4237-9190-012177145e10', 'b79fbf4d-3ef9-4689-8143-76b194e85509'],
};

/** A v2.0 delegated access token for an API, issued 10 minutes before TEST_NOW. */
export const V2_ACCESS_PAYLOAD = {
  aud: API_CLIENT_ID,
  iss: `https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0`,
  iat: TEST_NOW_SECONDS - 600,
  nbf: TEST_NOW_SECONDS - 600,
  exp: TEST_NOW_SECONDS - 600 + 4500,
  aio: 'E2ZgYJh0bL1m8n7P/QAA=',
  azp: CALLER_CLIENT_ID,
  azpacr: '1',
  name: 'Maja Lindqvist',
  oid: '3d2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
  preferred_username: 'maja@contoso.example',
  rh: '0.AAAA',
  scp: 'access_as_user',
  sub: 'pW4qNs8dKf2Lh6Tz0Xb9Mc3Vj7Ry1Ge5Ua',
  tid: TEST_TENANT_ID,
  uti: 'Qm9vdGhTdHJhcEF0Mg',
  ver: '2.0',
};

/** A v2.0 app-only token (client credentials): roles, no scp, idtyp app. */
export const V2_APP_ONLY_PAYLOAD = {
  aud: API_CLIENT_ID,
  iss: `https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0`,
  iat: TEST_NOW_SECONDS - 600,
  nbf: TEST_NOW_SECONDS - 600,
  exp: TEST_NOW_SECONDS - 600 + 3600,
  azp: CALLER_CLIENT_ID,
  azpacr: '2',
  idtyp: 'app',
  oid: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  roles: ['Orders.Read.All'],
  sub: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  tid: TEST_TENANT_ID,
  ver: '2.0',
};

/** A v2.0 ID token for the app itself. */
export const V2_ID_TOKEN_PAYLOAD = {
  aud: CALLER_CLIENT_ID,
  iss: `https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0`,
  iat: TEST_NOW_SECONDS - 600,
  nbf: TEST_NOW_SECONDS - 600,
  exp: TEST_NOW_SECONDS - 600 + 3600,
  name: 'Maja Lindqvist',
  nonce: 'n-0S6_WzA2Mj',
  oid: '3d2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
  preferred_username: 'maja@contoso.example',
  sub: 'Yk2Vb8Nq4Wx0Ls6Jd1Hf3Gc5Tz7Rm9Pa',
  tid: TEST_TENANT_ID,
  ver: '2.0',
};

/** Decodes a token built from a header and a payload (a string payload is used as it is). */
export function decodeParts(
  header: unknown,
  payload: unknown,
  signature: Uint8Array = SIGNATURE,
): DecodedToken {
  return decodeToken(encodeToken(header, payload, signature));
}

/** Decodes a token from raw header and payload texts, for duplicate member names. */
export function decodeTexts(headerText: string, payloadText: string): DecodedToken {
  return decodeToken(
    [encodeBase64url(headerText), encodeBase64url(payloadText), encodeBase64url(SIGNATURE)].join(
      '.',
    ),
  );
}

/** A five-segment JWE with the given header; the other segments are placeholders. */
export function decodeJwe(header: unknown): DecodedToken {
  return decodeToken(
    [
      encodeBase64url(JSON.stringify(header)),
      'AAAA',
      'AAAAAAAAAAAAAAAA',
      'AAAA',
      'AAAAAAAAAAAAAAAAAAAAAA',
    ].join('.'),
  );
}

/** A copy of a payload without one claim. */
export function withoutClaim(payload: object, name: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([key]) => key !== name));
}
