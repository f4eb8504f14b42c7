import {
  decodeBase64url,
  describeCharacter,
  findBase64urlProblem,
  type Base64urlProblem,
} from './base64url.ts';
import { DecodeError } from './decode-error.ts';
import { normalizeInput, type NormalizedInput } from './normalize-input.ts';
import {
  isJsonObject,
  MAX_NESTING,
  parseJson,
  type JsonParseResult,
  type DuplicateMember,
  type JsonObject,
  type JsonValue,
} from './parse-json.ts';
import {
  JWE_SEGMENTS,
  JWS_SEGMENTS,
  segmentLabel,
  type EncodedSegment,
  type SegmentName,
} from './segments.ts';

type JsonParseFailure = Exclude<JsonParseResult, { ok: true }>;

/** Larger than any real token (Entra ID tokens with 200 groups are ~10 KB) by a wide margin. */
export const MAX_INPUT_LENGTH = 4 * 1024 * 1024;

export type TokenFormat =
  /** Nothing pasted yet. */
  | 'empty'
  /** JWS compact serialisation: header.payload.signature. */
  | 'jws'
  /** alg "none" (any letter case): a JWT with no protection at all. */
  | 'unsecured'
  /** JWE compact serialisation: five segments, contents encrypted. */
  | 'jwe'
  /** RFC 7797 `b64: false`: the payload travels unencoded; a JWS, but not a JWT. */
  | 'jws-unencoded'
  /** Not a compact token at all (see the errors). */
  | 'invalid';

export interface DecodedHeader {
  value: JsonObject;
  text: string;
  duplicates: DuplicateMember[];
}

export type DecodedPayload =
  | { type: 'json'; value: JsonValue; text: string; duplicates: DuplicateMember[] }
  | { type: 'text'; text: string }
  | { type: 'binary'; bytes: Uint8Array }
  | { type: 'detached' }
  | { type: 'encrypted' }
  | { type: 'unencoded'; text: string };

