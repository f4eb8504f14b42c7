import {
  checkClient,
  checkNonce,
  checkRoleKinds,
  checkSameClaim,
  checkSameSubject,
} from './check-identity.ts';
import { checkLifetimes } from './check-lifetimes.ts';
import { checkExpiresIn, checkScope } from './check-response.ts';
import { checkTokenHashes, type TokenSetHashes } from './check-token-hashes.ts';
import { findPair, type CrossCheck } from './cross-check.ts';
import type { TokenSet } from './token-set.ts';

/**
 * The checks between the tokens of a set: at_hash and c_hash (given `hashes` from
 * hashTokenSet for this set; without them those two checks are left out), nonce, the client,
 * tenant, user and subject the tokens name, the token response's expires_in and scope against
 * the access token, and their lifetimes at `now` (milliseconds since the epoch). A set of one
 * token with nothing to compare it with (no code, no response) has no checks.
 */
export function checkTokenSet(
  set: TokenSet,
  hashes: TokenSetHashes | undefined,
  now: number,
): CrossCheck[] {
  const comparable =
    set.members.length > 1 || set.authorizationCode !== undefined || set.response !== undefined;
  if (!comparable) return [];
  const pair = findPair(set);
  const checks: (CrossCheck | undefined)[] = [
    ...checkTokenHashes(pair, hashes),
    checkNonce(pair),
    checkClient(pair),
    checkSameClaim(pair, 'tid'),
    checkSameClaim(pair, 'oid'),
    checkSameSubject(pair),
    checkExpiresIn(pair),
    checkScope(pair),
    checkLifetimes(set, now),
    ...checkRoleKinds(set),
  ];
  return checks.filter((check): check is CrossCheck => check !== undefined);
}
