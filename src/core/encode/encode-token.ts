import { CompactEncrypt, CompactSign, errors } from 'jose';
import { KeyMaterialError } from '../keys/key-errors.ts';
import {
  DEFAULT_CONTENT_ENCRYPTION,
  isSigningAlgorithm,
  type ContentEncryption,
  type EncoderAlgorithm,
} from '../keys/jose-algorithms.ts';
import { readEncryptionKey } from '../keys/read-encryption-key.ts';
import { readSigningKey } from '../keys/read-signing-key.ts';
import type { JsonObject } from '../token/parse-json.ts';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { isCompactJws } from '../decrypt/compact-jws.ts';
import { EncodeError, type EncodeField } from './encode-errors.ts';
import { readHeaderText, readJsonText } from './json-text.ts';
import { buildProtectedHeader } from './protected-header.ts';

export interface EncodeRequest {
  headerText: string;
  payloadText: string;
  algorithm: EncoderAlgorithm;
  /** The content encryption for a JWE algorithm; not used when signing. A256GCM if omitted. */
  enc?: ContentEncryption | undefined;
  keyText: string;
  /** How a secret typed into Signing key is written; JWK and PEM are recognised by shape. */
  secretEncoding: SecretEncoding;
}

export interface EncodedToken {
  /** The compact JWS or JWE. */
  token: string;
  format: 'jws' | 'jwe';
  /** The protected header exactly as it is in the token. */
  header: JsonObject;
  /** "Signed with RS256 using the RSA 2048 private key (PEM PKCS#8)." */
  summary: string;
  /** What the encoder changed from what was typed ("alg" set from Algorithm, "cty" added). */
  notices: string[];
  /** Weak secrets, duplicate members, a kid the key does not have. */
  warnings: string[];
}

export type EncodeResult =
  | { ok: true; encoded: EncodedToken }
  | { ok: false; field: EncodeField; error: EncodeError | KeyMaterialError };

const encoder = new TextEncoder();

/**
 * Makes a token from the encoder's boxes. A JWS signs the Payload text's exact bytes; a JWE
 * encrypts them, or the compact JWS typed there as a nested JWT. Never throws: each failure
 * names the box it belongs to.
 */
export async function encodeToken(request: EncodeRequest): Promise<EncodeResult> {
  const { algorithm } = request;
  const enc = request.enc ?? DEFAULT_CONTENT_ENCRYPTION;
  const jws = isSigningAlgorithm(algorithm);
  const typedHeader = readHeaderText(request.headerText);
  if (!typedHeader.ok) return { ok: false, field: 'header', error: typedHeader.error };

  const nestedToken = jws ? undefined : request.payloadText.trim();
  const nested = nestedToken !== undefined && isCompactJws(nestedToken);
  const warnings: string[] = [];
  if (!nested) {
    const payload = readJsonText(request.payloadText, 'payload');
    if (!payload.ok) {
      const error = jws ? payload.error : withNestedHint(payload.error);
      return { ok: false, field: 'payload', error };
    }
    warnings.push(
      ...payload.duplicates.map(
        (duplicate) =>
          `The payload gives "${duplicate.path}" ${duplicate.values.length} times; the token keeps every copy as typed, and a last-wins parser reads the last.`,
      ),
    );
  }
  const built = buildProtectedHeader({
    typed: typedHeader.value,
    duplicates: typedHeader.duplicates,
    algorithm,
    enc,
    nested,
  });
  warnings.unshift(...built.warnings);
  const { header } = built;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const plaintext = encoder.encode(nested ? nestedToken : request.payloadText);
  const crit = recognisedCrit(header);

  if (jws) {
    if (header.b64 === false) {
      return {
        ok: false,
        field: 'header',
        error: new EncodeError(
          'header-rejected',
          'The header says "b64": false (RFC 7797, unencoded payload), but the encoder makes ordinary compact tokens, whose payload is base64url-encoded: remove "b64".',
          { field: 'header' },
        ),
      };
    }
    const key = await readSigningKey({
      keyText: request.keyText,
      alg: algorithm,
      secretEncoding: request.secretEncoding,
      kid,
    });
    if (!key.ok) return { ok: false, field: 'key', error: key.error };
    try {
      const token = await new CompactSign(plaintext)
        .setProtectedHeader({ ...header, alg: algorithm })
        .sign(key.signingKey.key, { crit });
      return success(
        token,
        'jws',
        header,
        `Signed with ${algorithm} using the ${key.signingKey.description}.`,
        built.notices,
        [...warnings, ...key.signingKey.warnings],
      );
    } catch (error) {
      return joseFailure(error, 'signing-failed', `jose could not sign with ${algorithm}`);
    }
  }
  const key = await readEncryptionKey({
    keyText: request.keyText,
    alg: algorithm,
    enc,
    secretEncoding: request.secretEncoding,
    kid,
  });
  if (!key.ok) return { ok: false, field: 'key', error: key.error };
  try {
    const token = await new CompactEncrypt(plaintext)
      .setProtectedHeader({ ...header, alg: algorithm, enc })
      .encrypt(key.encryptionKey.key, { crit });
    return success(
      token,
      'jwe',
      header,
      `Encrypted with ${algorithm} and ${enc} using the ${key.encryptionKey.description}.`,
      built.notices,
      [...warnings, ...key.encryptionKey.warnings],
    );
  } catch (error) {
    return joseFailure(
      error,
      'encryption-failed',
      `jose could not encrypt with ${algorithm} and ${enc}`,
    );
  }
}

/**
 * jose refuses a "crit" naming a parameter it does not implement. A tester making a token
 * with an unknown critical parameter means to, so every name listed is declared understood;
 * jose still checks the list's shape and that each name is in the header (RFC 7515 §4.1.11).
 */
function recognisedCrit(header: JsonObject): Record<string, boolean> | undefined {
  const crit = header.crit;
  if (!Array.isArray(crit)) return undefined;
  const names = crit.filter((name): name is string => typeof name === 'string' && name !== 'b64');
  return names.length > 0 ? Object.fromEntries(names.map((name) => [name, true])) : undefined;
}

function withNestedHint(error: EncodeError): EncodeError {
  if (error.code !== 'json-syntax') return error;
  return new EncodeError(
    error.code,
    `${error.message} The payload of an encrypted token may also be a compact JWS (a nested JWT).`,
    error.position ? { field: error.field, position: error.position } : { field: error.field },
  );
}

function success(
  token: string,
  format: 'jws' | 'jwe',
  header: JsonObject,
  summary: string,
  notices: string[],
  warnings: string[],
): EncodeResult {
  return { ok: true, encoded: { token, format, header, summary, notices, warnings } };
}

/**
 * jose reports a header it will not put in a token (a malformed "crit", "b64" without it,
 * a payload with "." under b64: false) as invalid or unsupported; anything else is the key.
 */
function joseFailure(
  error: unknown,
  code: 'signing-failed' | 'encryption-failed',
  doing: string,
): EncodeResult {
  const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWEInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return {
      ok: false,
      field: 'header',
      error: new EncodeError('header-rejected', `jose refused the header: ${reason}.`, {
        field: 'header',
        cause: error,
      }),
    };
  }
  if (error instanceof Error && error.name === 'NotSupportedError') {
    return {
      ok: false,
      field: 'key',
      error: new KeyMaterialError(
        'unsupported-by-browser',
        `This browser's Web Crypto cannot do this: ${doing}.`,
        { cause: error },
      ),
    };
  }
  return {
    ok: false,
    field: 'key',
    error: new EncodeError(code, `${doing}: ${reason}.`, { field: 'key', cause: error }),
  };
}
