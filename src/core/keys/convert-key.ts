import { importJWK, importPKCS8, type CryptoKey } from 'jose';
import { decodeBase64url } from '../token/base64url.ts';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { describeImportFailure } from './import-key.ts';
import { isSigningAlgorithm, type EncoderAlgorithm } from './jose-algorithms.ts';
import { KeyMaterialError } from './key-errors.ts';
import { algorithmsForShape, explainWrongAlgorithm, keyShape } from './key-identity.ts';
import {
  IMPORT_ALG,
  derivePublicKey,
  viewAsymmetricKey,
  viewSecret,
  type KeyView,
} from './key-view.ts';
import type { KeyCandidate } from './key-candidate.ts';
import { readKeyText } from './read-key-text.ts';
import { label } from './select-key.ts';

export interface ConvertKeyInput {
  keyText: string;
  /** How a secret typed as text is written. */
  secretEncoding: SecretEncoding;
  /** The algorithm the key is for, when known: it becomes the JWKS entry's alg and use. */
  algorithm?: EncoderAlgorithm | undefined;
}

export type ConvertKeyResult = { ok: true; view: KeyView } | { ok: false; error: KeyMaterialError };

/**
 * Converts a pasted key between JWK and PEM and describes it: a private key gives its private
 * and public halves in both forms, a public key (PEM SPKI, PKCS#1, certificate or JWK) its
 * public forms, a secret its oct JWK. The key is imported extractable, because exporting it
 * again is what was asked for.
 */
export async function convertKey(input: ConvertKeyInput): Promise<ConvertKeyResult> {
  if (input.keyText.trim() === '') {
    return fail('empty', 'Paste a key to convert: a JWK, a PEM block or a secret.');
  }
  const read = readKeyText(input.keyText, {
    secretEncoding: input.secretEncoding,
    secret: { allowed: true },
  });
  if (!read.ok) return read;
  if (read.candidates.length > 1) {
    const names = read.candidates.map(
      (candidate) => `${label(candidate)} (${candidate.description})`,
    );
    return fail(
      'ambiguous-key',
      `This holds ${read.candidates.length} keys (${names.join('; ')}): paste one key to convert.`,
    );
  }
  const candidate = read.candidates[0]!;
  const { algorithm } = input;
  const shape = keyShape(candidate.identity);
  if (
    algorithm !== undefined &&
    !algorithmsForShape(shape, 'sign').includes(algorithm) &&
    !algorithmsForShape(shape, 'encrypt').includes(algorithm)
  ) {
    const operation = isSigningAlgorithm(algorithm) ? 'sign' : 'encrypt';
    return fail('wrong-algorithm', explainWrongAlgorithm(candidate.identity, algorithm, operation));
  }
  try {
    return { ok: true, view: await convert(candidate, algorithm) };
  } catch (error) {
    return { ok: false, error: describeImportFailure(candidate.description, 'conversion', error) };
  }
}

async function convert(
  candidate: KeyCandidate,
  algorithm: EncoderAlgorithm | undefined,
): Promise<KeyView> {
  const { material } = candidate;
  const shape = keyShape(candidate.identity);
  if (material.type === 'secret') return viewSecret(candidate.description, material.bytes);
  // read-key-text only makes oct candidates from secrets and oct JWKs, whose "k" it checked.
  if (shape === 'oct') return viewSecret(candidate.description, jwkSecretBytes(material));
  const alg = IMPORT_ALG[shape];
  if (material.type === 'pkcs8' || candidate.visibility === 'private') {
    const privateKey =
      material.type === 'pkcs8'
        ? await importPKCS8(material.pem, alg, { extractable: true })
        : ((await importJWK(material.jwk, alg, { extractable: true })) as CryptoKey);
    return viewAsymmetricKey({
      description: candidate.description,
      shape,
      privateKey,
      publicKey: await derivePublicKey(privateKey, alg),
      algorithm,
      kid: candidate.kid,
    });
  }
  const publicKey = (await importJWK(material.jwk, alg, { extractable: true })) as CryptoKey;
  return viewAsymmetricKey({
    description: candidate.description,
    shape,
    privateKey: undefined,
    publicKey,
    algorithm,
    kid: candidate.kid,
  });
}

function jwkSecretBytes(material: KeyCandidate['material']): Uint8Array {
  return material.type === 'jwk' ? decodeBase64url(material.jwk.k ?? '') : new Uint8Array();
}

function fail(code: KeyMaterialError['code'], message: string): ConvertKeyResult {
  return { ok: false, error: new KeyMaterialError(code, message) };
}
