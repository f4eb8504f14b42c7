import type { SpecReference } from '../claims/registry-entry.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';

const REPOSITORY =
  'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src';

type Package =
  | 'Microsoft.IdentityModel.Tokens'
  | 'Microsoft.IdentityModel.JsonWebTokens'
  | 'System.IdentityModel.Tokens.Jwt'
  | 'Microsoft.IdentityModel.Protocols';

/** Where the library defines the message: its LogMessages file, named by code. */
function logMessages(code: string, library: Package): SpecReference {
  return {
    spec: `${library} log messages`,
    section: code,
    url: `${REPOSITORY}/${library}/LogMessages.cs`,
  };
}

/** IdentityModel's own clock skew: TokenValidationParameters.DefaultClockSkew, 5 minutes. */
const DEFAULT_CLOCK_SKEW = 300;

type Fields = Omit<CatalogueEntry, 'id' | 'family' | 'code' | 'pattern' | 'source'>;

function idx(code: string, library: Package, fields: Fields): CatalogueEntry {
  return {
    id: code,
    family: 'identity-model',
    code,
    pattern: new RegExp(`\\b${code}\\b`),
    source: logMessages(code, library),
    ...fields,
  };
}

const TOKENS = 'Microsoft.IdentityModel.Tokens';
const JSON_WEB_TOKENS = 'Microsoft.IdentityModel.JsonWebTokens';
const JWT = 'System.IdentityModel.Tokens.Jwt';

const KID_FIX =
  'Take the keys from the issuer that signed the token (the jwks_uri of its discovery document) and let them refresh when keys roll over. A token for Microsoft Graph cannot be validated by your API at all, and an app with its own signing key needs ?appid={client id} on its metadata address.';

