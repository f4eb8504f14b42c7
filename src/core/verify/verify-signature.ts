import type { AlgorithmInfo } from './algorithms.ts';
import type { DecodedToken } from '../token/decode-token.ts';
import { encodeBase64url } from '../token/base64url.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { TokenscopeError } from '../errors.ts';
import { decodeBase64Text } from './base64.ts';
import {
  checkKeysBelongToToken,
  issuerKeysOriginName,
  type KeyDiscovery,
} from './key-discovery.ts';
import { precheckToken } from './precheck-token.ts';
import { selectKeys, type KeySelection } from './select-keys.ts';
import { describeTokenNamedKeys, findTokenNamedKeys } from './token-named-keys.ts';
import { tryKeys, type KeyAttempt, type KeyImporter } from './try-keys.ts';
import type { SignatureOutcome, VerdictKind } from './verdict.ts';
import { keyLabel, pluralize, type KeySet, type VerificationKey } from './verification-key.ts';
import { VerifyError, type KeyError, type VerifyErrorCode } from './verify-errors.ts';
import { findWeakSecretProblems } from './weak-secret.ts';

export interface SignatureInput {
  decoded: DecodedToken;
  /** The keys to verify with: pasted, or the issuer's JWKS; undefined when there are none yet. */
  keySet: KeySet | undefined;
  /** Why pasted keys could not be read, when that is why there is no key set. */
  keyProblem?: KeyError | undefined;
  /** Why the issuer's keys could not be fetched, when that is why there is no key set. */
  fetchProblem?: Error | undefined;
  /** The discovery document the issuer's keys came from, and how its address was chosen. */
  discovery?: KeyDiscovery | undefined;
  importKey?: KeyImporter;
}

type Prepared =
  | { done: SignatureOutcome }
  | {
      done: undefined;
      header: JsonObject;
      algorithm: AlgorithmInfo;
      keySet: KeySet;
      warnings: string[];
    };

/** Everything decided before any key is tried, in a fixed order. */
function prepare(input: SignatureInput): Prepared {
  const precheck = precheckToken(input.decoded);
  if (!precheck.ok)
    return { done: failure(precheck.kind, precheck.error, { reasons: precheck.reasons }) };
  const { header, algorithm } = precheck;
  const references = findTokenNamedKeys(header);
  const warnings = references.length > 0 ? [describeTokenNamedKeys(references)] : [];
  const keySet = input.keySet;
  if (keySet && keySet.keys.length > 0) {
    const foreign =
      keySet.origin === 'issuer' && input.discovery
        ? checkKeysBelongToToken(input.discovery, input.decoded)
        : undefined;
    if (foreign) return { done: failure('no-matching-key', foreign, { warnings }) };
    const published = keySet.origin === 'issuer' ? publishedSecrets(keySet) : [];
    if (published.length > 0 && algorithm.kty === 'oct') {
      return {
        done: failure(
          'cannot-verify',
          error('issuer-published-secret', describePublishedSecrets(published, true)),
          { warnings },
        ),
      };
    }
    if (published.length > 0) warnings.push(describePublishedSecrets(published, false));
    return { done: undefined, header, algorithm, keySet, warnings };
  }
  const [code, message]: [VerifyErrorCode, string] = input.keyProblem
    ? ['no-keys', `the keys pasted into Keys cannot be used. ${input.keyProblem.message}`]
    : input.fetchProblem
      ? [
          'no-keys',
          `the issuer's keys could not be fetched. ${describeProblem(input.fetchProblem)}`,
        ]
      : references.length > 0
        ? [
            'only-token-named-keys',
            `the token only points to its own key (${references.join(', ')}), which is never trusted. Fetch the issuer's keys or paste them into Keys.`,
          ]
        : [
            'no-keys',
            "there are no keys to check against yet. Press Fetch keys to get the issuer's keys, or paste a key into Keys.",
          ];
  return { done: failure('no-matching-key', error(code, message), { warnings }) };
}

/**
 * The outcome when no cryptography is needed to reach it (the token cannot be verified, or
 * there are no keys), so a UI can show it without waiting; undefined when keys must be tried.
 */
