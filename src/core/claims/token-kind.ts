import type { DecodedToken } from '../token/decode-token.ts';
import { isJsonObject, type JsonObject } from '../token/parse-json.ts';
import {
  describeResource,
  microsoftFirstPartyResource,
  type MicrosoftResource,
} from './microsoft-resources.ts';
import { normalizeMediaType } from './value-meanings.ts';

export type TokenKindId =
  | 'empty'
  | 'invalid'
  | 'id-token'
  | 'access-token-delegated'
  | 'access-token-app-only'
  | 'rfc9068-access-token'
  | 'ms-api-token'
  | 'unsecured-jwt'
  | 'jwe'
  | 'jwe-nested'
  | 'jws-non-json'
  | 'jws-unencoded'
  | 'jwt';

export type AccessKind = 'delegated' | 'app-only';

export interface TokenKind {
  id: TokenKindId;
  /** "ID token", "Access token (delegated)"… */
  label: string;
  /** Why Tokenscope thinks so, or what follows from it. */
  detail: string;
  /** For access tokens: on behalf of a user, or the app acting as itself. */
  access?: AccessKind;
  /** The Microsoft first-party API the audience names: only that API validates the token. */
  microsoftResource?: MicrosoftResource;
}

export interface PayloadKind {
  id: 'id-token' | 'access-token-delegated' | 'access-token-app-only' | 'jwt';
  access?: AccessKind;
  reason: string;
}

const ACCESS_LABELS: Record<AccessKind, string> = {
  delegated: 'delegated: a user is signed in',
  'app-only': 'app-only: the app acts as itself',
};

/** What the pasted token is, from its format, header and claims. */
export function detectTokenKind(decoded: DecodedToken): TokenKind {
  const payload = decoded.payload?.type === 'json' ? decoded.payload.value : undefined;
  const resource = isJsonObject(payload) ? microsoftFirstPartyResource(payload.aud) : undefined;
  const kind = detectKind(decoded, resource);
  if (!resource || kind.id === 'unsecured-jwt') return kind;
  return kind.id === 'ms-api-token'
    ? { ...kind, microsoftResource: resource }
    : {
        ...kind,
        detail: `${kind.detail} It is meant for ${describeResource(resource)}, a Microsoft API: only ${resource.name} validates it.`,
        microsoftResource: resource,
      };
}

function detectKind(decoded: DecodedToken, resource: MicrosoftResource | undefined): TokenKind {
  const header = decoded.header?.value;
  switch (decoded.format) {
    case 'empty':
      return { id: 'empty', label: 'No token', detail: 'Paste a token to inspect it.' };
    case 'invalid':
      return {
        id: 'invalid',
        label: 'Not a token',
        detail: 'The input could not be decoded as a JWS or JWE.',
      };
    case 'jwe':
      return normalizeMediaType(header?.cty) === 'jwt'
        ? {
            id: 'jwe-nested',
            label: 'JWE with a nested JWT',
            detail:
              'Encrypted: the header names cty "JWT", so a signed token is inside, but only the holder of the decryption key can read it.',
          }
        : {
            id: 'jwe',
            label: 'JWE (encrypted token)',
            detail: 'Encrypted: the header is readable, the contents are not.',
          };
    case 'jws-unencoded':
      return {
        id: 'jws-unencoded',
        label: 'JWS with unencoded payload — not a JWT',
        detail:
          'The header sets b64 to false (RFC 7797): the payload travels as it is, not base64url-encoded.',
      };
    case 'unsecured':
    case 'jws':
      break;
  }
  const payload = decoded.payload;
  if (!payload || payload.type !== 'json' || !isJsonObject(payload.value)) {
    return {
      id: 'jws-non-json',
      label: 'JWS with non-JSON payload — not a JWT',
      detail: 'The payload is not a JSON object, so it carries no claims.',
    };
  }
  const classified = classifyPayload(payload.value, header);
  if (decoded.format === 'unsecured') {
    return {
      id: 'unsecured-jwt',
      label: 'Unsecured JWT',
      detail: `alg is "none": nothing protects this token, so anyone could have written it. Its claims look like ${describePayloadKind(classified)}.`,
    };
  }
  if (header && 'nonce' in header) {
    return {
      id: 'ms-api-token',
      label: 'Microsoft-API proprietary token',
      detail: `A nonce in the header marks a token for ${resource ? describeResource(resource) : 'a Microsoft API such as Graph'}: it decodes, but cannot be verified by third parties, by design.`,
      ...(classified.access ? { access: classified.access } : {}),
    };
  }
  if (normalizeMediaType(header?.typ) === 'at+jwt') {
    const access =
      classified.access ??
      (typeof payload.value.sub === 'string' && payload.value.sub === payload.value.client_id
        ? 'app-only'
        : undefined);
    return {
      id: 'rfc9068-access-token',
      label: 'RFC 9068 JWT access token',
      detail: `The header's typ is "at+jwt"${access ? `; ${ACCESS_LABELS[access]}` : ''}.`,
      ...(access ? { access } : {}),
    };
  }
  switch (classified.id) {
    case 'id-token':
      return { id: 'id-token', label: 'ID token', detail: classified.reason };
    case 'access-token-delegated':
      return {
        id: classified.id,
        label: 'Access token (delegated)',
        detail: classified.reason,
        access: 'delegated',
      };
    case 'access-token-app-only':
      return {
        id: classified.id,
        label: 'Access token (app-only)',
        detail: classified.reason,
        access: 'app-only',
      };
    case 'jwt':
      return { id: 'jwt', label: 'JWT', detail: classified.reason };
  }
}

