import { compactDecrypt, errors, type CryptoKey } from 'jose';
import {
  isPasswordBased,
  type DecryptionAlgorithm,
  type DecryptionEncryption,
} from '../keys/jose-algorithms.ts';
import type { KeyMaterialError } from '../keys/key-errors.ts';
import { describeKeyIdentity } from '../keys/key-identity.ts';
import { readDecryptionKeys, sameCurve, type DecryptionKey } from '../keys/read-decryption-key.ts';
import { decodeToken } from '../token/decode-token.ts';
import { isJsonObject, type JsonObject } from '../token/parse-json.ts';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { DecryptError } from './decrypt-errors.ts';
import { checkJweHeader } from './jwe-support.ts';
import { readPlaintext, type DecryptedPlaintext } from './read-plaintext.ts';

export interface DecryptRequest {
  /** What is in the Token box; surrounding noise (Bearer, quotes) is removed as the decoder does. */
  token: string;
  /** What is in the Decryption key box: a private JWK / JWKS, a PEM private key, a shared key or a password. */
  keyText: string;
  /** How a shared key typed as text is written. */
  secretEncoding: SecretEncoding;
}

export interface DecryptedToken {
  /** The JWE protected header, and the same printed as JSON.stringify(header, null, 2). */
  header: JsonObject;
  headerText: string;
  alg: DecryptionAlgorithm;
  enc: DecryptionEncryption;
  plaintext: DecryptedPlaintext;
  /** "Decrypted with the RSA 2048 private key (JWK): RSA-OAEP-256 with A256GCM." */
  summary: string;
  warnings: string[];
}

export type DecryptResult =
  { ok: true; decrypted: DecryptedToken } | { ok: false; error: DecryptError | KeyMaterialError };

/**
 * More iterations than any real PBES2 token needs (OWASP suggests 600,000 for PBKDF2-SHA256),
 * few enough that a hostile token cannot keep the browser busy for minutes.
 */
export const MAX_PBES2_COUNT = 1_000_000;

const WRONG_KEY_WHY =
  'it was encrypted to another key, or altered after it was encrypted. A failed decryption says nothing more, by design';

/**
 * Decrypts a compact JWE with the pasted key, through jose. Checks, in order: that it is a
 * well-formed JWE, that jose implements its alg and enc, that the key fits them, and then
 * each fitting key until one decrypts. Never throws.
 */
export async function decryptToken(request: DecryptRequest): Promise<DecryptResult> {
  const decoded = decodeToken(request.token);
  if (decoded.format === 'empty')
    return fail('empty-token', 'Paste a JWE into Token to decrypt it.');
  if (decoded.format !== 'jwe') {
    const what =
      decoded.format === 'invalid'
        ? `this is not a compact token. ${decoded.errors[0]?.message ?? ''}`.trim()
        : 'this token is signed or unsecured (three segments), so its payload is already readable in Payload.';
    return fail(
      'not-jwe',
      `Only an encrypted token (JWE, five segments) can be decrypted: ${what}`,
    );
  }
  const firstError = decoded.errors[0];
  if (firstError || !decoded.header) {
    return fail(
      'malformed',
      `This JWE is malformed: ${firstError?.message ?? 'its header does not decode.'}`,
    );
  }
  const header = decoded.header.value;
  const checked = checkJweHeader(header);
  if (!checked.ok) return checked;
  const { alg, enc } = checked;
  const token = decoded.input.token;
  const context: Context = { header, alg, enc, token };
  if (isPasswordBased(alg)) return decryptWithPassword(context, request.keyText);

  const keys = await readDecryptionKeys({
    keyText: request.keyText,
    alg,
    enc,
    secretEncoding: request.secretEncoding,
    kid: typeof header.kid === 'string' ? header.kid : undefined,
  });
  if (!keys.ok) return keys;
  const candidates = onTheTokensCurve(keys.keys, header);
  if (!Array.isArray(candidates)) return { ok: false, error: candidates };
  let failures = 0;
  for (const key of candidates) {
    const attempt = await attemptDecryption(context, key.key);
    if (attempt === 'wrong-key') {
      failures++;
      continue;
    }
    if (!attempt.ok) return attempt;
    const named = key.label ? `${key.label}, the ` : 'the ';
    return finish(
      context,
      attempt.bytes,
      `Decrypted with ${named}${key.description}: ${alg} with ${enc}.`,
      keys.warnings,
    );
  }
  return fail(
    'wrong-key',
    failures === 1
      ? `This key did not decrypt it: ${WRONG_KEY_WHY}.`
      : `None of the ${failures} keys that fit ${alg} decrypted it: ${WRONG_KEY_WHY}.`,
  );
}

