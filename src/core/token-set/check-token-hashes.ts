import type { JsonValue } from '../token/parse-json.ts';
import { findPair, type CrossCheck, type TokenPair } from './cross-check.ts';
import { quoteValue } from './quote-value.ts';
import { computeTokenHash, tokenHashAlgorithm } from './token-hash.ts';
import { memberValue } from './token-set-member.ts';
import type { TokenSet } from './token-set.ts';

type HashClaim = 'at_hash' | 'c_hash';

/**
 * The hashes at_hash and c_hash should have for one token set: Web Crypto is asynchronous, so
 * they are computed once per set and the (synchronous) checks compare against them.
 */
export interface TokenSetHashes {
  /** The set these were computed for; checks of any other set ignore them. */
  set: TokenSet;
  /** The left-half hash of the access token and of the code, by the ID token's alg. */
  computed: Partial<Record<HashClaim, string>>;
}

interface HashSubject {
  id: 'at-hash' | 'c-hash';
  claim: HashClaim;
  /** "the access token", "the authorization code" */
  subject: string;
  value: string | undefined;
  memberIds: string[];
  /** Where OpenID Connect requires the claim, when the value came from there. */
  requiredHere: string | undefined;
}

function subjects(pair: TokenPair): HashSubject[] {
  const id = pair.idToken;
  if (!id) return [];
  const fromAuthorizationEndpoint =
    pair.set.source === 'url-fragment' || pair.set.source === 'url-query';
  return [
    {
      id: 'at-hash',
      claim: 'at_hash',
      subject: 'the access token',
      value: pair.accessToken ? memberValue(pair.accessToken) : undefined,
      memberIds: [id.member.id, ...(pair.accessToken ? [pair.accessToken.id] : [])],
      requiredHere: fromAuthorizationEndpoint
        ? 'although it came with an access token from the authorization endpoint, where OpenID Connect requires it (implicit and hybrid flows)'
        : undefined,
    },
    {
      id: 'c-hash',
      claim: 'c_hash',
      subject: 'the authorization code',
      value: pair.set.authorizationCode,
      memberIds: [id.member.id],
      requiredHere: fromAuthorizationEndpoint
        ? 'although it came with an authorization code from the authorization endpoint, where OpenID Connect requires it (hybrid flow)'
        : undefined,
    },
  ];
}

/**
 * Computes what at_hash and c_hash should be for the set's first ID token: the left half of
 * the hash, by that token's alg, of the access token's and the code's ASCII text (OpenID
 * Connect Core §3.1.3.6, §3.2.2.9, §3.3.2.11). Nothing is computed without an ID token or
 * without a hash its alg names.
 */
export async function hashTokenSet(set: TokenSet): Promise<TokenSetHashes> {
  const pair = findPair(set);
  const algorithm = tokenHashAlgorithm(pair.idToken?.member.decoded.header?.value.alg);
  const computed: TokenSetHashes['computed'] = {};
  if (algorithm.ok) {
    for (const subject of subjects(pair)) {
      if (subject.value !== undefined) {
        computed[subject.claim] = await computeTokenHash(subject.value, algorithm.digest);
      }
    }
  }
  return { set, computed };
}

/** The at_hash and c_hash checks; none until the hashes of this very set are known. */
export function checkTokenHashes(
  pair: TokenPair,
  hashes: TokenSetHashes | undefined,
): CrossCheck[] {
  const id = pair.idToken;
  if (!id || hashes?.set !== pair.set) return [];
  const alg = id.member.decoded.header?.value.alg;
  return subjects(pair).flatMap((subject) => {
    const check = checkHash(subject, id.claims[subject.claim], alg, hashes.computed[subject.claim]);
    return check ? [check] : [];
  });
}

function checkHash(
  spec: HashSubject,
  claimed: JsonValue | undefined,
  alg: JsonValue | undefined,
  computed: string | undefined,
): CrossCheck | undefined {
  const base = { id: spec.id, title: spec.claim, members: spec.memberIds };
  if (spec.value === undefined) return undefined;
  if (claimed === undefined) {
    return spec.requiredHere
      ? {
          ...base,
          status: 'warning',
          message: `The ID token has no ${spec.claim}, ${spec.requiredHere}: nothing binds it to ${spec.subject}.`,
        }
      : {
          ...base,
          status: 'info',
          message: `The ID token has no ${spec.claim}, so nothing in it binds it to ${spec.subject}. OpenID Connect requires ${spec.claim} only when both come from the authorization endpoint.`,
        };
  }
  if (typeof claimed !== 'string') {
    return {
      ...base,
      status: 'fail',
      message: `${spec.claim} is ${quoteValue(claimed)}, not a string.`,
    };
  }
  const algorithm = tokenHashAlgorithm(alg);
  if (!algorithm.ok) {
    return {
      ...base,
      status: 'warning',
      message: `${spec.claim} ${quoteValue(claimed)} cannot be checked: ${algorithm.reason}`,
    };
  }
  if (computed === undefined) return undefined;
  const how = `the left half of its ${algorithm.digest} hash, as alg ${quoteValue(alg ?? null)} requires`;
  const note = algorithm.note ? ` ${algorithm.note}` : '';
  if (computed === claimed) {
    return {
      ...base,
      status: 'pass',
      message: `${spec.claim} ${quoteValue(claimed)} matches ${spec.subject}: ${how}.${note}`,
    };
  }
  return {
    ...base,
    status: 'fail',
    message: `${spec.claim} is ${quoteValue(claimed)}, but ${spec.subject} hashes to ${quoteValue(computed)} (${how}): this ID token was not issued together with ${spec.subject}.${note}`,
  };
}
