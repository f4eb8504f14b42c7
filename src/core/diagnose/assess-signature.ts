import { quoteList, quoteValue } from '../token-set/quote-value.ts';
import { discoveryUrlForIssuer } from '../verify/discovery-url.ts';
import { isGraphToken } from './assess-audience.ts';
import {
  assessment,
  evidence,
  claimIs,
  named,
  quotedOf,
  type AssessmentInput,
  type ClaimEvidence,
  type TokenAssessment,
} from './token-assessment.ts';

const MICROSOFT_API_TOKEN =
  "The token's header has a nonce: it is a token for a Microsoft API such as Graph, signed so that only that API can verify it. Your API must be sent a token requested for its own scope.";

const GRAPH_TOKEN =
  'The token is for Microsoft Graph (see its aud): only Graph can verify it. Your API must be sent a token requested for its own scope.';

function keyEvidence(input: AssessmentInput): ClaimEvidence[] {
  return [
    ...evidence('header', 'alg', input.header?.alg),
    ...evidence('header', 'kid', input.header?.kid),
    ...evidence('header', 'x5t', input.header?.x5t),
    ...evidence('payload', 'iss', input.claims?.iss),
  ];
}

/** Causes shared by every signature failure: a token no third party can verify. */
function unverifiable(
  input: AssessmentInput,
  claims: ClaimEvidence[],
): TokenAssessment | undefined {
  if (input.header && 'nonce' in input.header)
    return assessment('causes', MICROSOFT_API_TOKEN, claims);
  if (isGraphToken(input.claims?.aud)) return assessment('causes', GRAPH_TOKEN, claims);
  const alg = input.header?.alg;
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    return assessment(
      'causes',
      `The token's alg is ${quoteValue(alg)}: it is not signed at all.`,
      claims,
    );
  }
  return undefined;
}

/** Where the issuer's keys are listed, for the sentence that sends the user there. */
function keySource(input: AssessmentInput): string {
  const discovery = discoveryUrlForIssuer(input.claims?.iss);
  return discovery.ok
    ? `the jwks_uri of ${quoteValue(discovery.url)}`
    : "the issuer's published key set";
}

/** No key with the token's kid (IDX10501/10503/10516, ERR_JWKS_NO_MATCHING_KEY…). */
export function assessSigningKey(input: AssessmentInput): TokenAssessment {
  const claims = keyEvidence(input);
  const cause = unverifiable(input, claims);
  if (cause) return cause;
  const kid = input.header?.kid;
  const quoted = quotedOf(input, 'key-id', 'token').map((value) => value.value);
  if (typeof kid === 'string' && quoted.length > 0 && !quoted.includes(kid)) {
    return assessment(
      'other-token',
      `The message is about kid ${quoteList(quoted)}, but this token's header has ${named('kid', kid)}.`,
      claims,
    );
  }
  if (kid === undefined) {
    return assessment(
      'cannot-tell',
      `The token's header names no kid, so the validator has to try every key; the key that signed it must be among ${keySource(input)}.`,
      claims,
    );
  }
  return assessment(
    'cannot-tell',
    `The token's header has ${named('kid', kid)} (${named('alg', input.header?.alg)}). A key with this kid must be in the validator's keys, which should be ${keySource(input)}; the Signature verification panel can fetch that set and look for it.`,
    claims,
  );
}

export function assessSigningKeyPresent(input: AssessmentInput): TokenAssessment {
  const kid = input.header?.kid;
  const claims = keyEvidence(input);
  return kid === undefined
    ? assessment('causes', "The token's header names no kid.", claims)
    : assessment(
        'other-token',
        `This token's header has ${named('kid', kid)}, so it is not the token that was rejected.`,
        claims,
      );
}