/** Microsoft.IdentityModel (used by ASP.NET Core, Microsoft.Identity.Web, MSAL.NET). */
export const IDENTITY_MODEL_ENTRIES: readonly CatalogueEntry[] = [
  idx('IDX10204', TOKENS, {
    title: 'No valid issuer configured',
    meaning:
      'Issuer validation is on, but the validator was given nothing to compare iss with: ValidIssuer and ValidIssuers are empty and no discovery document supplied an issuer.',
    fix: 'Set the Authority (the issuer then comes from its discovery document), or set ValidIssuer or ValidIssuers to the issuer your tokens carry.',
    check: 'configure-issuer',
  }),
  idx('IDX10205', TOKENS, {
    title: 'Issuer validation failed',
    meaning:
      "The token's iss is not one of the issuers the validator accepts (ValidIssuer, ValidIssuers or the issuer of the discovery document).",
    fix: "Accept the issuer the token really has. Entra v1.0 tokens come from https://sts.windows.net/{tenant}/ and v2.0 tokens from https://login.microsoftonline.com/{tenant}/v2.0; a multi-tenant API compares iss per tenant, with {tenantid} replaced by the token's tid.",
    check: 'issuer',
  }),
  idx('IDX10206', TOKENS, {
    title: 'Token audience is empty',
    meaning: "The token's aud claim is there but empty, so the token names no recipient.",
    fix: 'Send a token issued for this API; identity providers always name the audience.',
    check: 'audience-present',
  }),
  idx('IDX10207', TOKENS, {
    title: 'Token has no audience',
    meaning: 'The token has no aud claim, so it names no recipient that could accept it.',
    fix: 'Send a token issued for this API; identity providers always name the audience.',
    check: 'audience-present',
  }),
  idx('IDX10208', TOKENS, {
    title: 'No valid audience configured',
    meaning:
      'Audience validation is on, but the validator was given no audience to compare aud with (ValidAudience and ValidAudiences are empty).',
    fix: "Set ValidAudience or ValidAudiences to your API's identifiers: its client ID (v2.0 tokens) and its App ID URI (v1.0 tokens).",
    check: 'configure-audience',
  }),
  idx('IDX10209', TOKENS, {
    title: 'Token too large',
    meaning:
      'The token is longer than the validator accepts (MaximumTokenSizeInBytes, 250 KB unless changed).',
    fix: 'Tokens this large nearly always carry thousands of group ids: emit only the groups assigned to the app, or app roles, instead of raising the limit.',
    check: 'size',
  }),
  idx('IDX10211', TOKENS, {
    title: 'Token has no issuer',
    meaning: "The token's iss claim is missing or empty, so there is no issuer to validate.",
    fix: 'Use a token from the real sign-in: identity providers always set iss. A token without one was built by hand or by a misconfigured issuer.',
    check: 'issuer-present',
  }),
  idx('IDX10214', TOKENS, {
    title: 'Audience validation failed',
    meaning:
      "The token's aud is not among the audiences the validator accepts (ValidAudience, ValidAudiences).",
    fix: "Request the token for this API (a scope such as api://{API client id}/access_as_user, not a Microsoft Graph scope) and accept the API's own identifiers: its client ID for v2.0 tokens, its App ID URI for v1.0 tokens.",
    check: 'audience',
  }),
  idx('IDX10222', TOKENS, {
    title: 'Token not yet valid',
    meaning:
      "The token's nbf is later than the validator's clock, even allowing the clock skew (5 minutes by default).",
    fix: 'Check the clock of the machine that validates and keep it in sync (NTP): real tokens are valid from the moment they are issued.',
    check: 'not-before',
    clockSkewSeconds: DEFAULT_CLOCK_SKEW,
  }),
  idx('IDX10223', TOKENS, {
    title: 'Token expired',
    meaning:
      "The token's exp has passed on the validator's clock, even allowing the clock skew (5 minutes by default).",
    fix: "Get a new token: a client should ask MSAL (or its library) for a token before every call, which renews it before exp. If a fresh token is rejected, the validating machine's clock is wrong.",
    check: 'expiry',
    clockSkewSeconds: DEFAULT_CLOCK_SKEW,
  }),
  idx('IDX10224', TOKENS, {
    title: 'nbf is after exp',
    meaning: "The token's nbf is later than its exp, so there is no moment at which it is valid.",
    fix: 'The issuer builds the token wrongly: nbf and exp must both be seconds since 1970 (not milliseconds), with nbf first.',
    check: 'nbf-after-exp',
  }),
  idx('IDX10225', TOKENS, {
    title: 'Token has no expiry',
    meaning: 'The token has no exp, and the validator requires one (RequireExpirationTime).',
    fix: 'Use a token that expires; identity providers always set exp. Turn RequireExpirationTime off only for tokens you mint and trust by other means.',
    check: 'expiry-present',
  }),
  idx('IDX10230', TOKENS, {
    title: 'Custom lifetime check refused the token',
    meaning:
      "The API's own LifetimeValidator delegate returned false: the rule that failed is in that code, not in the standard exp and nbf checks.",
    fix: "Read the LifetimeValidator set on TokenValidationParameters; it is given the token's nbf and exp shown here.",
    check: 'lifetime',
    clockSkewSeconds: DEFAULT_CLOCK_SKEW,
  }),
  idx('IDX10231', TOKENS, {
    title: 'Custom audience check refused the token',
    meaning: "The API's own AudienceValidator delegate returned false for the token's audiences.",
    fix: "Read the AudienceValidator set on TokenValidationParameters and compare what it expects with the token's aud.",
    check: 'audience',
  }),
  idx('IDX10256', TOKENS, {
    title: 'Token has no typ',
    meaning:
      "The validator accepts only certain token types (ValidTypes), but the token's header has no typ.",
    fix: 'Drop ValidTypes, or accept only tokens whose header names their type (RFC 9068 access tokens carry typ "at+jwt").',
    check: 'type-present',
  }),
  idx('IDX10257', TOKENS, {
    title: 'Token type not accepted',
    meaning: "The typ in the token's header is not among the validator's ValidTypes.",
    fix: 'If this kind of token is meant for the API, add its typ to ValidTypes: Entra access tokens carry "JWT", RFC 9068 access tokens "at+jwt".',
    check: 'type',
  }),
  idx('IDX10500', TOKENS, {
    title: 'No signing keys',
    meaning:
      "The validator had no key at all to check the signature with: none was configured and none came from the issuer's metadata.",
    fix: 'Set the Authority or MetadataAddress so the keys are downloaded from the issuer (and check that the server can reach it), or set IssuerSigningKeys.',
    check: 'signing-key',
  }),
  idx('IDX10501', TOKENS, {
    title: "No key with the token's kid",
    meaning:
      "None of the validator's keys has the kid named in the token's header, so the signature could not be checked (the message of older IdentityModel versions).",
    fix: KID_FIX,
    check: 'signing-key',
  }),
  idx('IDX10503', TOKENS, {
    title: "No key with the token's kid",
    meaning:
      "The token's header names a kid, but no key the validator tried has it, so the signature could not be checked.",
    fix: KID_FIX,
    check: 'signing-key',
  }),
  idx('IDX10504', TOKENS, {
    title: 'Token has no signature',
    meaning:
      "The token's signature segment is empty, and the validator accepts only signed tokens.",
    fix: 'Send the token exactly as issued; a token copied without its signature (a share link that removed it, for example) can never be accepted.',
    check: 'signature-present',
  }),
  idx('IDX10511', TOKENS, {
    title: 'Signature invalid',
    meaning:
      "A key with the token's kid was found, but the signature does not verify with it: the token was changed after signing, or another key was used under the same kid.",
    fix: "Never edit a signed token. A Microsoft Graph token (nonce in its header) cannot be verified by your API; otherwise compare the configured key with the issuer's published JWKS.",
    check: 'signature',
  }),
  idx('IDX10516', TOKENS, {
    title: "No key with the token's kid",
    meaning:
      "None of the validator's keys has the kid named in the token's header; the message also says whether lifetime and issuer were valid (IdentityModel 6).",
    fix: KID_FIX,
    check: 'signing-key',
  }),
  idx('IDX10517', TOKENS, {
    title: 'Token has no kid',
    meaning:
      "The token's header names no kid, and none of the keys the validator tried verifies the signature.",
    fix: 'Tokens from Entra and most providers name their key; one without a kid was signed by something else, or the validator must be given that exact key.',
    check: 'signing-key-present',
  }),
  idx('IDX10634', TOKENS, {
    title: 'Algorithm and key do not fit',
    meaning:
      "No signature check could be built for the token's alg with the key chosen: the algorithm is unsupported, or the key is of the wrong type (an HS* alg with an RSA key, say).",
    fix: "Give the validator keys of the type the token's alg needs: RSA for RS*/PS*, EC for ES*, a shared secret for HS*.",
    check: 'algorithm',
  }),
  idx('IDX10696', TOKENS, {
    title: 'Algorithm not allowed',
    meaning: "The token's alg is not in the validator's ValidAlgorithms list.",
    fix: 'Allow the algorithm your identity provider signs with (Entra uses RS256), or send tokens signed with an allowed one.',
    check: 'algorithm',
  }),
  idx('IDX10720', TOKENS, {
    title: 'HMAC key too short',
    meaning:
      "The shared secret is shorter than the token's HMAC algorithm needs (the message names both sizes).",
    fix: 'Use a secret at least as long as the hash: 32 bytes for HS256, 48 for HS384, 64 for HS512.',
    check: 'algorithm',
  }),
  idx('IDX12709', JWT, {
    title: 'Not a well-formed JWT',
    meaning: 'The validator could not read the value it received as a compact JWS or JWE.',
    fix: 'Send the token alone: no second "Bearer ", no quotes or line breaks, and not an opaque or encrypted token the API cannot read.',
    check: 'format',
  }),
  idx('IDX12741', JWT, {
    title: 'Wrong number of segments',
    meaning: 'The value received does not have three segments (JWS) or five (JWE).',
    fix: 'Send the whole token: it was cut off, or something other than a token was sent.',
    check: 'format',
  }),
  idx('IDX14100', JSON_WEB_TOKENS, {
    title: 'Token has no dots',
    meaning:
      "The value received has no '.' at all: it is not a JWT but an opaque token, a code or some other string.",
    fix: 'Send the access token (not the refresh token, code or an id). Microsoft consumer-account tokens for Graph are opaque and never meant for your API.',
    check: 'format',
  }),
  idx('IDX14120', JSON_WEB_TOKENS, {
    title: 'Token has only one dot',
    meaning:
      'The value received has two segments; a JWS has three (header.payload.signature) and a JWE five.',
    fix: 'Send the whole token, signature included: the last segment was lost when it was copied.',
    check: 'format',
  }),
  idx('IDX20803', 'Microsoft.IdentityModel.Protocols', {
    title: 'Metadata could not be downloaded',
    meaning:
      'The validator could not fetch the OpenID discovery document from its Authority or MetadataAddress, so it has neither keys nor an issuer to check against.',
    fix: 'Check that the metadata address is right and reachable from the server (proxy, firewall, TLS inspection); for Entra it is {authority}/{tenant}/v2.0/.well-known/openid-configuration.',
    check: 'discovery',
  }),
];
