import { describeResource } from './microsoft-resources.ts';
import type { TokenKind } from './token-kind.ts';

const ACCESS_TOKEN =
  'For the web API named in aud: that API validates it (signature, issuer, lifetime, and that aud is its own) before it serves a request. The client that requested it only sends it, as Authorization: Bearer; it should not parse it, but read expires_in and scope from the token response.';

const ID_TOKEN =
  'For the app that signed the user in (aud). A confidential web app validates the ID tokens it receives before it trusts who signed in; a public client (single-page or native app) gains nothing from validating, since it got the token straight from the identity provider over TLS. No API should accept an ID token in place of an access token.';

/**
 * Who should look at this token, and how: only the audience validates (the confused-deputy
 * rule), clients treat access tokens as opaque, and validating an ID token pays off only for a
 * confidential web app. Undefined when the token carries no claims to speak of.
 */
export function describeWhoseToken(kind: TokenKind): string | undefined {
  if (kind.microsoftResource || kind.id === 'ms-api-token') {
    const api = kind.microsoftResource
      ? `${describeResource(kind.microsoftResource)}, a Microsoft API`
      : 'a Microsoft API (the nonce in the header says so)';
    return `For ${api}: only that API validates it. Third parties cannot validate it, so no API of yours should accept it, and the client that requested it must not parse it: it reads expires_in and scope from the token response.`;
  }
  switch (kind.id) {
    case 'access-token-delegated':
    case 'access-token-app-only':
    case 'rfc9068-access-token':
      return ACCESS_TOKEN;
    case 'id-token':
      return ID_TOKEN;
    case 'unsecured-jwt':
      return 'Nobody should accept it: with alg "none", anyone could have written it.';
    case 'jwt':
      return 'Only the recipient named in aud should accept it, after validating its signature, issuer and lifetime.';
    case 'jwe':
    case 'jwe-nested':
      return 'Only the recipient holding the decryption key can read it; it then validates what is inside.';
    case 'empty':
    case 'invalid':
    case 'jws-non-json':
    case 'jws-unencoded':
      return undefined;
  }
}
