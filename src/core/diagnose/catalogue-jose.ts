import type { SpecReference } from '../claims/registry-entry.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';

/** jose names its errors by class; each class has a stable code (ERR_JWT_EXPIRED…). */
function joseClass(name: string): SpecReference {
  return {
    spec: 'jose error classes',
    section: name,
    url: `https://github.com/panva/jose/blob/main/docs/util/errors/classes/${name}.md`,
  };
}

type Fields = Omit<CatalogueEntry, 'family' | 'source'> & { className: string };

function jose({ className, ...fields }: Fields): CatalogueEntry {
  return { family: 'jose', source: joseClass(className), ...fields };
}

const AUD_FIX =
  "Pass the audience the API expects in jwtVerify's audience option and send tokens issued for it (an API's client ID or App ID URI, not Microsoft Graph).";

/**
 * jose (panva/jose) verification errors, with the messages of jose 6 (the version this app
 * uses, read from its source). Unless told otherwise jose allows no clock tolerance.
 */
export const JOSE_ENTRIES: readonly CatalogueEntry[] = [
  jose({
    id: 'jose:exp',
    className: 'JWTExpired',
    code: 'ERR_JWT_EXPIRED',
    pattern: /"exp" claim timestamp check failed/,
    title: 'Token expired (exp)',
    meaning:
      'jose compared exp with the current time (plus the clockTolerance option, none by default) and the token has expired.',
    fix: 'Get a new token; if fresh tokens fail, check the server clock or allow a small clockTolerance.',
    check: 'expiry',
    clockSkewSeconds: 0,
  }),
  jose({
    id: 'jose:iat-age',
    className: 'JWTExpired',
    code: 'ERR_JWT_EXPIRED',
    pattern: /"iat" claim timestamp check failed \(too far in the past\)/,
    title: 'Token too old (maxTokenAge)',
    meaning: "The token's iat is further in the past than the maxTokenAge option allows.",
    fix: 'Use a newer token, or raise maxTokenAge if older tokens are acceptable.',
    check: 'max-age',
  }),
  jose({
    id: 'jose:ERR_JWT_EXPIRED',
    className: 'JWTExpired',
    code: 'ERR_JWT_EXPIRED',
    pattern: /\bERR_JWT_EXPIRED\b/,
    generic: true,
    title: 'Token expired',
    meaning: 'A jose time check on exp (or on iat with maxTokenAge) failed: the token is too old.',
    fix: 'Get a new token; if fresh tokens fail, check the server clock.',
    check: 'expiry',
    clockSkewSeconds: 0,
  }),
  jose({
    id: 'jose:nbf',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /"nbf" claim timestamp check failed/,
    title: 'Token not yet valid (nbf)',
    meaning: "The token's nbf is later than the current time (plus clockTolerance).",
    fix: 'Keep the server clock in sync, or allow a small clockTolerance.',
    check: 'not-before',
    clockSkewSeconds: 0,
  }),
  jose({
    id: 'jose:iat-future',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /"iat" claim timestamp check failed \(it should be in the past\)/,
    title: 'Token issued in the future (iat)',
    meaning:
      "With maxTokenAge set, jose also requires iat to be in the past, and this token's iat is later than the current time.",
    fix: "Keep the issuer's and the server's clocks in sync, or allow a small clockTolerance.",
    check: 'issued-at',
  }),
  jose({
    id: 'jose:aud',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /unexpected "aud" claim value/,
    title: 'Audience not accepted',
    meaning: "The token's aud does not contain the audience given in the audience option.",
    fix: AUD_FIX,
    check: 'audience',
  }),
  jose({
    id: 'jose:iss',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /unexpected "iss" claim value/,
    title: 'Issuer not accepted',
    meaning: "The token's iss is not the issuer given in the issuer option.",
    fix: 'Pass the issuer the tokens really carry (for Entra v2.0 https://login.microsoftonline.com/{tenant}/v2.0, v1.0 https://sts.windows.net/{tenant}/).',
    check: 'issuer',
  }),
  jose({
    id: 'jose:sub',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /unexpected "sub" claim value/,
    title: 'Subject not accepted',
    meaning: "The token's sub is not the subject given in the subject option.",
    fix: 'Check which principal the token is about; in Entra sub differs for every application, oid does not.',
    check: 'subject',
  }),
  jose({
    id: 'jose:typ',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /unexpected "typ" JWT header value/,
    title: 'Token type not accepted',
    meaning: "The typ in the token's header is not the one given in the typ option.",
    fix: 'Require the typ these tokens carry ("at+jwt" for RFC 9068 access tokens; Entra access tokens say "JWT"), or drop the option.',
    check: 'type',
  }),
  jose({
    id: 'jose:missing-claim',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /missing required "([^"\n]{1,64})" claim/,
    title: 'Required claim missing',
    meaning:
      'A claim the verification requires (named in requiredClaims, or implied by the issuer, audience, subject or maxTokenAge options) is not in the token.',
    fix: 'Use a token that carries the claim, or stop requiring it if the tokens of this issuer never have it.',
    check: 'required-claim',
  }),
  jose({
    id: 'jose:ERR_JWT_CLAIM_VALIDATION_FAILED',
    className: 'JWTClaimValidationFailed',
    code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    pattern: /\bERR_JWT_CLAIM_VALIDATION_FAILED\b/,
    generic: true,
    title: 'Claim check failed',
    meaning:
      'One of the claim checks of jwtVerify failed; the message (or the claim and reason properties of the error) says which.',
    fix: 'Paste the whole error, message included, for a precise diagnosis.',
    check: 'none',
  }),
  jose({
    id: 'jose:ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    className: 'JWSSignatureVerificationFailed',
    code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    pattern: /\bERR_JWS_SIGNATURE_VERIFICATION_FAILED\b|signature verification failed/,
    title: 'Signature invalid',
    meaning: 'The signature does not verify with the key jose was given or selected.',
    fix: 'Verify with the key of the issuer that signed the token (its JWKS), and send the token unchanged.',
    check: 'signature',
  }),
  jose({
    id: 'jose:ERR_JWKS_NO_MATCHING_KEY',
    className: 'JWKSNoMatchingKey',
    code: 'ERR_JWKS_NO_MATCHING_KEY',
    pattern: /\bERR_JWKS_NO_MATCHING_KEY\b|no applicable key found in the JSON Web Key Set/,
    title: "No key with the token's kid",
    meaning:
      "The key set (createRemoteJWKSet or createLocalJWKSet) has no key that fits the token's kid and alg.",
    fix: 'Use the JWKS of the issuer that signed the token; tokens for Microsoft Graph, and tokens signed with an app-specific key, are not in the common key set.',
    check: 'signing-key',
  }),
  jose({
    id: 'jose:ERR_JWKS_MULTIPLE_MATCHING_KEYS',
    className: 'JWKSMultipleMatchingKeys',
    code: 'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
    pattern:
      /\bERR_JWKS_MULTIPLE_MATCHING_KEYS\b|multiple matching keys found in the JSON Web Key Set/,
    title: 'Several keys fit the token',
    meaning:
      'More than one key of the set fits the token: they share its kid, or the token names no kid and several keys have its type.',
    fix: 'Give every key in the set a distinct kid and sign tokens with a kid; jose then picks one key.',
    check: 'signing-key',
  }),
  jose({
    id: 'jose:ERR_JOSE_ALG_NOT_ALLOWED',
    className: 'JOSEAlgNotAllowed',
    code: 'ERR_JOSE_ALG_NOT_ALLOWED',
    pattern: /\bERR_JOSE_ALG_NOT_ALLOWED\b|"alg" \(Algorithm\) Header Parameter value not allowed/,
    title: 'Algorithm not allowed',
    meaning: "The token's alg is not in the algorithms option (or not usable with the key).",
    fix: 'Allow the algorithm the issuer signs with (Entra: RS256), never "none" or an HS* algorithm for tokens signed with a public-key pair.',
    check: 'algorithm',
  }),
  jose({
    id: 'jose:ERR_JWT_INVALID',
    className: 'JWTInvalid',
    code: 'ERR_JWT_INVALID',
    pattern:
      /\bERR_JWT_INVALID\b|JWTs must use Compact JWS serialization|JWT Claims Set must be a top-level JSON object|\bInvalid JWT\b/,
    title: 'Not a valid JWT',
    meaning:
      'The value is not a JWT jose can read: not a compact JWS, or its payload is not a JSON object.',
    fix: 'Send the token alone (no "Bearer " or quotes inside the value), and a JWT rather than an opaque or encrypted token.',
    check: 'format',
  }),
  jose({
    id: 'jose:ERR_JWS_INVALID',
    className: 'JWSInvalid',
    code: 'ERR_JWS_INVALID',
    pattern: /\bERR_JWS_INVALID\b|Invalid Compact JWS/,
    title: 'Not a valid compact JWS',
    meaning: 'The value does not have the three dot-separated segments of a compact JWS.',
    fix: 'Send the whole signed token; a JWE (five segments) must be decrypted with jwtDecrypt instead.',
    check: 'format',
  }),
];
