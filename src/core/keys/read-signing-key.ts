import type { CryptoKey } from 'jose';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { findWeakSecretProblems } from '../verify/weak-secret.ts';
import { importKey } from './import-key.ts';
import {
  describeKeyNeeded,
  hmacHashBytes,
  signingShape,
  type SigningAlgorithm,
} from './jose-algorithms.ts';
import { KeyMaterialError } from './key-errors.ts';
import { readKeyText } from './read-key-text.ts';
import { requireSingleKey, selectKeys, type KeyUse } from './select-key.ts';

export interface SigningKeyInput {
  keyText: string;
  alg: SigningAlgorithm;
  /** How a secret typed as text is written; JWK and PEM are recognised by their shape. */
  secretEncoding: SecretEncoding;
  /** The header's kid: picks the entry of a pasted JWKS. */
  kid?: string | undefined;
}

export interface SigningKey {
  alg: SigningAlgorithm;
  /** What jose signs with: a non-extractable CryptoKey, or an HMAC secret's bytes. */
  key: CryptoKey | Uint8Array;
  /** "RSA 2048 private key (PEM PKCS#8)", "secret, 32 bytes (UTF-8 text)". */
  description: string;
  kid: string | undefined;
  /** Weak HMAC secrets (the verifier's own warnings), a kid that differs from the header's. */
  warnings: string[];
}

export type SigningKeyResult =
  { ok: true; signingKey: SigningKey } | { ok: false; error: KeyMaterialError };

/**
 * Reads the key pasted into Signing key for a JWS algorithm: a private JWK (or one entry of
 * a JWKS), a PEM private key (PKCS#8, PKCS#1, SEC1) or an HMAC secret. Every refusal says
 * what the key is and which algorithms it does fit.
 */
export async function readSigningKey(input: SigningKeyInput): Promise<SigningKeyResult> {
  const { alg } = input;
  const shape = signingShape(alg);
  if (input.keyText.trim() === '') {
    return fail('empty', `Paste a key into Signing key: ${alg} needs ${describeKeyNeeded(alg)}.`);
  }
  const read = readKeyText(input.keyText, {
    secretEncoding: input.secretEncoding,
    secret:
      shape === 'oct'
        ? { allowed: true }
        : {
            allowed: false,
            notAKey: `This is not a key: ${alg} needs ${describeKeyNeeded(alg)}. A secret typed as text only signs HS256, HS384 and HS512.`,
          },
  });
  if (!read.ok) return read;
  const use: KeyUse = {
    operation: 'sign',
    alg,
    label: alg,
    shapes: [shape],
    secretLength: undefined,
    kid: input.kid,
  };
  const selection = requireSingleKey(
    selectKeys(read.candidates, read.fromSet, use),
    use,
    read.fromSet,
  );
  if (!selection.ok) return selection;
  const candidate = selection.candidates[0]!;
  const imported = await importKey(candidate, use);
  if (!imported.ok) return imported;
  const warnings = [...selection.warnings];
  const hashBytes = hmacHashBytes(alg);
  if (hashBytes !== undefined && imported.key instanceof Uint8Array) {
    warnings.push(...findWeakSecretProblems(imported.key, hashBytes));
  }
  return {
    ok: true,
    signingKey: {
      alg,
      key: imported.key,
      description: candidate.description,
      kid: candidate.kid,
      warnings,
    },
  };
}

function fail(code: KeyMaterialError['code'], message: string): SigningKeyResult {
  return { ok: false, error: new KeyMaterialError(code, message) };
}
