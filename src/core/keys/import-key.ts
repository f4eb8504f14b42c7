import { importJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';
import { KeyMaterialError } from './key-errors.ts';
import type { KeyCandidate } from './key-candidate.ts';
import type { KeyUse } from './select-key.ts';

export type ImportResult =
  { ok: true; key: CryptoKey | Uint8Array } | { ok: false; error: KeyMaterialError };

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/**
 * Imports a checked candidate with jose for one algorithm. The key is not extractable: signing,
 * encrypting and decrypting never need to read it back (key tools export, and ask for it).
 * Encrypting uses only the public members of a private JWK.
 */
export async function importKey(candidate: KeyCandidate, use: KeyUse): Promise<ImportResult> {
  const { material } = candidate;
  try {
    switch (material.type) {
      case 'secret':
        return { ok: true, key: material.bytes };
      case 'pkcs8':
        return { ok: true, key: await importPKCS8(material.pem, use.alg, { extractable: false }) };
      case 'jwk': {
        const jwk = use.operation === 'encrypt' ? publicMembers(material.jwk) : material.jwk;
        return { ok: true, key: await importJWK(jwk, use.alg, { extractable: false }) };
      }
    }
  } catch (error) {
    return { ok: false, error: describeImportFailure(candidate.description, use.alg, error) };
  }
}

export function publicMembers(jwk: JWK): JWK {
  if (jwk.kty === 'oct') return jwk;
  const copy: JWK = { ...jwk };
  for (const name of PRIVATE_MEMBERS) delete copy[name];
  return copy;
}

/**
 * Web Crypto's own words for a bad key ("Invalid keyData") never contain key material, but
 * they are terse; the message says which key and what was being done with it.
 */
export function describeImportFailure(
  description: string,
  purpose: string,
  error: unknown,
): KeyMaterialError {
  if (error instanceof Error && error.name === 'NotSupportedError') {
    return new KeyMaterialError(
      'unsupported-by-browser',
      `This browser's Web Crypto cannot use the ${description} for ${purpose}.`,
      { cause: error },
    );
  }
  const reason = error instanceof Error && error.message !== '' ? error.message : String(error);
  return new KeyMaterialError(
    'key-unusable',
    `The ${description} could not be imported for ${purpose}: ${reason.replace(/\.$/, '')}.`,
    { cause: error },
  );
}
