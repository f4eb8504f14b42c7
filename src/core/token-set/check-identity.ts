import {
  audiences,
  isMicrosoftToken,
  stringClaim,
  type ClaimsMember,
  type CrossCheck,
  type TokenPair,
} from './cross-check.ts';
import { quoteValue } from './quote-value.ts';
import type { TokenSet } from './token-set.ts';

/** The nonce an ID token carries (OpenID Connect Core §2, §3.1.2.1, §3.2.2.11). */
export function checkNonce(pair: TokenPair): CrossCheck | undefined {
  const id = pair.idToken;
  if (!id) return undefined;
  const base = { id: 'nonce', title: 'nonce', members: [id.member.id] } as const;
  const nonce = id.claims.nonce;
  if (typeof nonce === 'string' && nonce !== '') {
    return {
      ...base,
      status: 'pass',
      message: `The ID token carries nonce ${quoteValue(nonce)}: your app must check that it equals the nonce it sent with the sign-in request.`,
    };
  }
  const fromAuthorizationEndpoint =
    pair.set.source === 'url-fragment' || pair.set.source === 'url-query';
  if (nonce !== undefined) {
    return {
      ...base,
      status: 'fail',
      message: `nonce is ${quoteValue(nonce)}, not the non-empty string the sign-in request sent.`,
    };
  }
  return fromAuthorizationEndpoint
    ? {
        ...base,
        status: 'fail',
        message:
          'The ID token has no nonce, although it came from the authorization endpoint: OpenID Connect requires one in the implicit and hybrid flows, so a replayed ID token could not be told apart.',
      }
    : {
        ...base,
        status: 'warning',
        message:
          'The ID token has no nonce: the sign-in request sent none, so nothing shows that this ID token answers that request rather than being replayed.',
      };
}

/** The ID token is for the client; the access token says which client obtained it. */
export function checkClient(pair: TokenPair): CrossCheck | undefined {
  const id = pair.idToken;
  const access = pair.accessClaims;
  if (!id || !access) return undefined;
  const clientClaim = ['azp', 'appid', 'client_id'].find(
    (name) => typeof access.claims[name] === 'string',
  );
  if (!clientClaim) return undefined;
  const client = access.claims[clientClaim] as string;
  const idAudiences = audiences(id.claims.aud);
  const base = {
    id: 'client',
    title: 'Same client',
    members: [id.member.id, access.member.id],
  } as const;
  if (idAudiences.includes(client)) {
    return {
      ...base,
      status: 'pass',
      message: `The access token was issued to client ${quoteValue(client)} (${clientClaim}), which is the ID token's aud.`,
    };
  }
  return {
    ...base,
    status: 'fail',
    message: `The access token was issued to client ${quoteValue(client)} (${clientClaim}), but the ID token's aud is ${quoteValue(id.claims.aud ?? null)}: a different app obtained the access token.`,
  };
}

/** tid and oid name the tenant and the user the same way in every token of that tenant. */
export function checkSameClaim(pair: TokenPair, claim: 'tid' | 'oid'): CrossCheck | undefined {
  const id = pair.idToken;
  const access = pair.accessClaims;
  if (!id || !access) return undefined;
  const idValue = stringClaim(id.claims, claim);
  const accessValue = stringClaim(access.claims, claim);
  if (idValue === undefined || accessValue === undefined) return undefined;
  const base = {
    id: claim === 'tid' ? 'same-tenant' : 'same-user',
    title: claim === 'tid' ? 'Same tenant (tid)' : 'Same user (oid)',
    members: [id.member.id, access.member.id],
  } as const;
  if (claim === 'oid' && access.member.detected.access === 'app-only') {
    return {
      ...base,
      status: 'info',
      message: `The access token is app-only: its oid ${quoteValue(accessValue)} is the client's service principal, not the signed-in user ${quoteValue(idValue)}.`,
    };
  }
  if (idValue === accessValue) {
    return {
      ...base,
      status: 'pass',
      message: `Both tokens have ${claim} ${quoteValue(idValue)}.`,
    };
  }
  const meaning =
    claim === 'tid'
      ? 'they were issued by different tenants'
      : 'they are about different users or service principals';
  return {
    ...base,
    status: 'fail',
    message: `The ID token's ${claim} is ${quoteValue(idValue)} but the access token's is ${quoteValue(accessValue)}: ${meaning}.`,
  };
}

/**
 * sub is pairwise in Entra: the same user has a different sub for every application, so an
 * ID token (for the client) and an access token (for an API) differ by design.
 */
export function checkSameSubject(pair: TokenPair): CrossCheck | undefined {
  const id = pair.idToken;
  const access = pair.accessClaims;
  if (!id || !access) return undefined;
  const idSub = stringClaim(id.claims, 'sub');
  const accessSub = stringClaim(access.claims, 'sub');
  if (idSub === undefined || accessSub === undefined) return undefined;
  const base = {
    id: 'same-subject',
    title: 'Same subject (sub)',
    members: [id.member.id, access.member.id],
  } as const;
  if (idSub === accessSub) {
    return { ...base, status: 'pass', message: `Both tokens have sub ${quoteValue(idSub)}.` };
  }
  const idAudience = quoteValue(id.claims.aud ?? null);
  const accessAudience = quoteValue(access.claims.aud ?? null);
  const sameAudience = sameAudiences(id, access);
  if (isMicrosoftToken(id.claims) && isMicrosoftToken(access.claims) && !sameAudience) {
    return {
      ...base,
      status: 'info',
      message: `sub differs by design: Entra gives every user a different sub for each application, and the ID token is for ${idAudience} while the access token is for ${accessAudience}. Compare oid, which is the same in every app of the tenant.`,
    };
  }
  return {
    ...base,
    status: 'warning',
    message: `The ID token's sub is ${quoteValue(idSub)} but the access token's is ${quoteValue(accessSub)}${sameAudience ? `, although both are for ${idAudience}` : ''}: they may be about different users.`,
  };
}

/** A member the input named one thing whose claims say it is the other. */
export function checkRoleKinds(set: TokenSet): CrossCheck[] {
  const checks: CrossCheck[] = [];
  for (const member of set.members) {
    if (member.type !== 'decoded') continue;
    const detected = member.detected;
    const looksLikeAccess = detected.access !== undefined;
    const mismatch =
      (member.role === 'id_token' && looksLikeAccess) ||
      (member.role === 'access_token' && detected.id === 'id-token');
    if (!mismatch) continue;
    checks.push({
      id: 'role-kind',
      status: 'warning',
      title: `${member.label}: kind`,
      message: `The ${member.role} member looks like ${looksLikeAccess ? 'an access token' : 'an ID token'}: ${detected.detail}`,
      members: [member.id],
    });
  }
  return checks;
}

function sameAudiences(a: ClaimsMember, b: ClaimsMember): boolean {
  const first = audiences(a.claims.aud);
  const second = new Set(audiences(b.claims.aud));
  return first.length > 0 && first.some((value) => second.has(value));
}
