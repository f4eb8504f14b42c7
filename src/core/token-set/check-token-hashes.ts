import type { JsonValue } from '../token/parse-json.ts';
import type { CrossCheck, TokenPair } from './cross-check.ts';
import { quoteValue } from './quote-value.ts';
import { computeTokenHash, tokenHashAlgorithm } from './token-hash.ts';
import { memberValue } from './token-set-member.ts';

interface HashCheckSpec {
  id: 'at-hash' | 'c-hash';
  claim: 'at_hash' | 'c_hash';
  /** "the access token", "the authorization code" */
  subject: string;
  value: string | undefined;
  memberIds: string[];
  /** Where OpenID Connect requires the claim, when the value came from there. */
  requiredHere: string | undefined;
}

/**
 * at_hash binds an ID token to the access token it came with (OpenID Connect Core §3.1.3.6,
 * §3.2.2.9), c_hash to the authorization code (§3.3.2.11): the left half of the hash, by the
 * ID token's alg, of the value's ASCII text.
 */
export async function checkTokenHashes(pair: TokenPair): Promise<CrossCheck[]> {
  const id = pair.idToken;
  if (!id) return [];
  const fromAuthorizationEndpoint =
    pair.set.source === 'url-fragment' || pair.set.source === 'url-query';
  const specs: HashCheckSpec[] = [
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
  const checks: CrossCheck[] = [];
  for (const spec of specs) {
    const check = await checkHash(spec, id.claims[spec.claim], id.member.decoded.header?.value.alg);
    if (check) checks.push(check);
  }
  return checks;
}

async function checkHash(
  spec: HashCheckSpec,
  claimed: JsonValue | undefined,
  alg: JsonValue | undefined,
): Promise<CrossCheck | undefined> {
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
  const computed = await computeTokenHash(spec.value, algorithm.digest);
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