export function immediateOutcome(input: SignatureInput): SignatureOutcome | undefined {
  return prepare(input).done;
}

/** Checks the signature and explains the outcome. Never throws; never reads the clock. */
export async function verifySignature(input: SignatureInput): Promise<SignatureOutcome> {
  const prepared = prepare(input);
  if (prepared.done) return prepared.done;
  const { header, algorithm, keySet, warnings } = prepared;
  const selection = selectKeys(
    header,
    algorithm,
    keySet.keys,
    await certificateThumbprints(header, keySet.keys),
  );
  const explanation = selection.exclusions.map((exclusion) => exclusion.message);
  if (selection.matches.length === 0) {
    return failure(...noCandidates(algorithm, keySet, selection), {
      reasons: explanation,
      warnings,
      selection,
    });
  }
  warnings.push(...weakSecretWarnings(selection, algorithm));
  const attempts = await tryKeys(
    input.decoded.input.token,
    algorithm.alg,
    selection.matches,
    input.importKey,
  );
  const reasons = [
    ...selection.matches.flatMap((match) => match.notes),
    ...attempts.map((attempt) => attempt.message),
    ...explanation,
  ];
  const verified = attempts.find((attempt) => attempt.outcome === 'verified');
  if (verified) {
    const tried = attempts.length > 1 ? ` after trying ${pluralize(attempts.length, 'key')}` : '';
    return {
      kind: 'verified',
      summary: `${keyLabel(verified.key)} (${verified.key.description}, ${keySet.origin === 'pasted' ? 'pasted' : issuerKeysOriginName(input.discovery)}) verified the ${algorithm.alg} signature${tried}.`,
      reasons,
      warnings,
      error: undefined,
      selection,
      attempts,
      verifiedBy: verified.key,
    };
  }
  return failure(...failedAttempts(algorithm, attempts, keySet), {
    reasons,
    warnings,
    selection,
    attempts,
  });
}

/** Symmetric keys in an issuer's JWKS: published secrets. */
function publishedSecrets(keySet: KeySet): VerificationKey[] {
  return keySet.keys.filter((key) => key.jwk.kty === 'oct');
}

/**
 * A JWKS is public by design, so a symmetric key in it is a secret everyone can read: anyone
 * could MAC a token with it. It proves nothing and is never used, for this token or any other.
 */
function describePublishedSecrets(keys: VerificationKey[], forThisToken: boolean): string {
  const one = keys.length === 1;
  const which = keys.map((key) => keyLabel(key)).join(', ');
  const fact = `the issuer's JWKS publishes ${one ? 'a symmetric key' : 'symmetric keys'} (kty "oct": ${which}). A JWKS is public, so anyone who can read it can mint tokens with ${one ? 'that key' : 'those keys'}`;
  return forThisToken
    ? `critical issuer misconfiguration: ${fact}: an HMAC signature checked with ${one ? 'it' : 'them'} proves nothing, so ${one ? 'it is' : 'they are'} refused. The issuer must remove ${one ? 'it' : 'them'} and sign with an asymmetric key (RS256, ES256…).`
    : `Critical issuer misconfiguration: ${fact}. ${one ? 'It is' : 'They are'} never used; the issuer must remove ${one ? 'it' : 'them'}.`;
}

function noCandidates(
  algorithm: AlgorithmInfo,
  keySet: KeySet,
  selection: KeySelection,
): [VerdictKind, VerifyError] {
  if (selection.wrongKeyTypeOnly && algorithm.kty === 'oct') {
    return [
      'cannot-verify',
      error(
        'algorithm-confusion',
        `algorithm confusion. The token says ${algorithm.alg}, an HMAC algorithm, but the keys are public keys. Using a public key as an HMAC secret is the classic forgery (RFC 8725 §2.1): the key decides the algorithm, never the token.`,
      ),
    ];
  }
  if (selection.wrongKeyTypeOnly) {
    return [
      'cannot-verify',
      error(
        'key-type-mismatch',
        `the token says ${algorithm.alg}, but ${keySet.keys.length === 1 ? 'the key is' : 'every key is'} ${keySet.keys[0]?.jwk.kty === 'oct' ? 'an HMAC secret' : 'of another type'}. The key decides the algorithm, and this one cannot check an ${algorithm.scheme} signature.`,
      ),
    ];
  }
  if (selection.missingKid !== undefined) {
    const rotated =
      keySet.origin === 'issuer'
        ? ' The issuer may have rotated its keys, or the token was not issued by it.'
        : '';
    return [
      'no-matching-key',
      error(
        'no-matching-key',
        `no key has the token's kid ${JSON.stringify(selection.missingKid)} (${keySet.description}).${rotated}`,
      ),
    ];
  }
  return [
    'no-matching-key',
    error(
      'no-matching-key',
      `none of the ${pluralize(keySet.keys.length, 'key')} may verify this ${algorithm.alg} token (${keySet.description}).`,
    ),
  ];
}