function describePayloadKind(kind: PayloadKind): string {
  if (kind.id === 'id-token') return 'an ID token';
  if (kind.id === 'jwt') return 'a JWT of no particular kind';
  return `an access token (${kind.access ?? 'delegated'})`;
}

/**
 * What the claims say, strongest signal first, and never a reason that the claims contradict:
 * scopes (scp / scope) mean delegated; idtyp "app" means app-only; nonce, at_hash or c_hash only
 * ever appear in ID tokens; roles without scopes from a named client are application
 * permissions. Only then does `azp == aud` count: an app may call its own API (client
 * credentials with itself as the resource), so on its own it proves nothing. Microsoft puts
 * azp / appid only in access tokens and never in ID tokens, which settles the rest for Entra.
 */
export function classifyPayload(payload: JsonObject, header: JsonObject | undefined): PayloadKind {
  const client = findClient(payload);
  const audiences =
    typeof payload.aud === 'string' ? [payload.aud] : Array.isArray(payload.aud) ? payload.aud : [];
  const clientIsAudience = client !== undefined && audiences.includes(client.id);
  const selfCall = clientIsAudience
    ? ' The client is also the audience: the app called its own API, which is allowed.'
    : '';
  if (typeof payload.scp === 'string' || typeof payload.scope === 'string') {
    const claim = typeof payload.scp === 'string' ? 'scp' : 'scope';
    return {
      id: 'access-token-delegated',
      access: 'delegated',
      reason: `It has scopes (${claim}): permissions a user delegated to the app.${selfCall}`,
    };
  }
  if (payload.idtyp === 'app') {
    return {
      id: 'access-token-app-only',
      access: 'app-only',
      reason: `idtyp is "app": an application acting as itself, with no user.${selfCall}`,
    };
  }
  const marker = ID_TOKEN_MARKERS.find((name) => name in payload);
  if (marker) return { id: 'id-token', reason: `It has ${marker}, a claim only ID tokens carry.` };
  if (client !== undefined && Array.isArray(payload.roles)) {
    return {
      id: 'access-token-app-only',
      access: 'app-only',
      reason: `It has roles but no scopes (scp), and names its client in ${client.claim}: application permissions granted to the app itself, with no user.${selfCall}`,
    };
  }
  if (client !== undefined && !clientIsAudience) {
    return {
      id: 'access-token-app-only',
      access: 'app-only',
      reason: `No scopes, and issued to a client (${client.id}) for another audience: the app acts as itself.`,
    };
  }
  const microsoft =
    normalizeMediaType(header?.typ) !== 'at+jwt' && ('ver' in payload || 'tid' in payload);
  if (microsoft && client !== undefined && client.claim !== 'client_id') {
    return {
      id: 'access-token-app-only',
      access: 'app-only',
      reason: `No scopes (scp), yet a client id in ${client.claim}: Microsoft names the client only in access tokens, and one without scopes is the app acting as itself.${selfCall}`,
    };
  }
  if (microsoft && client === undefined && typeof payload.aud === 'string' && 'sub' in payload) {
    const roles = Array.isArray(payload.roles)
      ? ' Its roles are app roles assigned to the user.'
      : '';
    return {
      id: 'id-token',
      reason: `A Microsoft token about a user, with no scopes (scp) and no client id (appid or azp), which every Microsoft access token names: the shape of an ID token addressed to the app itself.${roles}`,
    };
  }
  if (clientIsAudience)
    return {
      id: 'id-token',
      reason:
        'The authorized party is the audience itself, and nothing marks an access token: the client received this token about its user.',
    };
  const session = ['auth_time', 'sid'].find((name) => name in payload);
  if (session && client === undefined && OIDC_REQUIRED.every((name) => name in payload)) {
    return {
      id: 'id-token',
      reason: `It has every claim OpenID Connect requires of an ID token, plus ${session}, and no access-token claim.`,
    };
  }
  return {
    id: 'jwt',
    reason: 'Its claims do not say whether it is an ID token or an access token.',
  };
}

const ID_TOKEN_MARKERS = ['nonce', 'at_hash', 'c_hash'] as const;

const OIDC_REQUIRED = ['iss', 'sub', 'aud', 'exp', 'iat'];

/** The client the token names: appid (Microsoft v1.0), azp (v2.0, OIDC) or client_id (RFC 9068). */
function findClient(payload: JsonObject): { id: string; claim: string } | undefined {
  for (const claim of ['appid', 'azp', 'client_id']) {
    const id = payload[claim];
    if (typeof id === 'string' && id !== '') return { id, claim };
  }
  return undefined;
}
