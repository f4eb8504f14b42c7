import type { KeyShape } from './jose-algorithms.ts';
import { KeyMaterialError } from './key-errors.ts';
import { explainWrongAlgorithm, keyShape, listWords, type KeyOperation } from './key-identity.ts';
import type { KeyCandidate } from './key-candidate.ts';

/** What a key is wanted for: the operation, the JOSE alg and what that alg demands of a key. */
export interface KeyUse {
  operation: KeyOperation;
  /** The JOSE alg the key is imported for: "RS256", "RSA-OAEP-256", "dir". */
  alg: string;
  /** How the algorithm reads in a message: "RS256", "dir with A256GCM". */
  label: string;
  shapes: readonly KeyShape[];
  /** The exact length a symmetric key must have, and why, when the algorithm fixes it. */
  secretLength: { bytes: number; why: string } | undefined;
  /** The kid that names the key to use (the header's), for picking from a JWKS. */
  kid: string | undefined;
  /**
   * Other values a JWK's "alg" may hold for this use: a dir key is the content encryption
   * key, and is often marked with the enc (RFC 7520 §5.6 does so).
   */
  algAliases?: readonly string[];
}

export type KeySelection =
  | { ok: true; candidates: KeyCandidate[]; warnings: string[] }
  | { ok: false; error: KeyMaterialError };

const OPERATION_WORDS: Record<KeyOperation, string> = {
  sign: 'sign',
  encrypt: 'encrypt with',
  decrypt: 'decrypt',
};

/**
 * Picks the keys that can do `use` from what was read. A single key must fit, or its own
 * problem is the error. From a JWKS, the header's kid picks the entry; without one, the
 * entries that fit are returned in order (a signer needs exactly one, a decrypter tries each).
 */
export function selectKeys(
  candidates: readonly KeyCandidate[],
  fromSet: boolean,
  use: KeyUse,
): KeySelection {
  const warnings: string[] = [];
  let pool = [...candidates];
  if (fromSet && use.kid !== undefined && pool.some((candidate) => candidate.kid !== undefined)) {
    const named = pool.filter((candidate) => candidate.kid === use.kid);
    if (named.length === 0) {
      const kids = pool.flatMap((candidate) =>
        candidate.kid === undefined ? [] : [JSON.stringify(candidate.kid)],
      );
      return fail(
        'kid-not-found',
        `No key in this JWKS has the kid ${JSON.stringify(use.kid)} named in the header (its kids: ${kids.join(', ')}).`,
      );
    }
    pool = named;
  }
  if (!fromSet && use.kid !== undefined) {
    const kid = pool[0]?.kid;
    if (kid !== undefined && kid !== use.kid) {
      warnings.push(
        `The header names kid ${JSON.stringify(use.kid)}, but this key's kid is ${JSON.stringify(kid)}: a verifier that picks keys by kid will not find it.`,
      );
    }
  }
  const problems = pool.map((candidate) => checkKey(candidate, use));
  const fitting = pool.filter((_, index) => problems[index] === undefined);
  if (fitting.length > 0) return { ok: true, candidates: fitting, warnings };
  if (pool.length === 1) return { ok: false, error: problems[0]! };
  // One key of the right kind that fails for its own reason (public, too short) is the one
  // the user meant: its reason says more than a list of every key.
  const rightKind = problems.filter((problem) => problem?.code !== 'wrong-algorithm');
  if (rightKind.length === 1) return { ok: false, error: rightKind[0]! };
  const reasons = pool.map(
    (candidate, index) => `${label(candidate)}: ${problems[index]!.message}`,
  );
  return fail(
    'no-usable-key',
    `None of the ${pool.length} keys ${fromSet ? 'in this JWKS' : 'pasted'} can ${OPERATION_WORDS[use.operation]} ${use.label}. ${reasons.join(' ')}`,
  );
}

/**
 * A signer needs one key: among JWKS entries that fit, the header's kid decides; among PEM
 * blocks, which have no kid, only pasting one does.
 */
export function requireSingleKey(
  selection: KeySelection,
  use: KeyUse,
  fromSet: boolean,
): KeySelection {
  if (!selection.ok || selection.candidates.length === 1) return selection;
  const names = listWords(selection.candidates.map(label));
  const verb = `${OPERATION_WORDS[use.operation]} ${use.label}`;
  return fail(
    'ambiguous-key',
    fromSet
      ? `${selection.candidates.length} keys in this JWKS can ${verb} (${names}): put the "kid" of the one to use in the header.`
      : `${selection.candidates.length} keys pasted can ${verb} (${names}): paste only the one to use.`,
  );
}

