import type { RegistryEntry } from './registry-entry.ts';
import {
  MICROSOFT_ACCESS_TOKEN_CLAIMS as ACCESS,
  MICROSOFT_ID_TOKEN_CLAIMS as ID,
  MICROSOFT_OPTIONAL_CLAIMS as OPTIONAL,
} from './spec-references.ts';

/** Claims that only Microsoft identity platform (Entra ID) tokens carry. */
export const MICROSOFT_CLAIMS: readonly RegistryEntry[] = [
  {
    name: 'idp',
    title: 'Identity provider',
    description:
      'Who actually authenticated the user, when that is not the issuer itself: for a guest, the home tenant or the personal-account service (live.com) they signed in with. Absent when it would equal iss.',
    sources: [ACCESS, ID],
  },
  {
    name: 'aio',
    title: 'Internal (aio)',
    description:
      'Opaque data Entra ID uses internally. Ignore it: its content may change at any time.',
    sources: [ACCESS, ID],
  },
  {
    name: 'rh',
    title: 'Internal (rh)',
    description: 'Opaque data Entra ID uses to revalidate tokens. Ignore it.',
    sources: [ACCESS, ID],
  },
  {
    name: 'uti',
    title: 'Token identifier',
    description:
      "Entra ID's unique id for this token, like jti. Opaque; useful when you ask Microsoft support about one particular sign-in.",
    sources: [ACCESS, ID],
  },
  {
    name: 'ver',
    title: 'Token version',
    description:
      'The format of the token: "1.0" or "2.0". For an access token the API it is for chooses, through accessTokenAcceptedVersion in its app registration (manifest): null or 1 gives v1.0 tokens, 2 gives v2.0 — whichever endpoint, v1.0 or v2.0, the client asked, since either can issue either version. A new registration gets v1.0 if it accepts only work and school accounts, and v2.0 if it also accepts personal Microsoft accounts. ID tokens follow the endpoint that issued them.',
    sources: [ACCESS, ID],
  },
  {
    name: 'tid',
    title: 'Tenant ID',
    description:
      'The directory (tenant) the user signed in to, as a GUID. 9188040d-6c67-4c5b-b112-36a304b66dad is the tenant of personal Microsoft accounts.',
    sources: [ACCESS, ID],
  },
  {
    name: 'oid',
    title: 'Object ID',
    description:
      'The immutable id of the user (or, in app-only tokens, of the calling service principal) in the tenant. Unlike sub it is the same in every application, so it is the key to identify a user, together with tid.',
    sources: [ACCESS, ID],
  },
  {
    name: 'appid',
    title: 'Application ID',
    description: 'The application (client) id of the app that requested the token.',
    sources: [ACCESS],
    microsoft: 'v2.0 tokens carry azp instead.',
    versions: ['v1.0'],
  },
  {
    name: 'appidacr',
    title: 'Application authentication method',
    description:
      'How the app that requested the token proved its identity: "0" public client (no secret), "1" client id and secret, "2" client certificate.',
    sources: [ACCESS],
    microsoft: 'v2.0 tokens carry azpacr instead.',
    versions: ['v1.0'],
  },
  {
    name: 'azpacr',
    title: 'Client authentication method',
    description:
      'How the app that requested the token proved its identity: "0" public client (no secret), "1" client id and secret, "2" client certificate.',
    sources: [ACCESS],
    microsoft: 'v1.0 tokens carry appidacr instead.',
    versions: ['v2.0'],
  },
  {
    name: 'scp',
    title: 'Scopes (delegated permissions)',
    description:
      'The permissions the user let the app use on their behalf at this API, separated by spaces. Present only when a user is signed in; an API must check that the scope it requires is listed.',
    sources: [ACCESS],
  },
  {
    name: 'wids',
    title: 'Directory roles',
    description:
      'The tenant-wide administrator roles the user holds, as role template ids (the same id in every tenant). Only built-in roles appear, and only when the app asks for them.',
    sources: [ACCESS, OPTIONAL],
  },
  {
    name: 'hasgroups',
    title: 'Has groups',
    description:
      'Stands in for the groups claim when the list would make the token too large for a URL (implicit flow): the user is in groups, and the app must fetch them from Microsoft Graph.',
    sources: [ACCESS, ID],
  },
  {
    name: 'unique_name',
    title: 'Unique name',
    description:
      'A human-readable name for the user (often the UPN). Despite the name it is not guaranteed unique and can change: for display only.',
    sources: [ACCESS, ID],
    microsoft: 'v2.0 tokens carry preferred_username instead.',
    versions: ['v1.0'],
  },
  {
    name: 'upn',
    title: 'User principal name',
    description:
      "The user's sign-in name in the directory, like an email address. Administrators can change it, so do not use it as a key.",
    sources: [ACCESS, OPTIONAL],
  },
  {
    name: 'acrs',
    title: 'Authentication context',
    description:
      'Conditional Access authentication contexts (c1, c2…) the user satisfied, for apps that ask for step-up authentication before sensitive actions.',
    sources: [ACCESS, OPTIONAL],
  },
  {
    name: 'xms_cc',
    title: 'Client capabilities',
    description:
      'What the client app said it can do. "cp1" means it can handle claims challenges, so an API may send it back to sign in again (Continuous Access Evaluation) instead of just failing.',
    sources: [ACCESS, OPTIONAL],
  },
  {
    name: 'idtyp',
    title: 'Token type',
    description:
      'Whether the token represents a user ("user") or an application acting as itself ("app", an app-only token from the client credentials flow).',
    sources: [ACCESS, OPTIONAL],
  },
  {
    name: 'acct',
    title: 'Account status',
    description: 'The user\'s relationship to the tenant: "0" member, "1" guest.',
    sources: [OPTIONAL],
  },
  {
    name: 'ctry',
    title: 'Country',
    description: "The user's country or region, as a two-letter code.",
    sources: [OPTIONAL],
  },
  {
    name: 'tenant_ctry',
    title: 'Tenant country',
    description: 'The country or region the tenant is registered in, as a two-letter code.',
    sources: [OPTIONAL],
  },
  {
    name: 'tenant_region_scope',
    title: 'Tenant region',
    description: 'The geographic region of the tenant, such as NA, EU or WW.',
    sources: [ACCESS, OPTIONAL],
  },
  {
    name: 'ipaddr',
    title: 'IP address',
    description: 'The IP address the user authenticated from.',
    sources: [OPTIONAL],
  },
  {
    name: 'fwd',
    title: 'Forwarded IP address',
    description:
      'The IP address of the original client when the request reached Entra ID through a proxy or gateway.',
    sources: [OPTIONAL],
  },
  {
    name: 'onprem_sid',
    title: 'On-premises security identifier',
    description:
      "The user's Windows security identifier (SID) in on-premises Active Directory, for users synchronised from it.",
    sources: [OPTIONAL],
  },
  {
    name: 'in_corp',
    title: 'Inside the corporate network',
    description:
      "Whether the user signed in from the organisation's network, as the tenant's trusted IP ranges define it.",
    sources: [OPTIONAL],
  },
  {
    name: 'pwd_exp',
    title: 'Password expiration',
    description:
      "When the user's password expires. Older tokens give it as a number of seconds after iat rather than as a date.",
    sources: [OPTIONAL],
    numericDate: true,
  },
  {
    name: 'pwd_url',
    title: 'Password change URL',
    description: 'Where the user can go to change their password.',
    sources: [OPTIONAL],
  },
  {
    name: 'login_hint',
    title: 'Login hint',
    description:
      'An opaque value the app can send back as login_hint to sign the same account in again without asking which one. Do not parse it.',
    sources: [OPTIONAL],
  },
  {
    name: 'verified_primary_email',
    title: 'Verified primary email',
    description: "The user's primary email address, as held by the directory.",
    sources: [OPTIONAL],
  },
  {
    name: 'verified_secondary_email',
    title: 'Verified secondary email',
    description: "The user's secondary email addresses, as held by the directory.",
    sources: [OPTIONAL],
  },
  {
    name: 'xms_edov',
    title: 'Email domain owner verified',
    description: 'True when the domain of the email address is verified as owned by the tenant.',
    sources: [OPTIONAL],
  },
  {
    name: 'xms_pdl',
    title: 'Preferred data location',
    description:
      "In a multi-geo tenant, the geographic region where the user's data lives (such as NAM or EUR).",
    sources: [OPTIONAL],
  },
  {
    name: 'xms_pl',
    title: 'User preferred language',
    description: "The user's preferred language, when set, in ll-cc form.",
    sources: [OPTIONAL],
  },
  {
    name: 'xms_tpl',
    title: 'Tenant preferred language',
    description: "The tenant's preferred language, when set, in ll-cc form.",
    sources: [OPTIONAL],
  },
];
