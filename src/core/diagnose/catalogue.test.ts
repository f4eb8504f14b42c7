import { describe, expect, it } from 'vitest';
import {
  decodeParts,
  TEST_NOW_SECONDS,
  TEST_NOW,
  TEST_TENANT_ID,
  V2_ACCESS_PAYLOAD,
  V2_HEADER,
} from '../claims/test-tokens.ts';
import { decodeToken, type DecodedToken } from '../token/decode-token.ts';
import { CATALOGUE } from './catalogue.ts';
import { diagnose } from './diagnose.ts';
import type { TokenVerdict } from './token-assessment.ts';

const NOW = TEST_NOW_SECONDS; // 2025-01-15T12:00:00Z
const API = V2_ACCESS_PAYLOAD.aud;
const GRAPH = '00000003-0000-0000-c000-000000000000';
const KID = V2_HEADER.kid;
const V1_ISSUER = `https://sts.windows.net/${TEST_TENANT_ID}/`;
const V2_ISSUER = `https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0`;

/** The v2.0 access token of the claims tests (valid from 11:50 to 13:05), changed as asked. */
function token(
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
  signature?: Uint8Array,
): DecodedToken {
  const payload = Object.fromEntries(
    Object.entries({ ...V2_ACCESS_PAYLOAD, ...claims }).filter(([, value]) => value !== undefined),
  );
  const fullHeader = Object.fromEntries(
    Object.entries({ ...V2_HEADER, ...header }).filter(([, value]) => value !== undefined),
  );
  return decodeParts(fullHeader, payload, signature);
}

const plain = token();
const graphToken = token({ aud: GRAPH }, { nonce: 'x-ms-graph-nonce' });
const unsigned = token({}, {}, new Uint8Array());
const unsecured = token({}, { alg: 'none' }, new Uint8Array());
const malformed = decodeToken('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0');
const expired = token({ iat: NOW - 7200, nbf: NOW - 7200, exp: NOW - 3600 }); // 10:00 to 11:00

/**
 * Every catalogue entry: an error text that names it, a token whose claims cause it, and one
 * that does not. Entries not about a claim of the token say so for any token.
 */
interface Case {
  text: string;
  causing?: DecodedToken;
  passing?: DecodedToken;
  /** Not about one claim: the verdict for any token. */
  independent?: TokenVerdict;
}

const IDX_TIME_EXPIRED = "Current time (UTC): '1/15/2025 12:00:00 PM'";