export interface DecodedToken {
  input: NormalizedInput;
  format: TokenFormat;
  segments: EncodedSegment[];
  header: DecodedHeader | undefined;
  payload: DecodedPayload | undefined;
  signature: Uint8Array | undefined;
  errors: DecodeError[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes whatever was pasted. Never throws: every failure is a DecodeError in `errors`, and
 * every segment that does decode is still returned, so the UI can show the header of a token
 * whose payload is broken.
 */
export function decodeToken(raw: string): DecodedToken {
  const base = {
    segments: [] as EncodedSegment[],
    header: undefined,
    payload: undefined,
    signature: undefined,
  };
  if (raw.length > MAX_INPUT_LENGTH) {
    return {
      ...base,
      input: tooLargeInput(),
      format: 'invalid',
      errors: [
        new DecodeError(
          'input-too-large',
          `The input is ${formatSize(raw.length)}; Tokenscope decodes at most ${formatSize(MAX_INPUT_LENGTH)}. Real tokens are far smaller: check that you pasted a single token.`,
        ),
      ],
    };
  }
  const input = normalizeInput(raw);
  if (input.token === '') return { ...base, input, format: 'empty', errors: [] };
  const wholeInputError = checkWholeInput(input);
  if (wholeInputError) return { ...base, input, format: 'invalid', errors: [wholeInputError] };
  return decodeCompact(input);
}

function checkWholeInput(input: NormalizedInput): DecodeError | undefined {
  const idpError = input.identityProviderError;
  if (idpError) {
    const description = idpError.description ? ` — ${idpError.description}` : '';
    return new DecodeError(
      'error-response',
      `The identity provider sent an error instead of a token: ${idpError.error}${description}`,
    );
  }
  if (input.missingToken) {
    return new DecodeError(
      'no-token-in-url',
      'This URL has no id_token, access_token or token parameter in its fragment or query string.',
    );
  }
  if (input.jsonSerialization) {
    return new DecodeError(
      'json-serialization',
      'This is a JWS or JWE in JSON serialization (RFC 7515 §7.2), not a compact token. Tokenscope inspects compact tokens: header.payload.signature.',
    );
  }
  if (!input.token.includes('.')) {
    return new DecodeError(
      'not-compact',
      "This is not a JWT: it has no '.' separators. Opaque tokens (refresh tokens, authorization codes, some Microsoft consumer-account tokens) carry nothing that can be decoded.",
    );
  }
  return undefined;
}

function decodeCompact(input: NormalizedInput): DecodedToken {
  const texts = input.token.split('.');
  const count = texts.length;
  const names = count === 5 ? JWE_SEGMENTS : JWS_SEGMENTS;
  const segments: EncodedSegment[] = [];
  let start = 0;
  texts.forEach((text, index) => {
    const name = names[index];
    if (name) segments.push({ name, text, start, end: start + text.length });
    start += text.length + 1;
  });
  const errors: DecodeError[] = [];
  if (count !== 3 && count !== 5) errors.push(segmentCountError(count));

  const header = decodeHeader(texts[0]!, errors);
  const alg = header?.value.alg;
  const unsecured = typeof alg === 'string' && alg.toLowerCase() === 'none';
  let format: TokenFormat = count === 5 ? 'jwe' : unsecured ? 'unsecured' : 'jws';
  if (header?.value.b64 === false && count === 3) format = 'jws-unencoded';
  if (count !== 3 && count !== 5) format = 'invalid';

  let payload: DecodedPayload | undefined;
  let signature: Uint8Array | undefined;
  if (count === 5) {
    if (header && typeof header.value.enc !== 'string') {
      errors.push(
        new DecodeError(
          'enc-missing',
          'Header segment: a JWE header must have an "enc" parameter naming the content encryption algorithm.',
          { segment: 'header' },
        ),
      );
    }
    for (const segment of segments.slice(1)) {
      const problem = findBase64urlProblem(segment.text);
      if (problem) errors.push(base64urlError(segment.name, problem));
    }
    payload = { type: 'encrypted' };
  } else if (count >= 2) {
    payload =
      format === 'jws-unencoded'
        ? { type: 'unencoded', text: texts[1]! }
        : decodePayload(texts[1]!, errors);
    if (count >= 3) signature = decodeSignature(texts[2]!, errors);
    if (count === 3 && signature) {
      const signatureError = checkSignaturePresence(alg, unsecured, signature);
      if (signatureError) errors.push(signatureError);
    }
  }
  return { input, format, segments, header, payload, signature, errors };
}

function segmentCountError(count: number): DecodeError {
  const hint =
    count === 2
      ? " Is the signature segment missing? Even an unsecured JWT ends with a '.'."
      : count === 4
        ? ' Is one segment of a JWE missing?'
        : '';
  return new DecodeError(
    'segment-count',
    `The token has ${count} segments; a compact JWS has 3 (header.payload.signature) and a compact JWE has 5.${hint}`,
  );
}

function decodeHeader(text: string, errors: DecodeError[]): DecodedHeader | undefined {
  if (text === '') {
    errors.push(
      new DecodeError(
        'segment-empty',
        'Header segment: empty. A token starts with its base64url-encoded JOSE header.',
        { segment: 'header' },
      ),
    );
    return undefined;
  }
  const decoded = decodeJsonSegment('header', text, errors);
  if (!decoded) return undefined;
  if (!isJsonObject(decoded.value)) {
    errors.push(
      new DecodeError(
        'header-not-object',
        `Header segment: the JOSE header must be a JSON object, but this one is ${describeJsonType(decoded.value)}.`,
        { segment: 'header' },
      ),
    );
    return undefined;
  }
  const header = { value: decoded.value, text: decoded.text, duplicates: decoded.duplicates };
  if (typeof header.value.alg !== 'string') {
    const found = 'alg' in header.value ? ` It is ${describeJsonType(header.value.alg!)}.` : '';
    errors.push(
      new DecodeError(
        'alg-missing',
        `Header segment: there is no "alg" string; every JWS and JWE header must name its algorithm.${found}`,
        { segment: 'header' },
      ),
    );
  }
  return header;
}

function decodePayload(text: string, errors: DecodeError[]): DecodedPayload | undefined {
  if (text === '') return { type: 'detached' };
  const bytes = decodeSegmentBytes('payload', text, errors);
  if (!bytes) return undefined;
  let decodedText: string;
  try {
    decodedText = utf8.decode(bytes);
  } catch {
    return { type: 'binary', bytes };
  }
  const first = decodedText.trimStart()[0];
  if (first !== '{' && first !== '[') return { type: 'text', text: decodedText };
  const parsed = parseJson(decodedText);
  if (parsed.ok) {
    return {
      type: 'json',
      value: parsed.value,
      text: decodedText,
      duplicates: parsed.duplicates,
    };
  }
  errors.push(jsonError('payload', parsed));
  return { type: 'text', text: decodedText };
}

function decodeSignature(text: string, errors: DecodeError[]): Uint8Array | undefined {
  return decodeSegmentBytes('signature', text, errors);
}

function checkSignaturePresence(
  alg: JsonValue | undefined,
  unsecured: boolean,
  signature: Uint8Array,
): DecodeError | undefined {
  if (unsecured && signature.length > 0) {
    return new DecodeError(
      'unsecured-with-signature',
      `Signature segment: an unsecured token (alg "${String(alg)}") must have an empty signature, but this one has ${signature.length} bytes.`,
      { segment: 'signature' },
    );
  }
  if (!unsecured && typeof alg === 'string' && signature.length === 0) {
    return new DecodeError(
      'signature-empty',
      `Signature segment: empty, although the header says alg "${alg}". The signature has been removed, so the token cannot be verified.`,
      { segment: 'signature' },
    );
  }
  return undefined;
}

function decodeJsonSegment(
  name: SegmentName,
  text: string,
  errors: DecodeError[],
): { value: JsonValue; text: string; duplicates: DuplicateMember[] } | undefined {
  const bytes = decodeSegmentBytes(name, text, errors);
  if (!bytes) return undefined;
  let decodedText: string;
  try {
    decodedText = utf8.decode(bytes);
  } catch (cause) {
    errors.push(
      new DecodeError(
        'utf8-invalid',
        `${segmentLabel(name)} segment: the decoded bytes are not valid UTF-8 text.`,
        { segment: name, cause },
      ),
    );
    return undefined;
  }
  const parsed = parseJson(decodedText);
  if (!parsed.ok) {
    errors.push(jsonError(name, parsed));
    return undefined;
  }
  return { value: parsed.value, text: decodedText, duplicates: parsed.duplicates };
}

function decodeSegmentBytes(
  name: SegmentName,
  text: string,
  errors: DecodeError[],
): Uint8Array | undefined {
  const problem = findBase64urlProblem(text);
  if (problem) {
    errors.push(base64urlError(name, problem));
    return undefined;
  }
  return decodeBase64url(text);
}

function base64urlError(name: SegmentName, problem: Base64urlProblem): DecodeError {
  const label = segmentLabel(name);
  switch (problem.kind) {
    case 'character': {
      const position = problem.index + 1;
      const described = describeCharacter(problem.character);
      const explained = /[=+/]/.test(problem.character)
        ? `${described}.`
        : `${described}, which base64url does not allow (only A–Z a–z 0–9 - _).`;
      return new DecodeError(
        'base64url-character',
        `${label} segment: character ${position} is ${explained}`,
        { segment: name, position },
      );
    }
    case 'length':
      return new DecodeError(
        'base64url-length',
        `${label} segment: ${problem.length} characters is not a possible base64url length (no byte string encodes to 4n+1 characters); the segment was cut short or has a stray character.`,
        { segment: name, position: problem.length },
      );
    case 'unused-bits':
      return new DecodeError(
        'base64url-unused-bits',
        `${label} segment: its last character '${problem.character}' (character ${problem.index + 1}) sets bits that encode nothing, so this is not canonical base64url: the segment was altered.`,
        { segment: name, position: problem.index + 1 },
      );
  }
}

function jsonError(name: SegmentName, failure: JsonParseFailure): DecodeError {
  if (failure.reason === 'depth') {
    return new DecodeError(
      'json-too-deep',
      `${segmentLabel(name)} segment: the JSON is nested ${failure.depth.toLocaleString('en')} levels deep; Tokenscope shows at most ${MAX_NESTING} levels.`,
      { segment: name },
    );
  }
  return new DecodeError(
    'json-syntax',
    `${segmentLabel(name)} segment: the decoded text is not valid JSON — ${failure.message} at character ${failure.position}.`,
    { segment: name, position: failure.position },
  );
}

export function describeJsonType(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Too large to look at: nothing of it is normalised or kept. */
function tooLargeInput(): NormalizedInput {
  return {
    token: '',
    offset: undefined,
    steps: [],
    missingToken: undefined,
    identityProviderError: undefined,
    jsonSerialization: false,
  };
}

export function formatSize(characters: number): string {
  if (characters >= 1024 * 1024) return `${(characters / (1024 * 1024)).toFixed(1)} MiB`;
  if (characters >= 1024) return `${(characters / 1024).toFixed(1)} KiB`;
  return `${characters} bytes`;
}
