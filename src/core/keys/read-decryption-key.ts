import type { CryptoKey } from 'jose';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { importKey } from './import-key.ts';
import {
  exactSecretBytes,
  isPasswordBased,
  keyManagementShapes,
  type DecryptionAlgorithm,
  type DecryptionEncryption,
} from './jose-algorithms.ts';
import { KeyMaterialError } from './key-errors.ts';
import { keyShape, type KeyIdentity } from './key-identity.ts';
import { readKeyText } from './read-key-text.ts';
import { label, selectKeys, type KeyUse } from './select-key.ts';

export interface DecryptionKeyInput {
  keyText: string;
  /** The token's alg and enc: the token decides, so any alg jose decrypts (but PBES2). */
  alg: DecryptionAlgorithm;
  enc: DecryptionEncryption;
  secretEncoding: SecretEncoding;
  /** The token header's kid: picks the entry of a pasted JWKS. */
  kid: string | undefined;
}

export interface DecryptionKey {
  key: CryptoKey | Uint8Array;
  identity: KeyIdentity;
  /** `key "abc"` or `key 2` in a JWKS; undefined for a single key. */
  label: string | undefined;
  /** "RSA 2048 private key (PEM PKCS#8)". */
  description: string;
}

export type DecryptionKeyResult =
  { ok: true; keys: DecryptionKey[]; warnings: string[] } | { ok: false; error: KeyMaterialError };

const NEEDED: Record<string, string> = {
  RSA: 'the RSA private key (a JWK with "d", or a PEM PRIVATE KEY or RSA PRIVATE KEY block)',
  ECDH: 'the EC or X25519 private key (a JWK with "d", or a PEM PRIVATE KEY or EC PRIVATE KEY block)',
};

/** What a decryption key must be for this alg, in words (also the Decryption key hint). */
export function describeDecryptionKeyNeeded(
  alg: DecryptionAlgorithm,
  enc: DecryptionEncryption,
): string {
  const shapes = keyManagementShapes(alg);
  if (shapes.includes('RSA')) return NEEDED.RSA!;
  if (shapes.includes('X25519')) return NEEDED.ECDH!;
  if (isPasswordBased(alg)) return 'the password it was encrypted with, typed as text';
  const bytes = exactSecretBytes(alg, enc);
  return `the ${bytes === undefined ? '' : `${bytes}-byte `}shared key (an oct JWK, or its bytes as text in the chosen encoding)`;
}

/**
 * Reads the key pasted into Decryption key for the token's alg and enc. From a JWKS, the
 * header's kid picks the key; without a kid every entry that fits is returned, in order, for
 * the caller to try.
 */
export async function readDecryptionKeys(input: DecryptionKeyInput): Promise<DecryptionKeyResult> {
  const { alg, enc } = input;
  const needed = describeDecryptionKeyNeeded(alg, enc);
  if (input.keyText.trim() === '') {
    return fail(
      'empty',
      `Paste a key into Decryption key: this token (${alg}, ${enc}) needs ${needed}.`,
    );
  }
  const shapes = keyManagementShapes(alg);
  const read = readKeyText(input.keyText, {
    secretEncoding: input.secretEncoding,
    secret: shapes.includes('oct')
      ? { allowed: true }
      : { allowed: false, notAKey: `This is not a key: this token (${alg}) needs ${needed}.` },
  });
  if (!read.ok) return read;
  const bytes = exactSecretBytes(alg, enc);
  const use: KeyUse = {
    operation: 'decrypt',
    alg,
    label: alg === 'dir' ? `dir with ${enc}` : alg,
    shapes,
    secretLength:
      bytes === undefined
        ? undefined
        : {
            bytes,
            why:
              alg === 'dir'
                ? `dir uses the key itself as the ${enc} content encryption key`
                : `${alg} unwraps the content key with an AES key`,
          },
    kid: input.kid,
    algAliases: alg === 'dir' ? [enc] : [],
  };
  const selection = selectKeys(read.candidates, read.fromSet, use);
  if (!selection.ok) return selection;
  const keys: DecryptionKey[] = [];
  const warnings = [...selection.warnings];
  let firstFailure: KeyMaterialError | undefined;
  for (const candidate of selection.candidates) {
    const imported = await importKey(candidate, use);
    if (!imported.ok) {
      // Another key may still decrypt; this one's problem is kept, not dropped.
      firstFailure ??= imported.error;
      warnings.push(`${label(candidate)} was skipped. ${imported.error.message}`);
      continue;
    }
    keys.push({
      key: imported.key,
      identity: candidate.identity,
      label: read.fromSet ? label(candidate) : undefined,
      description: candidate.description,
    });
  }
  if (keys.length === 0 && firstFailure) return { ok: false, error: firstFailure };
  return { ok: true, keys, warnings };
}

/** Whether a key's curve is the one the token's ephemeral key (epk) is on. */
export function sameCurve(identity: KeyIdentity, crv: string): boolean {
  return keyShape(identity) === crv;
}

function fail(code: KeyMaterialError['code'], message: string): DecryptionKeyResult {
  return { ok: false, error: new KeyMaterialError(code, message) };
}
