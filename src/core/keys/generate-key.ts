import { exportJWK, generateKeyPair, generateSecret } from 'jose';
import { decodeBase64url } from '../token/base64url.ts';
import {
  CONTENT_KEY_BYTES,
  DEFAULT_CONTENT_ENCRYPTION,
  hmacHashBytes,
  isSigningAlgorithm,
  signingShape,
  type ContentEncryption,
  type EncoderAlgorithm,
  type KeyShape,
} from './jose-algorithms.ts';
import { KeyMaterialError } from './key-errors.ts';
import { viewAsymmetricKey, viewSecret, type KeyView } from './key-view.ts';

export type RsaModulusLength = 2048 | 3072 | 4096;
export type AgreementCurve = 'P-256' | 'P-384' | 'P-521' | 'X25519';

export interface GenerateKeyOptions {
  /** For dir: the content encryption the key is for (it fixes the length). */
  enc?: ContentEncryption;
  /** For RSA algorithms; 2048 unless chosen. */
  modulusLength?: RsaModulusLength;
  /** For ECDH-ES and ECDH-ES+A256KW; P-256 unless chosen. */
  crv?: AgreementCurve;
}

export type GenerateKeyResult =
  { ok: true; view: KeyView } | { ok: false; error: KeyMaterialError };

/**
 * Generates a key pair or a secret for an encoder algorithm with Web Crypto (through jose).
 * The keys are extractable because showing them is the point: the user asked for a key to
 * copy. Nothing is kept; the caller holds only the returned text.
 */
export async function generateKey(
  algorithm: EncoderAlgorithm,
  options: GenerateKeyOptions = {},
): Promise<GenerateKeyResult> {
  try {
    return { ok: true, view: await generate(algorithm, options) };
  } catch (error) {
    const unsupported = error instanceof Error && error.name === 'NotSupportedError';
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: new KeyMaterialError(
        unsupported ? 'unsupported-by-browser' : 'key-unusable',
        unsupported
          ? `This browser's Web Crypto cannot generate a key for ${algorithm}.`
          : `A key for ${algorithm} could not be generated: ${reason.replace(/\.$/, '')}.`,
        { cause: error },
      ),
    };
  }
}

async function generate(
  algorithm: EncoderAlgorithm,
  options: GenerateKeyOptions,
): Promise<KeyView> {
  if (isSigningAlgorithm(algorithm)) {
    const shape = signingShape(algorithm);
    if (shape === 'oct') {
      const secret = await generateSecret(algorithm, { extractable: true });
      return viewSecret(
        `Secret of ${hmacHashBytes(algorithm)} random bytes for ${algorithm}`,
        await secretBytes(secret),
      );
    }
    const modulusLength = shape === 'RSA' ? (options.modulusLength ?? 2048) : undefined;
    const pair = await generateKeyPair(algorithm, {
      extractable: true,
      ...(modulusLength ? { modulusLength } : {}),
    });
    return viewAsymmetricKey({
      description: `${pairName(shape, modulusLength)} for ${algorithm}`,
      shape,
      privateKey: pair.privateKey,
      publicKey: pair.publicKey,
      algorithm,
      kid: undefined,
    });
  }
  switch (algorithm) {
    case 'RSA-OAEP-256': {
      const modulusLength = options.modulusLength ?? 2048;
      const pair = await generateKeyPair(algorithm, { extractable: true, modulusLength });
      return viewAsymmetricKey({
        description: `${pairName('RSA', modulusLength)} for ${algorithm}`,
        shape: 'RSA',
        privateKey: pair.privateKey,
        publicKey: pair.publicKey,
        algorithm,
        kid: undefined,
      });
    }
    case 'ECDH-ES':
    case 'ECDH-ES+A256KW': {
      const crv = options.crv ?? 'P-256';
      const pair = await generateKeyPair(algorithm, { extractable: true, crv });
      return viewAsymmetricKey({
        description: `${pairName(crv, undefined)} for ${algorithm}`,
        shape: crv,
        privateKey: pair.privateKey,
        publicKey: pair.publicKey,
        algorithm,
        kid: undefined,
      });
    }
    case 'A256KW': {
      const secret = await generateSecret('A256KW', { extractable: true });
      return viewSecret('AES-256 key of 32 random bytes for A256KW', await secretBytes(secret));
    }
    case 'dir': {
      const enc = options.enc ?? DEFAULT_CONTENT_ENCRYPTION;
      const secret = await generateSecret(enc, { extractable: true });
      return viewSecret(
        `Key of ${CONTENT_KEY_BYTES[enc]} random bytes for dir with ${enc}`,
        await secretBytes(secret),
      );
    }
  }
}

/** jose returns raw bytes for the CBC-HMAC encs and an extractable CryptoKey for the rest. */
async function secretBytes(secret: CryptoKey | Uint8Array): Promise<Uint8Array> {
  if (secret instanceof Uint8Array) return secret;
  const jwk = await exportJWK(secret);
  return decodeBase64url(jwk.k ?? '');
}

function pairName(shape: Exclude<KeyShape, 'oct'>, modulusLength: number | undefined): string {
  switch (shape) {
    case 'RSA':
      return `RSA ${modulusLength} key pair`;
    case 'Ed25519':
    case 'X25519':
      return `${shape} key pair`;
    default:
      return `EC ${shape} key pair`;
  }
}
