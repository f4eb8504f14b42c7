import { isSigningAlgorithm, type SigningAlgorithm } from '../keys/jose-algorithms.ts';
import type { DecodedToken } from '../token/decode-token.ts';
import type { JsonValue } from '../token/parse-json.ts';
import { EncodeError } from './encode-errors.ts';

/** What "Edit this token" puts into the encoder. */
export interface EncoderDraft {
  /** The decoded header, printed as JSON.stringify(header, null, 2). */
  headerText: string;
  /** The decoded payload: JSON printed the same way, other text as it was. */
  payloadText: string;
  /** The token's alg, when the encoder can sign with it. */
  algorithm: SigningAlgorithm | undefined;
  /** Says that the signature was dropped and what the new one needs. */
  message: string;
  /** What did not survive the trip into the editors (duplicates, rounded numbers). */
  notices: string[];
}

export type EditTokenResult = { ok: true; draft: EncoderDraft } | { ok: false; error: EncodeError };

/**
 * Prefills the encoder from the token in the decoder. The signature cannot come along: any
 * edit invalidates it, so the message says a new one needs a key.
 */
export function editToken(decoded: DecodedToken): EditTokenResult {
  if (decoded.format === 'empty')
    return notEditable('There is no token to edit: paste one into Token first.');
  if (decoded.format === 'jwe') {
    return notEditable(
      'This token is encrypted, so only its header can be read. Decrypt it with Decryption key, then edit the token inside.',
    );
  }
  const { header, payload } = decoded;
  if (!header || !payload) {
    const why = decoded.errors[0]?.message;
    return notEditable(`This token cannot be edited: it does not decode.${why ? ` ${why}` : ''}`);
  }
  const notices: string[] = header.duplicates.map(
    (duplicate) =>
      `The header gave "${duplicate.path}" more than once; the editor keeps the last value.`,
  );
  let payloadText: string;
  switch (payload.type) {
    case 'json':
      payloadText = JSON.stringify(payload.value, null, 2);
      notices.push(
        ...payload.duplicates.map(
          (duplicate) =>
            `The payload gave "${duplicate.path}" more than once; the editor keeps the last value.`,
        ),
        ...unsafeIntegers(payload.value, '').map(
          (path) =>
            `The payload's ${path} is an integer beyond 2^53, which JSON numbers cannot hold exactly; the editor shows it rounded.`,
        ),
      );
      break;
    case 'text':
    case 'unencoded':
      payloadText = payload.text;
      notices.push(
        'The payload is not JSON; the encoder signs JSON, so make it JSON before signing.',
      );
      break;
    case 'binary':
      return notEditable('This token cannot be edited: its payload is binary data, not text.');
    case 'detached':
      return notEditable(
        'This token cannot be edited: its payload is detached (not in the token).',
      );
    case 'encrypted':
      return notEditable('This token is encrypted, so only its header can be read.');
  }
  const alg = header.value.alg;
  const algorithm = isSigningAlgorithm(alg) ? alg : undefined;
  return {
    ok: true,
    draft: {
      headerText: JSON.stringify(header.value, null, 2),
      payloadText,
      algorithm,
      message: describeDroppedSignature(decoded, alg, algorithm),
      notices,
    },
  };
}

function describeDroppedSignature(
  decoded: DecodedToken,
  alg: JsonValue | undefined,
  algorithm: SigningAlgorithm | undefined,
): string {
  if (decoded.format === 'unsecured') {
    return `This token is unsecured (alg ${JSON.stringify(alg)}): choose an algorithm and a key in Signing key to sign the edited token.`;
  }
  if (algorithm) {
    return `The signature was dropped: the edited token needs a new ${algorithm} signature, made with the key in Signing key.`;
  }
  return `The signature was dropped, and the encoder cannot sign ${typeof alg === 'string' ? JSON.stringify(alg) : 'without an alg'}: choose an algorithm and a key in Signing key for the new signature.`;
}

/** Paths of integers JSON.parse had to round ("exp", "ids[2]"). */
function unsafeIntegers(value: JsonValue, path: string): string[] {
  if (typeof value === 'number') {
    return Number.isInteger(value) && !Number.isSafeInteger(value)
      ? [path === '' ? 'value' : path]
      : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => unsafeIntegers(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) =>
      unsafeIntegers(item, path === '' ? name : `${path}.${name}`),
    );
  }
  return [];
}

function notEditable(message: string): EditTokenResult {
  return { ok: false, error: new EncodeError('not-editable', message, { field: 'payload' }) };
}