/** The signature does not verify (IDX10511, ERR_JWS_SIGNATURE_VERIFICATION_FAILED…). */
export function assessSignature(input: AssessmentInput): TokenAssessment {
  const claims = keyEvidence(input);
  const cause = unverifiable(input, claims);
  if (cause) return cause;
  if (!input.token.signature || input.token.signature.length === 0) {
    return assessment(
      'causes',
      "The token's signature segment is empty: the signature was removed, so it cannot verify.",
      claims,
    );
  }
  return assessment(
    'cannot-tell',
    `The token is signed with ${named('alg', input.header?.alg)} and ${named('kid', input.header?.kid)}. Check it in the Signature verification panel with ${keySource(input)}: if it verifies there, the API holds other keys; if not, the token was changed.`,
    claims,
  );
}

export function assessSignaturePresent(input: AssessmentInput): TokenAssessment {
  const claims = evidence('header', 'alg', input.header?.alg);
  const signature = input.token.signature;
  return !signature || signature.length === 0
    ? assessment('causes', "The token's signature segment is empty.", claims)
    : assessment(
        'other-token',
        `This token has a signature of ${signature.length} bytes, so it is not the token that was rejected.`,
        claims,
      );
}

export function assessAlgorithm(input: AssessmentInput): TokenAssessment {
  const alg = input.header?.alg;
  const claims = evidence('header', 'alg', alg);
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') {
    return assessment(
      'causes',
      `The token's header has ${named('alg', alg)}: no validator should accept it.`,
      claims,
    );
  }
  return assessment(
    'cannot-tell',
    `The token's ${claimIs('alg', alg)}: the validator must allow this algorithm and hold a key of its type (RSA for RS* and PS*, EC for ES*, a shared secret for HS*).`,
    claims,
  );
}

/** Decoding problems other than a missing signature make a token malformed. */
const NOT_FORMAT = new Set(['signature-empty', 'unsecured-with-signature']);

export function assessFormat(input: AssessmentInput): TokenAssessment {
  const token = input.token;
  const problem = token.errors.find((error) => !NOT_FORMAT.has(error.code));
  if (token.format === 'invalid' || problem) {
    return assessment(
      'causes',
      `The token is malformed: ${problem?.message ?? 'it is not a compact JWS or JWE.'}`,
    );
  }
  if (token.format === 'jwe') {
    return assessment(
      'cannot-tell',
      'The token is encrypted (a JWE with five segments): a validator that expects a signed JWT cannot read it.',
    );
  }
  return assessment(
    'other-token',
    `This token is well formed (${token.segments.length} segments), so the validator was sent something else: the token with a second "Bearer ", in quotes, cut off, or another value altogether.`,
  );
}

export function assessSize(input: AssessmentInput): TokenAssessment {
  const length = input.token.input.token.length;
  const limit = quotedOf(input, 'size', 'limit')[0];
  const size = `The token is ${length.toLocaleString('en')} characters long`;
  const groups = Array.isArray(input.claims?.groups) ? input.claims.groups.length : undefined;
  const claims =
    groups === undefined
      ? []
      : [
          {
            where: 'payload' as const,
            claim: 'groups',
            value: `${groups.toLocaleString('en')} ids`,
          },
        ];
  if (!limit) return assessment('cannot-tell', `${size}.`, claims);
  const max = Number(limit.value);
  return length > max
    ? assessment(
        'causes',
        `${size}, more than the ${max.toLocaleString('en')} the validator accepts.`,
        claims,
      )
    : assessment(
        'other-token',
        `${size}, within the ${max.toLocaleString('en')} the validator accepts: the rejected token was another one.`,
        claims,
      );
}

/** IDX20803: the metadata could not be fetched; the token says where it should be. */
export function assessDiscovery(input: AssessmentInput): TokenAssessment {
  const iss = input.claims?.iss;
  const claims = evidence('payload', 'iss', iss);
  const discovery = discoveryUrlForIssuer(iss);
  return assessment(
    'not-applicable',
    discovery.ok
      ? `The error is in fetching the issuer's metadata, not in the token. For this token's ${named('iss', iss)}, the discovery document is ${quoteValue(discovery.url)}: the server must be able to reach it.`
      : `The error is in fetching the issuer's metadata, not in the token. ${discovery.error.message}`,
    claims,
  );
}
