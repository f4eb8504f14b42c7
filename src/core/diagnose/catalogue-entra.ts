import type { SpecReference } from '../claims/registry-entry.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';

const LEARN = 'https://learn.microsoft.com/en-us/entra/identity-platform';

function errorCodes(code: string): SpecReference {
  return {
    spec: 'Microsoft Entra authentication and authorization error codes',
    section: code,
    url: `${LEARN}/reference-error-codes`,
  };
}

type Fields = Omit<CatalogueEntry, 'id' | 'family' | 'code' | 'pattern' | 'source'> & {
  source?: SpecReference;
};

/** Matches AADSTS50013 but not AADSTS500133: the number ends where the code does. */
function aadsts(number: string, fields: Fields): CatalogueEntry {
  const code = `AADSTS${number}`;
  return {
    id: code,
    family: 'entra',
    code,
    pattern: new RegExp(`\\bAADSTS${number}(?!\\d)`),
    source: errorCodes(code),
    ...fields,
  };
}

/** Entra ID errors (AADSTS) that concern tokens, the grants behind them, or getting them. */
export const ENTRA_ENTRIES: readonly CatalogueEntry[] = [
  aadsts('50013', {
    title: 'Assertion rejected',
    meaning:
      'Entra refused the token the app sent as an assertion, usually the incoming access token of an on-behalf-of request: its audience is not the app presenting it, it expired, its signature failed, or its issuer does not fit.',
    fix: "For on-behalf-of, send the access token your API received (aud = your API's client ID or App ID URI) while it is valid; never an ID token or a token for Microsoft Graph.",
    check: 'assertion',
  }),
  aadsts('500133', {
    title: 'Assertion outside its valid time range',
    meaning:
      'The token sent as an assertion (on-behalf-of) had expired, or was not yet valid, when Entra received it.',
    fix: 'Start the exchange with a current access token, and ask for new tokens before they expire instead of keeping old ones.',
    check: 'expiry',
    clockSkewSeconds: 0,
  }),
  aadsts('700024', {
    title: 'Client assertion outside its valid time range',
    meaning:
      "The JWT the client signed to authenticate itself (client_assertion) has expired or is not yet valid on Entra's clock.",
    fix: "Make a fresh client assertion for every request (nbf and iat now, a short exp) and keep the client's clock in sync; a federated token (GitHub, Kubernetes) must be exchanged before it expires.",
    check: 'lifetime',
    clockSkewSeconds: 0,
    source: {
      spec: 'Microsoft identity platform: certificate credentials (client assertion claims)',
      url: `${LEARN}/certificate-credentials`,
    },
  }),
  aadsts('50105', {
    title: 'User not assigned to the app',
    meaning:
      'The application requires assignment, and neither the user nor a group of theirs is assigned to it.',
    fix: 'Assign the user (or a group) to the enterprise application, or switch off "Assignment required" if everyone may use it.',
    check: 'none',
  }),
  aadsts('65001', {
    title: 'Consent missing',
    meaning:
      'Neither the user nor an administrator has consented to the permissions the app requested.',
    fix: 'Sign in interactively so the user can consent, or have an administrator grant consent for the tenant; in on-behalf-of, the middle-tier API needs consent for what it calls.',
    check: 'none',
  }),
  aadsts('65004', {
    title: 'User declined consent',
    meaning: 'The user was asked to consent to the app and declined.',
    fix: 'Sign in again and accept, or ask an administrator to consent for the organisation.',
    check: 'none',
  }),
  aadsts('70011', {
    title: 'Invalid scope',
    meaning:
      'The scope parameter of the request is malformed or names a permission that does not exist.',
    fix: 'Ask for scopes of one resource per request, written {resource}/{permission} (api://…/access_as_user) or {resource}/.default; the client credentials flow accepts only .default.',
    check: 'none',
  }),
  aadsts('700016', {
    title: 'Application not found in the directory',
    meaning: 'The client ID in the request is not registered in the tenant the request went to.',
    fix: "Check the client ID and the tenant in the authority URL: a single-tenant app signs in through its own tenant, a multi-tenant app must be consented in the user's tenant.",
    check: 'none',
  }),
  aadsts('7000215', {
    title: 'Invalid client secret',
    meaning: "The client secret sent does not match any of the app registration's secrets.",
    fix: "Send the secret's value, not its ID, and make sure it belongs to this app (the value can only be copied when the secret is created).",
    check: 'none',
  }),
  aadsts('7000222', {
    title: 'Client secret expired',
    meaning: 'The client secret sent has expired.',
    fix: "Create a new credential (a certificate or federated credential is better than a secret) and update the app's configuration.",
    check: 'none',
  }),
  aadsts('9002326', {
    title: 'Cross-origin redemption needs a single-page app',
    meaning:
      'A browser redeemed an authorization code cross-origin, which Entra allows only for redirect URIs registered under the Single-page application platform.',
    fix: 'In the app registration\'s Authentication settings, register the redirect URI under "Single-page application" rather than "Web".',
    check: 'none',
    source: {
      spec: 'Microsoft identity platform: OAuth 2.0 authorization code flow (single-page apps)',
      url: `${LEARN}/v2-oauth2-auth-code-flow`,
    },
  }),
  aadsts('50076', {
    title: 'Multifactor authentication required',
    meaning:
      'A policy (Conditional Access, per-user MFA, a new location) requires MFA for this resource, and the sign-in behind the request did not include it.',
    fix: 'Acquire the token interactively so the user can complete MFA; a silent request cannot.',
    check: 'mfa',
  }),
  aadsts('50079', {
    title: 'MFA registration required',
    meaning:
      "The user must register for multifactor authentication (or a federated user's provider must send the MFA claim) before a token can be issued.",
    fix: 'Have the user sign in interactively and register their security information.',
    check: 'mfa',
  }),
  aadsts('50173', {
    title: 'Grant revoked',
    meaning:
      'The refresh token or session was revoked (by an administrator, by the user, or by a password change), so the user must sign in afresh.',
    fix: 'Fall back to an interactive sign-in when silent token requests fail with this error.',
    check: 'none',
  }),
  aadsts('700082', {
    title: 'Refresh token expired from inactivity',
    meaning: 'The refresh token went unused for longer than its inactivity limit.',
    fix: 'Sign the user in again; after long absences this is expected.',
    check: 'none',
  }),
  aadsts('70008', {
    title: 'Code or refresh token expired or revoked',
    meaning: 'The authorization code or refresh token presented has expired or was revoked.',
    fix: 'Redeem authorization codes at once (they live minutes, and only once); for a refresh token, sign the user in again.',
    check: 'none',
  }),
  aadsts('700084', {
    title: 'Single-page app refresh token expired',
    meaning:
      'The refresh token was issued to a single-page app, whose refresh tokens have a fixed 24-hour lifetime that cannot be extended.',
    fix: 'Send the user through the sign-in page again (silently with prompt=none while the session lasts).',
    check: 'none',
  }),
  aadsts('70043', {
    title: 'Sign-in frequency requires a new sign-in',
    meaning:
      'The refresh token is older than a Conditional Access sign-in frequency allows, so the user has to authenticate again.',
    fix: 'Sign in interactively. Expect these prompts between the frequency interval and the interval plus one token lifetime (the simulator shows the spread).',
    check: 'sign-in-age',
  }),
  aadsts('50058', {
    title: 'Not signed in',
    meaning:
      'A silent request (prompt=none, single sign-on) found no usable session: the user is not signed in.',
    fix: 'Fall back to an interactive sign-in; this is expected on a first visit and after signing out.',
    check: 'none',
  }),
  aadsts('50126', {
    title: 'Wrong username or password',
    meaning: 'The username or password entered was not valid.',
    fix: 'The user must enter the right credentials; apps should use the browser sign-in rather than the password grant, which surfaces this directly.',
    check: 'none',
  }),
  aadsts('54005', {
    title: 'Authorization code already redeemed',
    meaning: 'The authorization code was already exchanged for tokens; a code works once.',
    fix: 'Redeem each code exactly once (look for a double request or a retry) and use the refresh token for later tokens.',
    check: 'none',
  }),
  aadsts('50011', {
    title: 'Redirect URI not registered',
    meaning: 'The redirect URI in the request is not one of those registered for the app.',
    fix: 'Register the exact URI (scheme, host, port, path and trailing slash) on the right platform, or correct the one the app sends.',
    check: 'none',
  }),
  aadsts('500011', {
    title: 'Resource not found in the tenant',
    meaning:
      'The API the token was requested for has no service principal in this tenant: it is not consented there, or its identifier in the scope is wrong.',
    fix: 'Check the App ID URI or client ID in the requested scope, and have the API added to (consented in) this tenant.',
    check: 'none',
  }),
  aadsts('700027', {
    title: 'Client assertion signature invalid',
    meaning:
      "The client assertion's signature does not verify with any certificate registered for the app.",
    fix: "Sign the assertion with the private key of a certificate uploaded to the app registration, and name it in the header's x5t (or x5t#S256).",
    check: 'none',
  }),
];
