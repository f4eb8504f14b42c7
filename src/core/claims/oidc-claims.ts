import type { RegistryEntry } from './registry-entry.ts';
import {
  MICROSOFT_ACCESS_TOKEN_CLAIMS,
  MICROSOFT_ID_TOKEN_CLAIMS,
  MICROSOFT_OPTIONAL_CLAIMS,
  OIDC_FRONT_CHANNEL_LOGOUT,
  oidcCore,
  rfc,
} from './spec-references.ts';

const ID_TOKEN = oidcCore('2', 'IDToken');
const STANDARD = oidcCore('5.1', 'StandardClaims');

/** OpenID Connect Core 1.0: ID-token claims (§2) and standard profile claims (§5.1). */
export const OIDC_CLAIMS: readonly RegistryEntry[] = [
  {
    name: 'auth_time',
    title: 'Authentication time',
    description:
      'When the user last actually proved who they are (entered a password, used a passkey…). Tokens renewed silently keep the original time.',
    sources: [ID_TOKEN, rfc(9068, '2.2.1'), MICROSOFT_OPTIONAL_CLAIMS],
    numericDate: true,
  },
  {
    name: 'nonce',
    title: 'Nonce',
    description:
      'A random value the app sent with its sign-in request and the identity provider copied into the ID token, so the app can tell the token answers its own request and is not replayed.',
    sources: [ID_TOKEN, MICROSOFT_ID_TOKEN_CLAIMS],
  },
  {
    name: 'acr',
    title: 'Authentication context class',
    description:
      'How strongly the user was authenticated, as a level or policy name agreed with the identity provider.',
    sources: [ID_TOKEN, MICROSOFT_ID_TOKEN_CLAIMS],
    microsoft:
      'v1.0 tokens only: "0" means the sign-in did not meet the ISO/IEC 29115 requirements; "1" means it did.',
  },
  {
    name: 'amr',
    title: 'Authentication methods',
    description:
      'How the user authenticated, as a list of method names (password, one-time code, multi-factor…).',
    sources: [ID_TOKEN, rfc(8176, '2'), MICROSOFT_ID_TOKEN_CLAIMS],
    microsoft: 'Values include pwd, rsa, otp, fed, wia, mfa, ngcmfa, wiaormfa and none.',
  },
  {
    name: 'azp',
    title: 'Authorized party',
    description:
      'The client the token was issued to. In an ID token it matters when the audience lists several parties.',
    sources: [ID_TOKEN, MICROSOFT_ID_TOKEN_CLAIMS],
    microsoft:
      'v2.0 access tokens: the application (client) id of the app that requested the token (v1.0 uses appid).',
  },
  {
    name: 'at_hash',
    title: 'Access token hash',
    description:
      'Half of a hash of the access token issued alongside this ID token, so the app can check that the two belong together.',
    sources: [oidcCore('3.1.3.6', 'CodeIDToken'), MICROSOFT_ID_TOKEN_CLAIMS],
  },
  {
    name: 'c_hash',
    title: 'Code hash',
    description:
      'Half of a hash of the authorization code issued alongside this ID token (hybrid flow), so the app can check that the code was not swapped.',
    sources: [oidcCore('3.3.2.11', 'HybridIDToken'), MICROSOFT_ID_TOKEN_CLAIMS],
  },
  {
    name: 'sid',
    title: 'Session ID',
    description:
      "Identifies the user's sign-in session at the identity provider, so that signing out there can end the matching app sessions.",
    sources: [OIDC_FRONT_CHANNEL_LOGOUT, MICROSOFT_OPTIONAL_CLAIMS],
  },
  {
    name: 'name',
    title: 'Full name',
    description:
      "The user's name as it should be displayed. For display only: it can change and is not unique.",
    sources: [STANDARD, MICROSOFT_ID_TOKEN_CLAIMS],
  },
  {
    name: 'given_name',
    title: 'Given name',
    description: "The user's first name(s).",
    sources: [STANDARD, MICROSOFT_OPTIONAL_CLAIMS],
  },
  {
    name: 'family_name',
    title: 'Family name',
    description: "The user's surname or last name(s).",
    sources: [STANDARD, MICROSOFT_OPTIONAL_CLAIMS],
  },
  {
    name: 'middle_name',
    title: 'Middle name',
    description: "The user's middle name(s).",
    sources: [STANDARD],
  },
  {
    name: 'nickname',
    title: 'Nickname',
    description: 'A casual name the user goes by.',
    sources: [STANDARD],
  },
  {
    name: 'preferred_username',
    title: 'Preferred username',
    description:
      'The name the user signs in with or would like to be called by, such as an email address. It can change and the user may choose it, so never authorize by it.',
    sources: [STANDARD, MICROSOFT_ID_TOKEN_CLAIMS],
    microsoft: 'v2.0 tokens: the primary username (email, phone number or UPN) of the account.',
  },
  {
    name: 'profile',
    title: 'Profile page',
    description: "A URL of the user's profile page.",
    sources: [STANDARD],
  },
  {
    name: 'picture',
    title: 'Picture',
    description: "A URL of the user's picture.",
    sources: [STANDARD],
  },
  {
    name: 'website',
    title: 'Website',
    description: "A URL of the user's web page or blog.",
    sources: [STANDARD],
  },
  {
    name: 'email',
    title: 'Email address',
    description:
      "The user's email address. Unless email_verified is true it may not belong to the user, so do not use it to identify them.",
    sources: [STANDARD, MICROSOFT_OPTIONAL_CLAIMS],
    microsoft:
      'Present only if the account has one and the app asked for it; guests and personal accounts may show an address their organisation does not control.',
  },
  {
    name: 'email_verified',
    title: 'Email verified',
    description:
      'True when the identity provider checked that the user controls the email address.',
    sources: [STANDARD],
  },
  {
    name: 'gender',
    title: 'Gender',
    description: "The user's gender, as they gave it.",
    sources: [STANDARD],
  },
  {
    name: 'birthdate',
    title: 'Birth date',
    description: "The user's date of birth, as YYYY-MM-DD (or just the year).",
    sources: [STANDARD],
  },
  {
    name: 'zoneinfo',
    title: 'Time zone',
    description: "The user's time zone, as a tz database name such as Europe/Paris.",
    sources: [STANDARD],
  },
  {
    name: 'locale',
    title: 'Locale',
    description: "The user's language and region, such as en-US.",
    sources: [STANDARD],
  },
  {
    name: 'phone_number',
    title: 'Phone number',
    description: "The user's preferred telephone number.",
    sources: [STANDARD],
  },
  {
    name: 'phone_number_verified',
    title: 'Phone number verified',
    description: 'True when the identity provider checked that the user controls the phone number.',
    sources: [STANDARD],
  },
  {
    name: 'address',
    title: 'Postal address',
    description:
      "The user's postal address, as an object with fields such as street_address and country.",
    sources: [oidcCore('5.1.1', 'AddressClaim')],
  },
  {
    name: 'updated_at',
    title: 'Profile updated at',
    description: "When the user's profile information was last changed.",
    sources: [STANDARD],
    numericDate: true,
  },
  {
    name: '_claim_names',
    title: 'Claims held elsewhere (names)',
    description:
      'Names claims that are not in the token itself but must be fetched from a source listed in _claim_sources.',
    sources: [oidcCore('5.6.2', 'AggregatedDistributedClaims'), MICROSOFT_ACCESS_TOKEN_CLAIMS],
    microsoft:
      'Group overage: when the user is in too many groups to fit in the token, "groups" appears here instead, and the app must ask Microsoft Graph for the group list.',
  },
  {
    name: '_claim_sources',
    title: 'Claims held elsewhere (sources)',
    description: 'Where to fetch the claims named in _claim_names from.',
    sources: [oidcCore('5.6.2', 'AggregatedDistributedClaims'), MICROSOFT_ACCESS_TOKEN_CLAIMS],
    microsoft: "Group overage: points at a Microsoft Graph endpoint that lists the user's groups.",
  },
];
