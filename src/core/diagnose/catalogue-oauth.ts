import { oidcCore, rfc } from '../claims/spec-references.ts';
import type { SpecReference } from '../claims/registry-entry.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';

/** The error code as an auth-param (`error="…"`, RFC 6750 §3) or a JSON member (RFC 6749 §5.2). */
function errorPattern(code: string): RegExp {
  return new RegExp(`(?:\\berror\\s*=\\s*"?|"error"\\s*:\\s*")${code}\\b`);
}

type Fields = Omit<CatalogueEntry, 'id' | 'family' | 'code' | 'pattern'>;

function oauth(code: string, fields: Fields): CatalogueEntry {
  return { id: `oauth:${code}`, family: 'oauth', code, pattern: errorPattern(code), ...fields };
}

const CLAIMS_CHALLENGE: SpecReference = {
  spec: 'Microsoft identity platform: claims challenges and client capabilities',
  url: 'https://learn.microsoft.com/en-us/entra/identity-platform/claims-challenge',
};

/**
 * The error codes of a `WWW-Authenticate: Bearer` challenge (RFC 6750 §3.1), the claims
 * challenge of Continuous Access Evaluation, and the token endpoint's own errors (RFC 6749
 * §5.2, OpenID Connect Core §3.1.2.6) that people paste alongside them.
 */
export const OAUTH_ENTRIES: readonly CatalogueEntry[] = [
  oauth('invalid_request', {
    title: 'Malformed request',
    meaning:
      'The server could not read the request: a parameter is missing, repeated or malformed, or the token was sent in more than one way.',
    fix: 'Send the access token once, in the Authorization header as "Bearer <token>", and check the request parameters the description names.',
    check: 'none',
    source: rfc(6750, '3.1'),
  }),
  oauth('invalid_token', {
    title: 'Token refused',
    meaning:
      'The API refused the access token: it is expired, revoked, malformed or not valid for this API. The error_description, when there is one, says which.',
    fix: 'Read the error_description (Tokenscope diagnoses it separately when it knows it) and send a current token issued for this API.',
    check: 'token-validity',
    source: rfc(6750, '3.1'),
  }),
  oauth('insufficient_scope', {
    title: 'Permission missing from the token',
    meaning:
      "The token is valid but lacks the permission this request needs; the challenge's scope names what is required.",
    fix: 'Request the token with the scope the API names (and get it consented); an app-only token needs the application permission (a role) granted instead.',
    check: 'scope',
    source: rfc(6750, '3.1'),
  }),
  oauth('insufficient_claims', {
    title: 'Claims challenge',
    meaning:
      'The API wants a token with more claims than this one has, such as a newer sign-in or MFA (Continuous Access Evaluation or a Conditional Access authentication context); the claims parameter says which.',
    fix: "Pass the challenge's claims value to the next token request (MSAL: WithClaims, or claims in the request) and let the user sign in interactively if that is needed.",
    check: 'claims-challenge',
    source: CLAIMS_CHALLENGE,
  }),
  oauth('invalid_grant', {
    title: 'Grant invalid',
    meaning:
      'The authorization code, refresh token or other grant sent to the token endpoint is invalid, expired, revoked, already used, or belongs to another client.',
    fix: 'The AADSTS code or error_description gives the reason; most often the user has to sign in again.',
    check: 'none',
    source: rfc(6749, '5.2'),
  }),
  oauth('invalid_client', {
    title: 'Client authentication failed',
    meaning:
      'The token endpoint could not authenticate the client: an unknown client ID, or a missing or wrong secret or assertion.',
    fix: 'Check the client ID and the credential it sends (secret value, certificate, federated token).',
    check: 'none',
    source: rfc(6749, '5.2'),
  }),
  oauth('interaction_required', {
    title: 'User interaction required',
    meaning:
      'The identity provider needs the user (to sign in, consent or do MFA), but the request asked for no user interface.',
    fix: 'Repeat the request interactively.',
    check: 'none',
    source: oidcCore('3.1.2.6', 'AuthError'),
  }),
];
