import { compactVerify, errors, importJWK } from 'jose';
import type { JwsAlgorithm } from './algorithms.ts';
import type { KeyMatch } from './select-keys.ts';
import { keyLabel, type PublicJwk, type VerificationKey } from './verification-key.ts';

export type AttemptOutcome = 'verified' | 'mismatch' | 'unsupported' | 'unusable';

export interface KeyAttempt {
  key: VerificationKey;
  outcome: AttemptOutcome;
  message: string;
}

/** Turns a public JWK into what jose verifies with. A parameter so tests can stand in for a browser. */
export type KeyImporter = (jwk: PublicJwk, alg: JwsAlgorithm) => Promise<CryptoKey | Uint8Array>;

/**
 * Imports only the members that define the key. Selection has already applied kid, use,
 * key_ops and alg by Tokenscope's rules; handing them to jose as well would re-apply its
 * stricter alg rule to keys the verdict explains.
 */
export const importPublicJwk: KeyImporter = (jwk, alg) => {
  const { kty, n, e, crv, x, y, k } = jwk;
  const members = Object.entries({ n, e, crv, x, y, k }).filter(([, value]) => value !== undefined);
  return importJWK({ kty, ...Object.fromEntries(members) }, alg);
};

/**
 * Tries each candidate key in order until one verifies. The token given here has passed the
 * strict base64url checks of decodeToken; jose's own decoder is more lenient.
 */
export async function tryKeys(
  token: string,
  alg: JwsAlgorithm,
  matches: readonly KeyMatch[],
  importKey: KeyImporter = importPublicJwk,
): Promise<KeyAttempt[]> {
  const attempts: KeyAttempt[] = [];
  for (const { key } of matches) {
    const attempt = await tryKey(token, alg, key, importKey);
    attempts.push(attempt);
    if (attempt.outcome === 'verified') break;
  }
  return attempts;
}

async function tryKey(
  token: string,
  alg: JwsAlgorithm,
  key: VerificationKey,
  importKey: KeyImporter,
): Promise<KeyAttempt> {
  const label = keyLabel(key);
  let cryptoKey: CryptoKey | Uint8Array;
  try {
    cryptoKey = await importKey(key.jwk, alg);
  } catch (error) {
    if (isNotSupported(error)) {
      return {
        key,
        outcome: 'unsupported',
        message: `${label}: ${alg} is not supported by this browser.`,
      };
    }
    return {
      key,
      outcome: 'unusable',
      message: `${label} could not be imported: ${describe(error)}`,
    };
  }
  try {
    await compactVerify(token, cryptoKey, { algorithms: [alg] });
    return { key, outcome: 'verified', message: `${label} verified the signature.` };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return { key, outcome: 'mismatch', message: `${label}: the signature does not match.` };
    }
    if (isNotSupported(error)) {
      return {
        key,
        outcome: 'unsupported',
        message: `${label}: ${alg} is not supported by this browser.`,
      };
    }
    return { key, outcome: 'unusable', message: `${label} could not be used: ${describe(error)}` };
  }
}

function isNotSupported(error: unknown): boolean {
  return (
    error instanceof errors.JOSENotSupported ||
    (error instanceof Error && error.name === 'NotSupportedError')
  );
}

/**
 * Chromium rejects bad key material with a DOMException whose message is empty; the name is
 * all there is to go on, so it is explained rather than shown as a blank.
 */
const UNEXPLAINED: Record<string, string> = {
  DataError: 'its numbers do not form a valid key (an EC point that is not on its curve, for one)',
  OperationError: 'its numbers do not form a usable key',
};

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message.trim() : String(error).trim();
  if (message === '') {
    const name = error instanceof Error ? error.name : 'Error';
    const why = UNEXPLAINED[name] ?? 'the key material is probably malformed';
    return `the browser refused it (${name}) without saying why: ${why}.`;
  }
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
