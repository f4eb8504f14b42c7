import { describeKeyTypeNeeded, lookupAlgorithm, type AlgorithmInfo } from './algorithms.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { keyLabel, type VerificationKey } from './verification-key.ts';

export type ExclusionReason = 'kid' | 'x5t' | 'key-type' | 'curve' | 'use' | 'key-ops' | 'alg';

export interface KeyMatch {
  key: VerificationKey;
  /** Why a key that is not an exact match was still tried ("it has no kid"). */
  notes: string[];
}

export interface KeyExclusion {
  key: VerificationKey;
  reason: ExclusionReason;
  message: string;
}

export interface KeySelection {
  /** How the token names its key. */
  matchedBy: 'kid' | 'x5t' | 'key-type';
  /** The keys to try, exact identifier matches first. */
  matches: KeyMatch[];
  exclusions: KeyExclusion[];
  /** The token's kid when no key in the set carries it: the issuer may have rotated keys. */
  missingKid: string | undefined;
  /** The set holds no key of the type the algorithm needs. */
  wrongKeyTypeOnly: boolean;
}

/**
 * Picks the keys that may verify a token, the way RFC 7515 §6 and RFC 8725 §3.1 ask: the key
 * type must fit the algorithm (a public key is never an HMAC secret), `kid` (or `x5t`, which
 * Microsoft v1 tokens carry) is compared as an exact string, and `use`, `key_ops` and `alg`
 * restrict what a key may do. Keys without an identifier stay candidates: a pasted PEM key
 * has none, and the user chose it.
 */
export function selectKeys(
  header: JsonObject,
  algorithm: AlgorithmInfo,
  keys: readonly VerificationKey[],
  thumbprints: ReadonlyMap<VerificationKey, string> = new Map(),
): KeySelection {
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const x5t = kid === undefined && typeof header.x5t === 'string' ? header.x5t : undefined;
  const exact: KeyMatch[] = [];
  const loose: KeyMatch[] = [];
  const exclusions: KeyExclusion[] = [];
  for (const key of keys) {
    const notes: string[] = [];
    const identified = checkIdentifier(key, kid, x5t, thumbprints, notes);
    const exclusion =
      (identified === false ? excludeByIdentifier(key, kid, x5t, thumbprints) : undefined) ??
      checkCapabilities(key, algorithm, notes);
    if (exclusion) exclusions.push(exclusion);
    else (identified === true ? exact : loose).push({ key, notes });
  }
  return {
    matchedBy: kid !== undefined ? 'kid' : x5t !== undefined ? 'x5t' : 'key-type',
    matches: [...exact, ...loose],
    exclusions,
    missingKid: kid !== undefined && !keys.some((key) => key.jwk.kid === kid) ? kid : undefined,
    wrongKeyTypeOnly: keys.length > 0 && !keys.some((key) => key.jwk.kty === algorithm.kty),
  };
}

/** true: the identifier matches; false: it differs; undefined: nothing to compare. */
function checkIdentifier(
  key: VerificationKey,
  kid: string | undefined,
  x5t: string | undefined,
  thumbprints: ReadonlyMap<VerificationKey, string>,
  notes: string[],
): boolean | undefined {
  if (kid !== undefined) {
    if (key.jwk.kid === undefined) {
      notes.push(`${keyLabel(key)} has no kid, so it was tried because its type fits.`);
      return undefined;
    }
    return key.jwk.kid === kid;
  }
  if (x5t !== undefined) {
    const keyX5t = key.jwk.x5t ?? thumbprints.get(key);
    if (keyX5t === undefined) {
      notes.push(`${keyLabel(key)} has no x5t thumbprint, so it was tried because its type fits.`);
      return undefined;
    }
    return keyX5t === x5t;
  }
  return undefined;
}

function excludeByIdentifier(
  key: VerificationKey,
  kid: string | undefined,
  x5t: string | undefined,
  thumbprints: ReadonlyMap<VerificationKey, string>,
): KeyExclusion {
  if (kid !== undefined) {
    return {
      key,
      reason: 'kid',
      message: `${keyLabel(key)}: its kid is not the token's kid ${JSON.stringify(kid)}.`,
    };
  }
  const keyX5t = key.jwk.x5t ?? thumbprints.get(key);
  return {
    key,
    reason: 'x5t',
    message: `${keyLabel(key)}: its x5t ${JSON.stringify(keyX5t)} is not the token's x5t ${JSON.stringify(x5t)}.`,
  };
}

function checkCapabilities(
  key: VerificationKey,
  algorithm: AlgorithmInfo,
  notes: string[],
): KeyExclusion | undefined {
  const label = keyLabel(key);
  const { jwk } = key;
  if (jwk.kty !== algorithm.kty) {
    return {
      key,
      reason: 'key-type',
      message: `${label} is an ${key.description}, but ${algorithm.alg} needs ${describeKeyTypeNeeded(algorithm.kty)}.`,
    };
  }
  if (algorithm.crv !== undefined && jwk.crv !== algorithm.crv) {
    return {
      key,
      reason: 'curve',
      message: `${label} is on curve ${jwk.crv ?? '(none)'}, but ${algorithm.alg} uses ${algorithm.crv}.`,
    };
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    return {
      key,
      reason: 'use',
      message: `${label} has "use": ${JSON.stringify(jwk.use)}; only "sig" keys verify signatures.`,
    };
  }
  if (jwk.key_ops !== undefined && !jwk.key_ops.includes('verify')) {
    return {
      key,
      reason: 'key-ops',
      message: `${label} has "key_ops": ${JSON.stringify(jwk.key_ops)}, which does not include "verify".`,
    };
  }
  return jwk.alg === undefined ? undefined : checkKeyAlgorithm(key, jwk.alg, algorithm, notes);
}

/**
 * A key's "alg" names the one algorithm it may be used with (RFC 7517 §4.4, RFC 8725 §3.1):
 * any other registered algorithm is refused, even with the same scheme and another hash. An
 * unregistered value (RFC 7520's published P-521 key says "ES521") is noted and left to the
 * key type and curve, which already fix the algorithm.
 */
function checkKeyAlgorithm(
  key: VerificationKey,
  keyAlg: string,
  algorithm: AlgorithmInfo,
  notes: string[],
): KeyExclusion | undefined {
  if (keyAlg === algorithm.alg) return undefined;
  const label = keyLabel(key);
  if (!lookupAlgorithm(keyAlg)) {
    notes.push(
      `${label} declares "alg": ${JSON.stringify(keyAlg)}, which is not a registered JWS algorithm; its type and curve decide instead.`,
    );
    return undefined;
  }
  return {
    key,
    reason: 'alg',
    message: `${label} is declared for ${keyAlg} only, but the token uses ${algorithm.alg}.`,
  };
}
