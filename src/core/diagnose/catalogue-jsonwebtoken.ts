import type { SpecReference } from '../claims/registry-entry.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';

const ERRORS: SpecReference = {
  spec: 'jsonwebtoken (Node.js): Errors & Codes',
  url: 'https://github.com/auth0/node-jsonwebtoken#errors--codes',
};

type Fields = Omit<CatalogueEntry, 'id' | 'family' | 'code' | 'pattern' | 'source'>;

/** jsonwebtoken has no codes: its message is the code. */
function message(text: string, pattern: RegExp, fields: Fields): CatalogueEntry {
  return {
    id: `jsonwebtoken:${text
      .replace(/[^a-z]+/gi, '-')
      .replace(/-+$/, '')
      .toLowerCase()}`,
    family: 'jsonwebtoken',
    code: text,
    pattern,
    source: ERRORS,
    ...fields,
  };
}

/**
 * The errors of jsonwebtoken's verify() (auth0/node-jsonwebtoken): JsonWebTokenError,
 * TokenExpiredError and NotBeforeError. It allows no clock tolerance unless given one.
 */
export const JSONWEBTOKEN_ENTRIES: readonly CatalogueEntry[] = [
  message('jwt expired', /\bjwt expired\b/, {
    title: 'Token expired (TokenExpiredError)',
    meaning:
      'The current time is at or past exp (plus the clockTolerance option, none by default); expiredAt gives exp as a date.',
    fix: 'Get a new token; if fresh tokens fail, check the server clock or allow a small clockTolerance.',
    check: 'expiry',
    clockSkewSeconds: 0,
  }),
  message('jwt not active', /\bjwt not active\b/, {
    title: 'Token not yet valid (NotBeforeError)',
    meaning: "The token's nbf is later than the current time (plus clockTolerance).",
    fix: 'Keep the clocks in sync, or allow a small clockTolerance.',
    check: 'not-before',
    clockSkewSeconds: 0,
  }),
  message('jwt malformed', /\bjwt malformed\b/, {
    title: 'Not a JWT',
    meaning: 'The value does not have the three dot-separated segments of a JWT.',
    fix: 'Send the token alone: without a second "Bearer ", quotes or line breaks, and not an opaque token.',
    check: 'format',
  }),
  message('invalid signature', /\binvalid signature\b/, {
    title: 'Signature invalid',
    meaning: 'The signature does not verify with the secret or public key given to verify().',
    fix: "Verify with the issuer's key (for Entra, the key from its JWKS whose kid is in the token's header) and send the token unchanged.",
    check: 'signature',
  }),
  message('jwt signature is required', /\bjwt signature is required\b/, {
    title: 'Token has no signature',
    meaning:
      "The token's signature segment is empty, and a key was given, so a signature is required.",
    fix: 'Send the token as issued, signature included.',
    check: 'signature-present',
  }),
  message('invalid algorithm', /\binvalid algorithm\b/, {
    title: 'Algorithm not allowed',
    meaning:
      "The token's alg is not among the algorithms option (or, without one, not usable with the key's type).",
    fix: 'List the algorithm the issuer signs with (RS256 for Entra) in the algorithms option, and never accept "none".',
    check: 'algorithm',
  }),
  message('jwt must be provided', /\bjwt must be provided\b/, {
    title: 'No token',
    meaning: 'verify() was called with an empty value: the request carried no token.',
    fix: 'Check that the client sends "Authorization: Bearer <token>" and that the server reads that header.',
    check: 'none',
  }),
  message('jwt audience invalid', /\bjwt audience invalid\. expected: /, {
    title: 'Audience not accepted',
    meaning: "None of the token's audiences is among those given in the audience option.",
    fix: "Send a token issued for this API, or add the API's identifier the token carries to the audience option.",
    check: 'audience',
  }),
  message('jwt issuer invalid', /\bjwt issuer invalid\. expected: /, {
    title: 'Issuer not accepted',
    meaning: "The token's iss is not the issuer given in the issuer option.",
    fix: 'Expect the issuer the tokens carry (Entra v2.0 https://login.microsoftonline.com/{tenant}/v2.0, v1.0 https://sts.windows.net/{tenant}/).',
    check: 'issuer',
  }),
  message('jwt subject invalid', /\bjwt subject invalid\. expected: /, {
    title: 'Subject not accepted',
    meaning: "The token's sub is not the subject given in the subject option.",
    fix: 'Check which principal the token is about; in Entra sub differs per application, oid does not.',
    check: 'subject',
  }),
  message('maxAge exceeded', /\bmaxAge exceeded\b/, {
    title: 'Token too old (maxAge)',
    meaning: "The token's iat is further in the past than the maxAge option allows.",
    fix: 'Use a newer token, or raise maxAge if older tokens are acceptable.',
    check: 'max-age',
  }),
];
