import type { CryptoKey } from 'jose';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { importKey } from './import-key.ts';
import {
  describeKeyNeeded,
  exactSecretBytes,
  keyManagementShapes,
  type ContentEncryption,
  type KeyManagementAlgorithm,
} from './jose-algorithms.ts';
import { KeyMaterialError } from './key-errors.ts';
import { readKeyText } from './read-key-text.ts';
import { requireSingleKey, selectKeys, type KeyUse } from './select-key.ts';

export interface EncryptionKeyInput {
  keyText: string;
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
  secretEncoding: SecretEncoding;
  /** The header's kid: picks the entry of a pasted JWKS. */
  kid?: string | undefined;
}

export interface EncryptionKey {
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
  /** The recipient's public key (non-extractable), or the shared key's bytes. */
  key: CryptoKey | Uint8Array;
  /** "RSA 2048 public key (JWK)", "secret, 32 bytes (base64url)". */
  description: string;
  kid: string | undefined;
  warnings: string[];
}

export type EncryptionKeyResult =
  { ok: true; encryptionKey: EncryptionKey } | { ok: false; error: KeyMaterialError };

/**
 * Reads the key a JWE is encrypted to: the recipient's public key (a private JWK is reduced
 * to its public members) or, for A256KW and dir, a shared key of exactly the right length.
 */
export async function readEncryptionKey(input: EncryptionKeyInput): Promise<EncryptionKeyResult> {
  const { alg, enc } = input;
  const needed = describeKeyNeeded(alg, enc);
  if (input.keyText.trim() === '') {
    return fail('empty', `Paste a key into Signing key: ${alg} needs ${needed}.`);
  }
  const shapes = keyManagementShapes(alg);
  const read = readKeyText(input.keyText, {
    secretEncoding: input.secretEncoding,
    secret: shapes.includes('oct')
      ? { allowed: true }
      : { allowed: false, notAKey: `This is not a key: ${alg} needs ${needed}.` },
  });
  if (!read.ok) return read;
  const bytes = exactSecretBytes(alg, enc);
  const use: KeyUse = {
    operation: 'encrypt',
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
                : `${alg} wraps the content key with an AES key`,
          },
    kid: input.kid,
    algAliases: alg === 'dir' ? [enc] : [],
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
  if (candidate.visibility === 'private') {
    warnings.push(
      "This JWK holds a private key; only its public members were used: encrypting needs only the recipient's public key.",
    );
  }
  return {
    ok: true,
    encryptionKey: {
      alg,
      enc,
      key: imported.key,
      description: candidate.description,
      kid: candidate.kid,
      warnings,
    },
  };
}

function fail(code: KeyMaterialError['code'], message: string): EncryptionKeyResult {
  return { ok: false, error: new KeyMaterialError(code, message) };
}
