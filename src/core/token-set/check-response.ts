import { readNumericDate } from '../claims/numeric-date.ts';
import { formatDuration } from '../lifetime/format-duration.ts';
import { formatInstant } from '../claims/format-date-time.ts';
import { isMicrosoftToken, type CrossCheck, type TokenPair } from './cross-check.ts';
import { quoteList } from './quote-value.ts';

/** How far iat + expires_in may be from exp: the response and the token are minted together. */
export const EXPIRES_IN_TOLERANCE_SECONDS = 60;

/** Entra dates iat and nbf this far before the moment of issue, to absorb clock skew. */
const ENTRA_BACKDATE_SECONDS = 300;

/** Scopes of OpenID Connect itself, which a response grants but an API's scp need not list. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access', 'address', 'phone']);

/** The response's expires_in against the access token's own lifetime, exp − iat. */
export function checkExpiresIn(pair: TokenPair): CrossCheck | undefined {
  const expiresIn = pair.set.response?.expiresIn;
  const access = pair.accessClaims;
  if (expiresIn === undefined || !access) return undefined;
  const iat = readNumericDate(access.claims.iat);
  const exp = readNumericDate(access.claims.exp);
  if (iat === undefined || exp === undefined) return undefined;
  const base = {
    id: 'expires-in',
    title: 'expires_in',
    members: [access.member.id],
  } as const;
  const lifetime = exp - iat;
  const said = `expires_in ${expiresIn} s (${formatDuration(expiresIn * 1000)})`;
  const lives = `the access token lives ${formatDuration(lifetime * 1000)} (iat ${formatInstant(iat)} to exp ${formatInstant(exp)})`;
  const gap = lifetime - expiresIn;
  if (Math.abs(gap) <= EXPIRES_IN_TOLERANCE_SECONDS) {
    return {
      ...base,
      status: 'pass',
      message: `${said} agrees with the token: ${lives}, so iat + expires_in is within ${EXPIRES_IN_TOLERANCE_SECONDS} s of exp.`,
    };
  }
  if (
    isMicrosoftToken(access.claims) &&
    Math.abs(gap - ENTRA_BACKDATE_SECONDS) <= EXPIRES_IN_TOLERANCE_SECONDS
  ) {
    return {
      ...base,
      status: 'pass',
      message: `${said} agrees with the token: ${lives}, 5 minutes more than expires_in because Entra dates iat 5 minutes early to absorb clock skew.`,
    };
  }
  return {
    ...base,
    status: 'warning',
    message: `${said}, but ${lives}: the response and the token disagree by ${formatDuration(Math.abs(gap) * 1000)}, so this is probably not the access token that came with this response.`,
  };
}

/**
 * The scopes the response says it granted against the access token's scp (or scope). A
 * resource prefix ("https://graph.microsoft.com/User.Read", "api://contoso/read") is compared
 * by its last segment, as the token lists it; OpenID Connect's own scopes and `.default` are
 * left out, because an API's token need not list them.
 */
export function checkScope(pair: TokenPair): CrossCheck | undefined {
  const scope = pair.set.response?.scope;
  const access = pair.accessClaims;
  if (scope === undefined || !access) return undefined;
  const base = { id: 'scope', title: 'scope', members: [access.member.id] } as const;
  const claimName = access.claims.scp !== undefined ? 'scp' : 'scope';
  const claim = access.claims[claimName];
  const tokenScopes =
    typeof claim === 'string'
      ? splitScopes(claim)
      : Array.isArray(claim)
        ? claim.filter((value): value is string => typeof value === 'string')
        : undefined;
  if (!tokenScopes) {
    return {
      ...base,
      status: 'info',
      message: `The response grants scope "${scope}", but the access token has no scp: it carries application permissions (roles) or none, so there is nothing to compare.`,
    };
  }
  const granted = new Set(splitScopes(scope).map(shortScope).filter(comparable));
  const held = new Set(tokenScopes.map(shortScope).filter(comparable));
  const missing = [...granted].filter((name) => !held.has(name));
  const extra = [...held].filter((name) => !granted.has(name));
  if (missing.length === 0 && extra.length === 0) {
    return {
      ...base,
      status: 'pass',
      message: `The scopes of the response match the access token's ${claimName} ${quoteList(tokenScopes)} (resource prefixes and OpenID Connect scopes aside).`,
    };
  }
  const parts = [
    missing.length ? `granted by the response but not in ${claimName}: ${quoteList(missing)}` : '',
    extra.length ? `in ${claimName} but not granted by the response: ${quoteList(extra)}` : '',
  ].filter(Boolean);
  return {
    ...base,
    status: 'warning',
    message: `The scopes differ — ${parts.join('; ')}. The response may belong to another token request.`,
  };
}

function splitScopes(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** "https://graph.microsoft.com/User.Read" → "User.Read"; a plain scope stays as it is. */
function shortScope(scope: string): string {
  if (!scope.includes('://')) return scope;
  return scope.slice(scope.lastIndexOf('/') + 1);
}

function comparable(scope: string): boolean {
  return scope !== '' && scope !== '.default' && !OIDC_SCOPES.has(scope);
}
