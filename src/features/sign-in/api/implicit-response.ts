import type * as oauth from 'oauth4webapi';
import {
  describeIdTokenFailure,
  type IdTokenFailure,
} from '../../../core/sign-in/describe-token-failure.ts';
import { describeResponseFailure } from '../../../core/sign-in/describe-response-failure.ts';
import type { PendingSignIn } from '../../../core/sign-in/pending-sign-in.ts';
import type { AuthorizationResponse } from '../../../core/sign-in/sign-in-return.ts';
import { decodeToken } from '../../../core/token/decode-token.ts';
import { isJsonObject, type JsonObject } from '../../../core/token/parse-json.ts';
import { checkClaims, DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../../../core/verify/check-claims.ts';
import { RejectedIdToken } from './rejected-id-token.ts';
import { validateCallback } from './validate-callback.ts';

/**
 * The legacy implicit flows: the ID token arrives in the fragment. The rest of the response is
 * checked by validateCallback (oauth4webapi); the ID token's nonce here, and its exp, nbf, iss
 * and aud by the verifier's own claim checks. Throws a SignInError, or RejectedIdToken.
 */
export function acceptImplicitIdToken(
  server: oauth.AuthorizationServer,
  client: oauth.Client,
  pending: PendingSignIn,
  response: AuthorizationResponse,
  now: number,
): { idToken: string; claims: JsonObject } {
  validateCallback(server, client, pending, response);
  const idToken = response.parameters.get('id_token');
  if (idToken === null) {
    throw describeResponseFailure({ kind: 'token-missing' }, { redirectUri: pending.redirectUri });
  }
  const reject = (failure: IdTokenFailure) =>
    new RejectedIdToken(describeIdTokenFailure(failure), idToken);
  const decoded = decodeToken(idToken);
  const payload = decoded.payload;
  if (payload?.type !== 'json' || !isJsonObject(payload.value)) {
    throw reject({ kind: 'invalid', detail: 'it is not a JWT with a JSON claims set' });
  }
  const claims = payload.value;
  if (claims.nonce !== pending.nonce) throw reject({ kind: 'nonce', received: claims.nonce });
  const checks = checkClaims({
    header: decoded.header?.value,
    payload,
    now,
    clockToleranceSeconds: DEFAULT_CLOCK_TOLERANCE_SECONDS,
    expectedAudience: pending.clientId,
    discoveredIssuer: server.issuer,
  });
  for (const check of checks) {
    if (check.status !== 'fail') continue;
    switch (check.claim) {
      case 'exp':
      case 'nbf':
        throw reject({
          kind: 'timestamp',
          claim: check.claim,
          value: claims[check.claim],
          now: Math.floor(now / 1000),
        });
      case 'iss':
        throw reject({ kind: 'issuer', received: claims.iss, expected: server.issuer });
      case 'aud':
        throw reject({ kind: 'audience', received: claims.aud, clientId: pending.clientId });
      default:
        throw reject({ kind: 'invalid', detail: check.message });
    }
  }
  if (claims.exp === undefined) {
    throw reject({ kind: 'invalid', detail: 'it has no exp, which every ID token carries' });
  }
  return { idToken, claims };
}