/** `key "abc"` when the key has a kid, else `key 2`. */
export function label(candidate: KeyCandidate): string {
  return candidate.kid === undefined
    ? `key ${candidate.position}`
    : `key ${JSON.stringify(candidate.kid)}`;
}

const PRIVATE_FORMS = 'a JWK with "d", or a PEM PRIVATE KEY block';
const PUBLIC_FORMS = 'a JWK without "d", or a PEM PUBLIC KEY or CERTIFICATE block';

/** Why this key cannot do `use`, in the order a user would fix things; undefined if it can. */
export function checkKey(candidate: KeyCandidate, use: KeyUse): KeyMaterialError | undefined {
  const { identity, visibility } = candidate;
  if (!use.shapes.includes(keyShape(identity))) {
    return new KeyMaterialError(
      'wrong-algorithm',
      explainWrongAlgorithm(identity, use.alg, use.operation),
    );
  }
  const verb =
    use.operation === 'sign'
      ? 'signing with'
      : use.operation === 'encrypt'
        ? 'encrypting with'
        : 'decrypting';
  if (visibility === 'public' && use.operation !== 'encrypt') {
    return new KeyMaterialError(
      'public-key',
      `This is the ${candidate.description}: ${verb} ${use.label} needs the private key (${PRIVATE_FORMS}).`,
    );
  }
  if (
    visibility === 'private' &&
    use.operation === 'encrypt' &&
    candidate.material.type === 'pkcs8'
  ) {
    return new KeyMaterialError(
      'private-key',
      `This is the ${candidate.description}: ${verb} ${use.label} needs the recipient's public key (${PUBLIC_FORMS}). Key tools can derive it from this private key.`,
    );
  }
  if (identity.kty === 'RSA' && identity.bits < 2048) {
    return new KeyMaterialError(
      'key-too-short',
      `This RSA key is ${identity.bits} bits; ${use.alg} needs at least 2048 (RFC 7518 ${use.operation === 'sign' ? '§3.3' : '§4.3'}).`,
    );
  }
  if (identity.kty === 'oct' && use.secretLength && identity.bytes !== use.secretLength.bytes) {
    return new KeyMaterialError(
      'key-length-mismatch',
      `${use.secretLength.why}, which is ${use.secretLength.bytes} bytes (${use.secretLength.bytes * 8} bits); this key is ${identity.bytes} bytes.`,
    );
  }
  return checkRestrictions(candidate, use);
}

const USE_NAMES: Record<string, string> = { sig: 'signatures', enc: 'encryption' };

const KEY_OPS: Record<KeyOperation, readonly string[]> = {
  sign: ['sign'],
  encrypt: ['encrypt', 'wrapKey', 'deriveKey', 'deriveBits'],
  decrypt: ['decrypt', 'unwrapKey', 'deriveKey', 'deriveBits'],
};

/** A JWK's "use", "alg" and "key_ops" limit what it may do (RFC 7517 §4.2–4.4). */
function checkRestrictions(candidate: KeyCandidate, use: KeyUse): KeyMaterialError | undefined {
  const expectedUse = use.operation === 'sign' ? 'sig' : 'enc';
  if (candidate.use !== undefined && candidate.use !== expectedUse) {
    const named = USE_NAMES[candidate.use];
    return new KeyMaterialError(
      'key-restricted',
      `This key is marked "use": ${JSON.stringify(candidate.use)}${named ? ` (${named})` : ''}, so it is not for ${USE_NAMES[expectedUse]}. Remove "use" from the key if it really is meant for both.`,
    );
  }
  if (
    candidate.alg !== undefined &&
    candidate.alg !== use.alg &&
    !use.algAliases?.includes(candidate.alg)
  ) {
    return new KeyMaterialError(
      'key-restricted',
      `This key is marked "alg": ${JSON.stringify(candidate.alg)}, so it is not for ${use.alg}. Choose ${candidate.alg}, or remove "alg" from the key.`,
    );
  }
  const allowed = KEY_OPS[use.operation];
  if (candidate.keyOps !== undefined && !candidate.keyOps.some((op) => allowed.includes(op))) {
    const listed = candidate.keyOps.length > 0 ? candidate.keyOps.join(', ') : 'none';
    return new KeyMaterialError(
      'key-restricted',
      `This key's "key_ops" (${listed}) do not include ${listWords(
        allowed.map((op) => `"${op}"`),
        'or',
      )}, so it may not ${OPERATION_WORDS[use.operation].replace(' with', '')}.`,
    );
  }
  return undefined;
}

function fail(code: KeyMaterialError['code'], message: string): KeySelection {
  return { ok: false, error: new KeyMaterialError(code, message) };
}
