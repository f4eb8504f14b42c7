import type { RegistryEntry } from './registry-entry.ts';
import {
  MICROSOFT_ACCESS_TOKEN_CLAIMS,
  MICROSOFT_OPTIONAL_CLAIMS,
  rfc,
} from './spec-references.ts';

/**
 * Payload claims of RFC 7519 (registered claims), RFC 9068 (JWT access tokens), RFC 8693
 * (token exchange) and RFC 7800 (proof of possession).
 */
export const JWT_CLAIMS: readonly RegistryEntry[] = [
  {
    name: 'iss',
    title: 'Issuer',
    description:
      "Who created and signed the token, usually as an https URL. A verifier compares it with the issuer it trusts and fetches that issuer's keys from its own discovery document, not from the token.",
    sources: [rfc(7519, '4.1.1')],
    microsoft:
      'v1.0 tokens: https://sts.windows.net/{tenant id}/. v2.0 tokens: https://login.microsoftonline.com/{tenant id}/v2.0. The tenant id in it is the tenant that issued the token. The form follows the token version (ver), not the endpoint the client called.',
  },
  {
    name: 'sub',
    title: 'Subject',
    description:
      'Who or what the token is about, usually the signed-in user, as an identifier that is unique within the issuer and never reassigned.',
    sources: [rfc(7519, '4.1.2'), rfc(9068, '2.2')],
    microsoft:
      'Pairwise: the same user has a different sub in each application, so two apps cannot correlate users by it. Use oid (with tid) to identify a user across applications.',
  },
  {
    name: 'aud',
    title: 'Audience',
    description:
      'Who the token is meant for: one identifier or a list of them. Only a recipient that finds itself in aud may accept the token; accepting one meant for someone else is the confused-deputy mistake.',
    sources: [rfc(7519, '4.1.3'), rfc(9068, '2.2')],
    microsoft:
      "Access tokens: the API (resource) the token is for — in v1.0 often its App ID URI (such as api://… or https://graph.microsoft.com), in v2.0 always the API's application (client) id. ID tokens: the client id of the app that signed the user in.",
  },
  {
    name: 'exp',
    title: 'Expiration time',
    description:
      'When the token stops being valid. After this moment (allowing a few minutes of clock difference) a recipient must refuse it.',
    sources: [rfc(7519, '4.1.4'), rfc(9068, '2.2')],
    microsoft:
      'Entra ID gives an access token a random lifetime between 60 and 90 minutes (75 on average), so that the renewals of many clients spread out instead of arriving in hourly spikes. Tenants without Conditional Access give clients such as Teams and Microsoft 365 two hours; CAE-capable clients can get long-lived tokens of 20 to 28 hours.',
    numericDate: true,
  },
  {
    name: 'nbf',
    title: 'Not before',
    description:
      'The moment from which the token may be used; before it (allowing a little clock difference) a recipient must refuse the token.',
    sources: [rfc(7519, '4.1.5')],
    numericDate: true,
  },
  {
    name: 'iat',
    title: 'Issued at',
    description:
      'When the token was created. Useful to judge its age; it does not limit validity by itself.',
    sources: [rfc(7519, '4.1.6'), rfc(9068, '2.2')],
    numericDate: true,
  },
  {
    name: 'jti',
    title: 'JWT ID',
    description:
      'A unique identifier for this one token, so that a recipient can notice the same token being replayed.',
    sources: [rfc(7519, '4.1.7'), rfc(9068, '2.2')],
    microsoft: 'Entra ID puts its token identifier in uti instead.',
  },
  {
    name: 'client_id',
    title: 'Client ID',
    description:
      'The OAuth client (application) that requested the token and is using it to call the API.',
    sources: [rfc(8693, '4.3'), rfc(9068, '2.2')],
    microsoft: 'Entra ID uses appid (v1.0) or azp (v2.0) for this.',
  },
  {
    name: 'scope',
    title: 'Scope',
    description:
      'The permissions granted with the token, as space-separated scope names. An API checks that the scope it needs is in the list.',
    sources: [rfc(8693, '4.2'), rfc(9068, '2.2.3')],
    microsoft: 'Entra ID puts delegated permissions in scp instead.',
  },
  {
    name: 'act',
    title: 'Actor',
    description:
      'In a token obtained by token exchange, who is acting on behalf of the subject (for example a service calling another API for the user). It may nest earlier actors inside it.',
    sources: [rfc(8693, '4.1')],
  },
  {
    name: 'may_act',
    title: 'Authorized actor',
    description: 'Who is allowed to exchange this token and act on behalf of its subject.',
    sources: [rfc(8693, '4.4')],
  },
  {
    name: 'cnf',
    title: 'Confirmation',
    description:
      'Binds the token to a key (proof of possession): whoever presents the token must also prove they hold that key, so a stolen token alone is not enough.',
    sources: [rfc(7800, '3.1')],
  },
  {
    name: 'roles',
    title: 'Roles',
    description: 'Roles the subject holds, for the API to authorize requests by.',
    sources: [rfc(9068, '2.2.3.1'), MICROSOFT_ACCESS_TOKEN_CLAIMS],
    microsoft:
      'In tokens for a user: the app roles assigned to that user in the application. In app-only tokens (client credentials): the application permissions granted to the calling app.',
  },
  {
    name: 'groups',
    title: 'Groups',
    description: 'Groups the subject belongs to, for the API to authorize requests by.',
    sources: [rfc(9068, '2.2.3.1'), MICROSOFT_OPTIONAL_CLAIMS],
    microsoft:
      'The object ids of the groups the user is in (or names, when the app is set up for on-premises attributes). A JWT holds at most 200; beyond that the token leaves groups out and points to Microsoft Graph instead (group overage).',
  },
  {
    name: 'entitlements',
    title: 'Entitlements',
    description: 'Rights the subject has been given, for the API to authorize requests by.',
    sources: [rfc(9068, '2.2.3.1')],
  },
];