const CASES: Record<string, Case> = {
  IDX10204: {
    text: 'IDX10204: Unable to validate issuer. validationParameters.ValidIssuer is null or whitespace AND validationParameters.ValidIssuers is null or empty.',
    independent: 'not-applicable',
  },
  IDX10205: {
    text: `IDX10205: Issuer validation failed. Issuer: '${V1_ISSUER}'. Did not match: validationParameters.ValidIssuer: '${V2_ISSUER}' or validationParameters.ValidIssuers: 'null' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'null'.`,
    causing: token({ iss: V1_ISSUER }),
    passing: plain,
  },
  IDX10206: {
    text: "IDX10206: Unable to validate audience. The 'audiences' parameter is empty.",
    causing: token({ aud: [] }),
    passing: plain,
  },
  IDX10207: {
    text: "IDX10207: Unable to validate audience. The 'audiences' parameter is null.",
    causing: token({ aud: undefined }),
    passing: plain,
  },
  IDX10208: {
    text: 'IDX10208: Unable to validate audience. validationParameters.ValidAudience is null or whitespace and validationParameters.ValidAudiences is null.',
    independent: 'not-applicable',
  },
  IDX10209: {
    text: "IDX10209: Token has length: '3600' which is larger than the MaximumTokenSizeInBytes: '2000'.",
    causing: token({ groups: Array.from({ length: 60 }, (_, i) => `${i}`.padStart(36, '0')) }),
    passing: plain,
  },
  IDX10211: {
    text: "IDX10211: Unable to validate issuer. The 'issuer' parameter is null or whitespace",
    causing: token({ iss: '' }),
    passing: plain,
  },
  IDX10214: {
    text: `IDX10214: Audience validation failed. Audiences: '${GRAPH}'. Did not match: validationParameters.ValidAudience: '${API}' or validationParameters.ValidAudiences: 'null'.`,
    causing: token({ aud: GRAPH }),
    passing: plain,
  },
  IDX10222: {
    text: `IDX10222: Lifetime validation failed. The token is not yet valid. ValidFrom (UTC): '1/15/2025 1:00:00 PM', ${IDX_TIME_EXPIRED}.`,
    causing: token({ nbf: NOW + 3600 }),
    passing: plain,
  },
  IDX10223: {
    text: `IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '1/15/2025 11:00:00 AM', ${IDX_TIME_EXPIRED}.`,
    causing: expired,
    passing: plain,
  },
  IDX10224: {
    text: "IDX10224: Lifetime validation failed. The NotBefore (UTC): '1/15/2025 2:00:00 PM' is after Expires (UTC): '1/15/2025 1:05:00 PM'.",
    causing: token({ nbf: NOW + 7200 }),
    passing: plain,
  },
  IDX10225: {
    text: "IDX10225: Lifetime validation failed. The token is missing an Expiration Time. Tokentype: 'Microsoft.IdentityModel.JsonWebTokens.JsonWebToken'.",
    causing: token({ exp: undefined }),
    passing: plain,
  },
  IDX10230: {
    text: "IDX10230: Lifetime validation failed. Delegate returned false, securitytoken: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.",
    causing: expired,
    passing: plain,
  },
  IDX10231: {
    text: "IDX10231: Audience validation failed. Delegate returned false, securitytoken: '[PII is hidden]'.",
    causing: token({ aud: GRAPH }),
    passing: plain,
  },
  IDX10256: {
    text: "IDX10256: Unable to validate the token type. TokenValidationParameters.ValidTypes is set, but the 'typ' header claim is null or empty.",
    causing: token({}, { typ: undefined }),
    passing: plain,
  },
  IDX10257: {
    text: "IDX10257: Token type validation failed. Type: 'JWT'. Did not match: validationParameters.TokenTypes: 'at+jwt'.",
    causing: plain,
    passing: token({}, { typ: 'at+jwt' }),
  },
  IDX10500: {
    text: 'IDX10500: Signature validation failed. No security keys were provided to validate the signature.',
    causing: graphToken,
    passing: plain,
  },
  IDX10501: {
    text: `IDX10501: Signature validation failed. Unable to match key: \nkid: '${KID}'.`,
    causing: graphToken,
    passing: plain,
  },
  IDX10503: {
    text: `IDX10503: Signature validation failed. The token's kid is: '${KID}', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'Microsoft.IdentityModel.Tokens.X509SecurityKey'. Number of keys in TokenValidationParameters: '0'. \nNumber of keys in Configuration: '3'.`,
    causing: graphToken,
    passing: plain,
  },
  IDX10504: {
    text: "IDX10504: Unable to validate signature, token does not have a signature: '[PII is hidden]'.",
    causing: unsigned,
    passing: plain,
  },
  IDX10511: {
    text: `IDX10511: Signature validation failed. Keys tried: 'RsaSecurityKey'. \nNumber of keys in TokenValidationParameters: '0'. \nNumber of keys in Configuration: '1'. \nMatched key was in 'Configuration'. \nkid: '${KID}'.`,
    causing: graphToken,
    passing: plain,
  },
  IDX10516: {
    text: `IDX10516: Signature validation failed. Unable to match key: \nkid: '${KID}'. \nNumber of keys in TokenValidationParameters: '0'. Valid Lifetime: 'True'. Valid Issuer: 'True'`,
    causing: graphToken,
    passing: plain,
  },
  IDX10517: {
    text: "IDX10517: Signature validation failed. The token's kid is missing. Keys tried: 'RsaSecurityKey'.",
    causing: token({}, { kid: undefined }),
    passing: plain,
  },
  IDX10634: {
    text: "IDX10634: Unable to create the SignatureProvider.\nAlgorithm: 'none', SecurityKey: '[PII is hidden]'\n is not supported.",
    causing: unsecured,
    passing: plain,
  },
  IDX10696: {
    text: "IDX10696: The algorithm 'none' is not in the user-defined accepted list of algorithms.",
    causing: unsecured,
    passing: plain,
  },
  IDX10720: {
    text: "IDX10720: Unable to create KeyedHashAlgorithm for algorithm 'HS256', the key size must be greater than: '256' bits, key has '128' bits.",
    causing: unsecured,
    passing: token({}, { alg: 'HS256' }),
  },
  IDX12709: {
    text: "IDX12709: CanReadToken() returned false. JWT is not well formed: '[PII is hidden]'.",
    causing: malformed,
    passing: plain,
  },
  IDX12741: {
    text: "IDX12741: JWT: '[PII is hidden]' must have three segments (JWS) or five segments (JWE).",
    causing: malformed,
    passing: plain,
  },
  IDX14100: {
    text: 'IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format.',
    causing: decodeToken('EwBwA8l6BAAUopaque'),
    passing: plain,
  },
  IDX14120: {
    text: 'IDX14120: JWT is not well formed, there is only one dot (.).',
    causing: malformed,
    passing: plain,
  },
  IDX20803: {
    text: "IDX20803: Unable to obtain configuration from: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'.",
    independent: 'not-applicable',
  },
  'aspnetcore:audience': {
    text: `WWW-Authenticate: Bearer error="invalid_token", error_description="The audience '${GRAPH}' is invalid"`,
    causing: token({ aud: GRAPH }),
    passing: plain,
  },
  'aspnetcore:issuer': {
    text: `Bearer error="invalid_token", error_description="The issuer '${V1_ISSUER}' is invalid"`,
    causing: token({ iss: undefined }),
    passing: plain,
  },
  'aspnetcore:expired': {
    text: `Bearer error="invalid_token", error_description="The token expired at '01/15/2025 11:00:00'"`,
    causing: expired,
    passing: plain,
  },
  'aspnetcore:not-yet-valid': {
    text: `Bearer error="invalid_token", error_description="The token is not valid before '01/15/2025 13:00:00'"`,
    causing: token({ nbf: NOW + 3600 }),
    passing: plain,
  },
  'aspnetcore:no-expiration': {
    text: 'Bearer error="invalid_token", error_description="The token has no expiration"',
    causing: token({ exp: undefined }),
    passing: plain,
  },
  'aspnetcore:lifetime': {
    text: 'Bearer error="invalid_token", error_description="The token lifetime is invalid; NotBefore: \'01/15/2025 14:00:00\', Expires: \'01/15/2025 13:05:00\'"',
    causing: token({ nbf: NOW + 7200 }),
    passing: plain,
  },
  'aspnetcore:key-not-found': {
    text: 'Bearer error="invalid_token", error_description="The signature key was not found"',
    causing: graphToken,
    passing: plain,
  },
  'aspnetcore:signature-invalid': {
    text: 'Bearer error="invalid_token", error_description="The signature is invalid"',
    causing: unsigned,
    passing: plain,
  },
  AADSTS50013: {
    text: `MsalUiRequiredException: AADSTS50013: Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${GRAPH}' and the expected audience is '${API}' or one of the Application Uris of this application.`,
    causing: token({ aud: GRAPH }),
    passing: plain,
  },
  AADSTS500133: {
    text: 'AADSTS500133: Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token. Current time: 2025-01-15T12:00:00.0000000Z, expiry time of assertion 2025-01-15T11:00:00.0000000Z.',
    causing: expired,
    passing: plain,
  },
  AADSTS700024: {
    text: 'AADSTS700024: Client assertion is not within its valid time range. Current time: 2025-01-15T12:00:00.0000000Z, assertion valid from 2025-01-15T10:00:00.0000000Z, expiry time of assertion 2025-01-15T10:10:00.0000000Z.',
    causing: token({ nbf: NOW - 7200, iat: NOW - 7200, exp: NOW - 6600 }),
    passing: plain,
  },
  AADSTS50105: {
    text: "AADSTS50105: Your administrator has configured the application to block users unless they are specifically granted ('assigned') access.",
    independent: 'not-applicable',
  },
  AADSTS65001: {
    text: "AADSTS65001: The user or administrator has not consented to use the application with ID 'x' named 'y'.",
    independent: 'not-applicable',
  },
  AADSTS65004: {
    text: 'AADSTS65004: User declined to consent to access the app.',
    independent: 'not-applicable',
  },
  AADSTS70011: {
    text: "AADSTS70011: The provided value for the input parameter 'scope' isn't valid. The scope https://example.contoso.com/activity.read isn't valid.",
    independent: 'not-applicable',
  },
  AADSTS700016: {
    text: "AADSTS700016: Application with identifier 'x' was not found in the directory 'Contoso'.",
    independent: 'not-applicable',
  },
  AADSTS7000215: {
    text: 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
    independent: 'not-applicable',
  },
  AADSTS7000222: {
    text: 'AADSTS7000222: The provided client secret keys for app are expired.',
    independent: 'not-applicable',
  },
  AADSTS9002326: {
    text: "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: 'http://localhost:3000'.",
    independent: 'not-applicable',
  },
  AADSTS50076: {
    text: "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access 'x'.",
    causing: token({ amr: ['pwd'] }),
    passing: token({ amr: ['pwd', 'mfa'] }),
  },
  AADSTS50079: {
    text: 'AADSTS50079: Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access.',
    causing: token({ amr: ['pwd'] }),
    passing: token({ amr: ['pwd', 'mfa'] }),
  },
  AADSTS50173: {
    text: 'AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.',
    independent: 'not-applicable',
  },
  AADSTS700082: {
    text: 'AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2024-10-01T00:00:00Z and was inactive for 90.00:00:00.',
    independent: 'not-applicable',
  },
  AADSTS70008: {
    text: 'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
    independent: 'not-applicable',
  },
  AADSTS700084: {
    text: 'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which can not be extended.',
    independent: 'not-applicable',
  },
  AADSTS70043: {
    text: 'AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
    independent: 'cannot-tell',
  },
  AADSTS50058: {
    text: 'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    independent: 'not-applicable',
  },
  AADSTS50126: {
    text: 'AADSTS50126: Error validating credentials due to invalid username or password.',
    independent: 'not-applicable',
  },
  AADSTS54005: {
    text: 'AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
    independent: 'not-applicable',
  },
  AADSTS50011: {
    text: "AADSTS50011: The redirect URI 'http://localhost:3000' specified in the request does not match the redirect URIs configured for the application.",
    independent: 'not-applicable',
  },
  AADSTS500011: {
    text: 'AADSTS500011: The resource principal named api://orders was not found in the tenant named Contoso.',
    independent: 'not-applicable',
  },
  AADSTS700027: {
    text: 'AADSTS700027: Client assertion failed signature validation.',
    independent: 'not-applicable',
  },
  'oauth:invalid_request': {
    text: 'WWW-Authenticate: Bearer error="invalid_request", error_description="The request has two tokens"',
    independent: 'not-applicable',
  },
  'oauth:invalid_token': {
    text: 'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
    causing: expired,
    passing: plain,
  },
  'oauth:insufficient_scope': {
    text: 'WWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="Orders.Write"',
    causing: token({ scp: 'Orders.Read' }),
    passing: token({ scp: 'Orders.Read Orders.Write' }),
  },
  'oauth:insufficient_claims': {
    text: 'WWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwNDEwNjY1MSJ9fX0="',
    independent: 'cannot-tell',
  },
  'oauth:invalid_grant': {
    text: '{"error":"invalid_grant","error_description":"The grant is gone"}',
    independent: 'not-applicable',
  },
  'oauth:invalid_client': {
    text: '{"error":"invalid_client","error_description":"No"}',
    independent: 'not-applicable',
  },
  'oauth:interaction_required': {
    text: '#error=interaction_required&error_description=Sign+in',
    independent: 'not-applicable',
  },
  'jose:exp': {
    text: 'JWTExpired: "exp" claim timestamp check failed',
    causing: token({ exp: NOW - 1 }),
    passing: plain,
  },
  'jose:iat-age': {
    text: 'JWTExpired: "iat" claim timestamp check failed (too far in the past)',
    causing: token({ iat: undefined }),
    passing: plain,
  },
  'jose:ERR_JWT_EXPIRED': {
    text: "Error { code: 'ERR_JWT_EXPIRED', claim: 'exp', reason: 'check_failed' }",
    causing: expired,
    passing: plain,
  },
  'jose:nbf': {
    text: 'JWTClaimValidationFailed: "nbf" claim timestamp check failed',
    causing: token({ nbf: NOW + 60 }),
    passing: plain,
  },
  'jose:iat-future': {
    text: 'JWTClaimValidationFailed: "iat" claim timestamp check failed (it should be in the past)',
    causing: token({ iat: NOW + 60 }),
    passing: plain,
  },
  'jose:aud': {
    text: 'JWTClaimValidationFailed: unexpected "aud" claim value',
    causing: token({ aud: GRAPH }),
    passing: plain,
  },
  'jose:iss': {
    text: 'JWTClaimValidationFailed: unexpected "iss" claim value',
    causing: token({ iss: undefined }),
    passing: plain,
  },
  'jose:sub': {
    text: 'JWTClaimValidationFailed: unexpected "sub" claim value',
    causing: token({ sub: undefined }),
    passing: plain,
  },
  'jose:typ': {
    text: 'JWTClaimValidationFailed: unexpected "typ" JWT header value',
    causing: token({}, { typ: undefined }),
    passing: plain,
  },
  'jose:missing-claim': {
    text: 'JWTClaimValidationFailed: missing required "nonce" claim',
    causing: plain,
    passing: token({ nonce: 'n-0S6_WzA2Mj' }),
  },
  'jose:ERR_JWT_CLAIM_VALIDATION_FAILED': {
    text: "code: 'ERR_JWT_CLAIM_VALIDATION_FAILED'",
    independent: 'not-applicable',
  },
  'jose:ERR_JWS_SIGNATURE_VERIFICATION_FAILED': {
    text: 'JWSSignatureVerificationFailed: signature verification failed',
    causing: graphToken,
    passing: plain,
  },
  'jose:ERR_JWKS_NO_MATCHING_KEY': {
    text: 'JWKSNoMatchingKey: no applicable key found in the JSON Web Key Set',
    causing: graphToken,
    passing: plain,
  },
  'jose:ERR_JWKS_MULTIPLE_MATCHING_KEYS': {
    text: 'JWKSMultipleMatchingKeys: multiple matching keys found in the JSON Web Key Set',
    causing: graphToken,
    passing: plain,
  },
  'jose:ERR_JOSE_ALG_NOT_ALLOWED': {
    text: 'JOSEAlgNotAllowed: "alg" (Algorithm) Header Parameter value not allowed',
    causing: unsecured,
    passing: plain,
  },
  'jose:ERR_JWT_INVALID': {
    text: 'JWTInvalid: Invalid JWT',
    causing: malformed,
    passing: plain,
  },
  'jose:ERR_JWS_INVALID': {
    text: 'JWSInvalid: Invalid Compact JWS',
    causing: malformed,
    passing: plain,
  },
  'jsonwebtoken:jwt-expired': {
    text: 'TokenExpiredError: jwt expired\n    at verify (node_modules/jsonwebtoken/verify.js:190:21) {\n  expiredAt: 2025-01-15T11:00:00.000Z\n}',
    causing: expired,
    passing: plain,
  },
  'jsonwebtoken:jwt-not-active': {
    text: 'NotBeforeError: jwt not active\n  date: 2025-01-15T13:00:00.000Z',
    causing: token({ nbf: NOW + 3600 }),
    passing: plain,
  },
  'jsonwebtoken:jwt-malformed': {
    text: 'JsonWebTokenError: jwt malformed',
    causing: malformed,
    passing: plain,
  },
  'jsonwebtoken:invalid-signature': {
    text: 'JsonWebTokenError: invalid signature',
    causing: unsigned,
    passing: plain,
  },
  'jsonwebtoken:jwt-signature-is-required': {
    text: 'JsonWebTokenError: jwt signature is required',
    causing: unsigned,
    passing: plain,
  },
  'jsonwebtoken:invalid-algorithm': {
    text: 'JsonWebTokenError: invalid algorithm',
    causing: unsecured,
    passing: plain,
  },
  'jsonwebtoken:jwt-must-be-provided': {
    text: 'JsonWebTokenError: jwt must be provided',
    independent: 'not-applicable',
  },
  'jsonwebtoken:jwt-audience-invalid': {
    text: 'JsonWebTokenError: jwt audience invalid. expected: api://orders or api://orders-staging',
    causing: plain,
    passing: token({ aud: 'api://orders' }),
  },
  'jsonwebtoken:jwt-issuer-invalid': {
    text: `JsonWebTokenError: jwt issuer invalid. expected: ${V2_ISSUER}`,
    causing: token({ iss: V1_ISSUER }),
    passing: plain,
  },
  'jsonwebtoken:jwt-subject-invalid': {
    text: 'JsonWebTokenError: jwt subject invalid. expected: someone-else',
    causing: plain,
    passing: token({ sub: 'someone-else' }),
  },
  'jsonwebtoken:maxage-exceeded': {
    text: 'TokenExpiredError: maxAge exceeded',
    causing: token({ iat: undefined }),
    passing: plain,
  },
};

