import type { SpecReference } from '../claims/registry-entry.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';

/** Where ASP.NET Core's JWT bearer handler writes these error_description texts. */
const JWT_BEARER_HANDLER: SpecReference = {
  spec: 'ASP.NET Core JwtBearerHandler',
  section: 'CreateErrorDescription',
  url: 'https://github.com/dotnet/aspnetcore/blob/main/src/Security/Authentication/JwtBearer/src/JwtBearerHandler.cs',
};

type Fields = Omit<CatalogueEntry, 'family' | 'source'>;

function described(fields: Fields): CatalogueEntry {
  return { family: 'aspnetcore', source: JWT_BEARER_HANDLER, ...fields };
}

/**
 * The error_description of ASP.NET Core's JWT bearer handler in a WWW-Authenticate header:
 * one short sentence per IdentityModel failure, with the offending value quoted.
 */
export const ASPNETCORE_ENTRIES: readonly CatalogueEntry[] = [
  described({
    id: 'aspnetcore:audience',
    code: "The audience '…' is invalid",
    pattern: /The audience (?:'[^'\n]*' )?is invalid/,
    title: 'Audience not accepted',
    meaning:
      "ASP.NET Core's JWT bearer handler refused the token's aud (it quotes the audience it found in the token).",
    fix: "Request the token for this API (api://{API client id}/…, not a Graph scope) and list the API's client ID and App ID URI as valid audiences.",
    check: 'audience',
  }),
  described({
    id: 'aspnetcore:issuer',
    code: "The issuer '…' is invalid",
    pattern: /The issuer (?:'[^'\n]*' )?is invalid/,
    title: 'Issuer not accepted',
    meaning:
      "ASP.NET Core's JWT bearer handler refused the token's iss (it quotes the issuer it found in the token).",
    fix: 'Point the Authority at the tenant and version that issue the tokens (v1.0 https://sts.windows.net/{tenant}/, v2.0 https://login.microsoftonline.com/{tenant}/v2.0), or list both issuers.',
    check: 'issuer',
  }),
  described({
    id: 'aspnetcore:expired',
    code: "The token expired at '…'",
    pattern: /The token expired at '[^'\n]*'|The token is expired/,
    title: 'Token expired',
    meaning:
      "The token's exp has passed on the API's clock, beyond the 5-minute clock skew IdentityModel allows by default.",
    fix: 'The client must get a new token (ask MSAL for one before every call); if fresh tokens are refused, fix the server clock.',
    check: 'expiry',
    clockSkewSeconds: 300,
  }),
  described({
    id: 'aspnetcore:not-yet-valid',
    code: "The token is not valid before '…'",
    pattern: /The token is not valid before '[^'\n]*'|The token is not valid yet/,
    title: 'Token not yet valid',
    meaning: "The token's nbf is later than the API's clock, beyond the allowed clock skew.",
    fix: 'Keep the clocks of the API servers in sync (NTP): real tokens are valid from the moment they are issued.',
    check: 'not-before',
    clockSkewSeconds: 300,
  }),
  described({
    id: 'aspnetcore:no-expiration',
    code: 'The token has no expiration',
    pattern: /The token has no expiration/,
    title: 'Token has no expiry',
    meaning: 'The token has no exp, and the API requires one.',
    fix: 'Use a token from the identity provider; they always expire.',
    check: 'expiry-present',
  }),
  described({
    id: 'aspnetcore:lifetime',
    code: 'The token lifetime is invalid',
    pattern: /The token lifetime is invalid/,
    title: 'Token lifetime invalid',
    meaning:
      'The lifetime check failed for a reason other than plain expiry: nbf after exp, or a custom LifetimeValidator.',
    fix: "Compare the token's nbf and exp (shown here) and read any custom LifetimeValidator the API sets.",
    check: 'lifetime',
    clockSkewSeconds: 300,
  }),
  described({
    id: 'aspnetcore:key-not-found',
    code: 'The signature key was not found',
    pattern: /The signature key was not found/,
    title: 'Signing key not found',
    meaning:
      "The API has no key with the kid in the token's header: it downloads keys from another issuer, could not download them at all, or the token was signed by a key it does not publish.",
    fix: 'Check the Authority (it decides where keys come from) and that the server can reach it. Graph tokens, and tokens signed with an app-specific key, are never found in the common key set.',
    check: 'signing-key',
  }),
  described({
    id: 'aspnetcore:signature-invalid',
    code: 'The signature is invalid',
    pattern: /The signature is invalid/,
    title: 'Signature invalid',
    meaning: 'A key was found for the token, but the signature does not verify with it.',
    fix: 'Send the token unchanged; a token for Microsoft Graph (nonce in the header) cannot be verified by your API.',
    check: 'signature',
  }),
];