interface Context {
  header: JsonObject;
  alg: DecryptionAlgorithm;
  enc: DecryptionEncryption;
  token: string;
}

/**
 * ECDH-ES derives the key from the recipient's key and the token's ephemeral key (epk); the
 * two must be on one curve, and saying so is clearer than a failed decryption.
 */
function onTheTokensCurve(
  keys: DecryptionKey[],
  header: JsonObject,
): DecryptionKey[] | DecryptError {
  const epk = header.epk;
  if (!isJsonObject(epk) || typeof epk.crv !== 'string') return keys;
  const crv = epk.crv;
  const matching = keys.filter((key) => sameCurve(key.identity, crv));
  if (matching.length > 0) return matching;
  const what =
    keys.length === 1
      ? `this is ${describeKeyIdentity(keys[0]!.identity)}`
      : `none of the ${keys.length} keys is`;
  return new DecryptError(
    'wrong-key',
    `This key did not decrypt it: the token was encrypted to a ${crv} key (its "epk" is on ${crv}), and ${what}${keys.length === 1 ? '' : ` on ${crv}`}.`,
  );
}

async function decryptWithPassword(context: Context, keyText: string): Promise<DecryptResult> {
  const { alg, header } = context;
  const password = keyText.replace(/^[\r\n]+|[\r\n]+$/g, '');
  const trimmed = password.trim();
  if (trimmed === '') {
    return fail(
      'password-needed',
      `This token is encrypted with a password (${alg}): type the password into Decryption key.`,
    );
  }
  if (trimmed.startsWith('{') || trimmed.includes('-----BEGIN ')) {
    return fail(
      'password-needed',
      `This token is encrypted with a password (${alg}), not to a key: type the password it was encrypted with into Decryption key.`,
    );
  }
  if (typeof header.p2c === 'number' && header.p2c > MAX_PBES2_COUNT) {
    return fail(
      'password-too-costly',
      `This token asks for ${header.p2c.toLocaleString('en')} PBKDF2 iterations ("p2c"); Tokenscope allows at most ${MAX_PBES2_COUNT.toLocaleString('en')}, so that a hostile token cannot keep the browser busy.`,
    );
  }
  const attempt = await attemptDecryption(context, new TextEncoder().encode(password));
  if (attempt === 'wrong-key')
    return fail('wrong-key', `This password did not decrypt it: ${WRONG_KEY_WHY}.`);
  if (!attempt.ok) return attempt;
  return finish(
    context,
    attempt.bytes,
    `Decrypted with the password: ${alg} with ${context.enc}.`,
    [],
  );
}

type Attempt = { ok: true; bytes: Uint8Array } | { ok: false; error: DecryptError } | 'wrong-key';

async function attemptDecryption(context: Context, key: CryptoKey | Uint8Array): Promise<Attempt> {
  try {
    const result = await compactDecrypt(context.token, key, {
      keyManagementAlgorithms: [context.alg],
      contentEncryptionAlgorithms: [context.enc],
      maxPBES2Count: MAX_PBES2_COUNT,
    });
    return { ok: true, bytes: result.plaintext };
  } catch (error) {
    if (error instanceof errors.JWEDecryptionFailed) return 'wrong-key';
    return { ok: false, error: describeFailure(error, context) };
  }
}

/** jose's words about structure are safe to show; they never carry key or plaintext bytes. */
function describeFailure(error: unknown, context: Context): DecryptError {
  const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
  if (error instanceof errors.JWEInvalid) {
    return new DecryptError('malformed', `This JWE is malformed: ${reason}.`, { cause: error });
  }
  if (error instanceof errors.JOSENotSupported || error instanceof errors.JOSEAlgNotAllowed) {
    return new DecryptError('unsupported', `jose cannot decrypt this token: ${reason}.`, {
      cause: error,
    });
  }
  if (error instanceof Error && error.name === 'NotSupportedError') {
    return new DecryptError(
      'unsupported-by-browser',
      `This browser's Web Crypto cannot decrypt ${context.alg} with ${context.enc}.`,
      { cause: error },
    );
  }
  return new DecryptError('decryption-failed', `Decryption failed: ${reason}.`, { cause: error });
}

function finish(
  context: Context,
  bytes: Uint8Array,
  summary: string,
  keyWarnings: string[],
): DecryptResult {
  const { plaintext, warnings } = readPlaintext(bytes, context.header);
  return {
    ok: true,
    decrypted: {
      header: context.header,
      headerText: JSON.stringify(context.header, null, 2),
      alg: context.alg,
      enc: context.enc,
      plaintext,
      summary,
      warnings: [...keyWarnings, ...warnings],
    },
  };
}

function fail(code: DecryptError['code'], message: string): DecryptResult {
  return { ok: false, error: new DecryptError(code, message) };
}