function findingFor(id: string, text: string, current: DecodedToken | undefined) {
  return diagnose(text, current, TEST_NOW).findings.find((finding) => finding.id === id);
}

describe('the diagnosis catalogue', () => {
  it('has at least 30 entries, each with a unique id, a source link and a test case', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CATALOGUE.map((entry) => entry.id)).size).toBe(CATALOGUE.length);
    for (const entry of CATALOGUE) {
      expect(entry.source.url).toMatch(/^https:\/\//);
      expect(CASES[entry.id], entry.id).toBeDefined();
    }
    expect(Object.keys(CASES).sort()).toEqual(CATALOGUE.map((entry) => entry.id).sort());
  });

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))('%s: found in its text', (id) => {
    const finding = findingFor(id, CASES[id]!.text, plain);
    expect(finding).toBeDefined();
    expect(finding?.title).not.toBe('');
    expect(finding?.fix.split(/(?<=\.) /).length).toBeLessThanOrEqual(2);
  });

  it.each(CATALOGUE.map((entry) => [entry.id] as const))(
    '%s: not found in unrelated text',
    (id) => {
      expect(
        findingFor(id, 'The request failed with status 401 Unauthorized.', plain),
      ).toBeUndefined();
    },
  );

  const withTokens = CATALOGUE.filter((entry) => !CASES[entry.id]?.independent);
  it.each(withTokens.map((entry) => [entry.id] as const))(
    '%s: a token that causes it, and one that does not',
    (id) => {
      const testCase = CASES[id]!;
      const caused = findingFor(id, testCase.text, testCase.causing);
      expect(caused?.token.verdict, caused?.token.message).toBe('causes');
      const passed = findingFor(id, testCase.text, testCase.passing);
      expect(['passes', 'other-token', 'cannot-tell'], passed?.token.message).toContain(
        passed?.token.verdict,
      );
    },
  );

  const independent = CATALOGUE.filter((entry) => CASES[entry.id]?.independent);
  it.each(independent.map((entry) => [entry.id] as const))(
    '%s: not caused by one claim, whatever the token',
    (id) => {
      const testCase = CASES[id]!;
      for (const current of [plain, expired, graphToken]) {
        expect(findingFor(id, testCase.text, current)?.token.verdict).toBe(testCase.independent);
      }
    },
  );

  it('asks for the token when there is none', () => {
    const finding = findingFor('IDX10214', CASES.IDX10214!.text, undefined);
    expect(finding?.token).toEqual({
      verdict: 'no-token',
      message:
        'Paste the rejected token into the Token box to see which of its claims causes this.',
      claims: [],
    });
    expect(findingFor('AADSTS50105', CASES.AADSTS50105!.text, undefined)?.token.verdict).toBe(
      'not-applicable',
    );
  });

  it('cannot compare claims of a token that does not decode', () => {
    expect(findingFor('IDX10214', CASES.IDX10214!.text, decodeToken('%%%.%%%.%%%'))?.token).toEqual(
      {
        verdict: 'cannot-tell',
        message:
          "The current token's claims cannot be read, so they cannot be compared with this error: Header segment: character 1 is '%' (U+0025), which base64url does not allow (only A–Z a–z 0–9 - _).",
        claims: [],
      },
    );
  });
});