function failedAttempts(
  algorithm: AlgorithmInfo,
  attempts: KeyAttempt[],
  keySet: KeySet,
): [VerdictKind, VerifyError] {
  if (attempts.some((attempt) => attempt.outcome === 'mismatch')) {
    const which =
      attempts.length === 1
        ? `it does not match ${keyLabel(attempts[0]!.key)} (${attempts[0]!.key.description})`
        : `none of the ${attempts.length} candidate keys matches it`;
    const hint =
      keySet.keys[0]?.format === 'secret'
        ? ' If the secret is base64-encoded, say so in Secret encoding.'
        : '';
    return [
      'invalid-signature',
      error(
        'signature-mismatch',
        `the ${algorithm.alg} signature was checked and ${which}: the token was altered or signed with another key.${hint}`,
      ),
    ];
  }
  if (attempts.every((attempt) => attempt.outcome === 'unsupported')) {
    return [
      'cannot-verify',
      error('unsupported-by-browser', `${algorithm.alg} is not supported by this browser.`),
    ];
  }
  const first = attempts.find((attempt) => attempt.outcome === 'unusable') ?? attempts[0];
  return [
    'cannot-verify',
    error('key-unusable', `the key could not be used. ${first?.message ?? ''}`.trim()),
  ];
}

function weakSecretWarnings(selection: KeySelection, algorithm: AlgorithmInfo): string[] {
  if (algorithm.kty !== 'oct') return [];
  return selection.matches.flatMap(({ key }) => {
    const decoded = key.jwk.k === undefined ? undefined : decodeBase64Text(key.jwk.k, 'base64url');
    if (!decoded?.ok) return [];
    return findWeakSecretProblems(decoded.bytes, algorithm.hashBytes).map(
      (problem) => `${keyLabel(key)}: ${problem}`,
    );
  });
}

/**
 * x5t (SHA-1 of the DER certificate, RFC 7515 §4.1.7) for pasted certificates, computed only
 * when the token identifies its key by x5t alone.
 */
async function certificateThumbprints(
  header: JsonObject,
  keys: readonly VerificationKey[],
): Promise<Map<VerificationKey, string>> {
  const thumbprints = new Map<VerificationKey, string>();
  if (typeof header.kid === 'string' || typeof header.x5t !== 'string') return thumbprints;
  for (const key of keys) {
    if (!key.certificate || key.jwk.x5t !== undefined) continue;
    const digest = await crypto.subtle.digest(
      'SHA-1',
      key.certificate.der as Uint8Array<ArrayBuffer>,
    );
    thumbprints.set(key, encodeBase64url(new Uint8Array(digest)));
  }
  return thumbprints;
}

function describeProblem(problem: Error): string {
  return problem instanceof TokenscopeError
    ? problem.message
    : `Unexpected error: ${problem.message}`;
}

function error(code: VerifyErrorCode, message: string): VerifyError {
  return new VerifyError(code, message);
}

function failure(
  kind: VerdictKind,
  cause: VerifyError,
  details: Partial<Pick<SignatureOutcome, 'reasons' | 'warnings' | 'selection' | 'attempts'>> = {},
): SignatureOutcome {
  return {
    kind,
    summary: cause.message,
    reasons: details.reasons ?? [],
    warnings: details.warnings ?? [],
    error: cause,
    selection: details.selection,
    attempts: details.attempts ?? [],
    verifiedBy: undefined,
  };
}
