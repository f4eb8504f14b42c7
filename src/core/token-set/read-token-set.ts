import { decodeToken, MAX_INPUT_LENGTH } from '../token/decode-token.ts';
import {
  normalizeInput,
  type NormalizedInput,
  type ParameterSource,
  type TokenParameters,
} from '../token/normalize-input.ts';
import {
  describeJsonFailure,
  isJsonObject,
  parseJson,
  type JsonObject,
} from '../token/parse-json.ts';
import { labelMembers, readMember, type UnlabelledMember } from './token-set-member.ts';
import { TokenSetError } from './token-set-error.ts';
import type {
  TokenResponseInfo,
  TokenRole,
  TokenSet,
  TokenSetMember,
  TokenSetResult,
  TokenSetSource,
} from './token-set.ts';

/** Names under which a response, redirect or labelled line carries a token, in tab order. */
const NAMED_ROLES = ['id_token', 'access_token', 'refresh_token'] as const;

/** Member names only a token endpoint response has; used to recognise a broken one. */
const RESPONSE_MEMBER = /"(?:id_token|access_token|refresh_token|token_type|expires_in)"\s*:/;

/** Members of the JSON serialisation of a JWS or JWE (RFC 7515 §7.2, RFC 7516 §7.2). */
const JOSE_JSON_MEMBERS = ['payload', 'signatures', 'signature', 'protected', 'ciphertext'];

/** A compact JWS (3 segments) or JWE (5), base64url characters only. */
const COMPACT = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){4}$/;

/** An opaque token in a pasted list: a long run of characters tokens are made of. */
const OPAQUE = /^[A-Za-z0-9._~+/=-]{20,}$/;

/** `id_token: eyJ…`, `"access_token": "eyJ…",`, `refresh_token=…` on a line of its own. */
const LABELLED_LINE = /^["']?(id_token|access_token|refresh_token)["']?\s*[:=]\s*(.*?),?$/;

const SOURCES: Record<ParameterSource, TokenSetSource> = {
  'URL fragment': 'url-fragment',
  'URL query string': 'url-query',
  'parameter string': 'parameter-string',
};

/**
 * Finds every token in one input: a token endpoint's JSON response, a redirect URL or
 * parameter string with several token parameters, or tokens pasted one per line (or separated
 * by whitespace). Anything else is a single token, decoded exactly as `decodeToken` decodes it,
 * so a set of one is the plain decoder's result. Never throws: a response that cannot be read
 * is a TokenSetError value.
 */
export function readTokenSet(raw: string): TokenSetResult {
  if (raw.length > MAX_INPUT_LENGTH) return single(raw);
  const text = raw.trim();
  if (text.startsWith('{')) return fromJson(raw, text);
  const normalized = normalizeInput(raw);
  if (normalized.parameters) return fromParameters(raw, normalized.parameters);
  if (/\s/.test(normalized.token)) {
    const list = fromList(text);
    if (list) return list;
  }
  return single(raw);
}

/** A set of one: the decoder's own result, whatever it is (an opaque value shows its error). */
function single(raw: string): TokenSetResult {
  const decoded = decodeToken(raw);
  const role = roleFromSteps(decoded.input);
  const member = readMember(decoded.input.token, role, 'The pasted token.', {
    decoded,
    opaque: false,
  });
  return ok({ source: 'single', summary: undefined, members: [member], response: undefined });
}

/** The name a single token was taken under, read from the parameters it came with. */
function roleFromSteps(input: NormalizedInput): TokenRole {
  const entries = input.parameters?.entries;
  if (!entries) return 'unnamed';
  const taken = entries.find(([, value]) => value.trim() === input.token);
  return taken && isNamedRole(taken[0]) ? taken[0] : 'unnamed';
}

function fromJson(raw: string, text: string): TokenSetResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    if (!RESPONSE_MEMBER.test(text)) return single(raw);
    return {
      ok: false,
      error: new TokenSetError(
        'response-not-json',
        `This looks like a token endpoint response, but it is not valid JSON: ${describeJsonFailure(parsed)}.`,
        parsed.reason === 'syntax' ? { position: parsed.position } : {},
      ),
    };
  }
  if (!isJsonObject(parsed.value)) return single(raw);
  const record = parsed.value;
  const found = NAMED_ROLES.filter((role) => typeof record[role] === 'string');
  if (found.length === 0) {
    if (JOSE_JSON_MEMBERS.some((name) => name in record)) return single(raw);
    return { ok: false, error: noTokens(record) };
  }
  const response = readResponseInfo((name) => record[name]);
  const origin = (role: string) => `From the ${role} member of the token response.`;
  if (found.length === 1 && found[0] !== 'refresh_token') {
    // normalizeInput takes this very member, and the decoder then says so.
    const decoded = decodeToken(raw);
    const member = readMember(decoded.input.token, found[0]!, origin(found[0]!), { decoded });
    return ok({ source: 'token-response', summary: undefined, members: [member], response });
  }
  const members = found.map((role) => readMember(record[role] as string, role, origin(role)));
  return ok({
    source: 'token-response',
    summary: `Read ${describeCount(members.length)} from the JSON token response: ${found.join(', ')}.`,
    members,
    response,
  });
}

function noTokens(record: JsonObject): TokenSetError {
  if (typeof record.error === 'string') {
    const description =
      typeof record.error_description === 'string' ? ` — ${record.error_description}` : '';
    return new TokenSetError(
      'error-response',
      `The token endpoint sent an error instead of tokens: ${record.error}${description}`,
    );
  }
  const names = Object.keys(record);
  const listed =
    names.length === 0 ? 'It is an empty object.' : `Its members are ${listNames(names)}.`;
  return new TokenSetError(
    'response-no-tokens',
    `This JSON holds no token: a token response carries id_token, access_token or refresh_token as a string. ${listed}`,
  );
}

/** Member names as they are, but at most ten and none longer than 40 characters. */
function listNames(names: string[]): string {
  const shown = names
    .slice(0, 10)
    .map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name));
  const more = names.length > 10 ? ` and ${(names.length - 10).toLocaleString('en')} more` : '';
  return `${shown.join(', ')}${more}`;
}

function fromParameters(raw: string, parameters: TokenParameters): TokenSetResult {
  const values = new Map(parameters.entries);
  const found = NAMED_ROLES.filter((role) => values.has(role));
  const code = values.get('code');
  const response = readResponseInfo((name) => values.get(name));
  if (found.length < 2) {
    const result = single(raw);
    if (result.ok) {
      result.set.source = SOURCES[parameters.where];
      result.set.response = response;
      result.set.authorizationCode = code;
    }
    return result;
  }
  const origin = (role: string) => `From the ${role} parameter of the ${parameters.where}.`;
  const members = found.map((role) => readMember(values.get(role)!, role, origin(role)));
  return ok({
    source: SOURCES[parameters.where],
    summary: `Read ${describeCount(members.length)} from the ${parameters.where}: ${found.join(', ')}.`,
    members,
    response,
    authorizationCode: code,
  });
}

interface ListPiece {
  text: string;
  role: TokenRole;
}

/**
 * Tokens one per line or separated by whitespace. Accepted when at least two pieces are compact
 * JWTs, or a line names its token (`access_token: …`), and every other piece looks like an
 * opaque token. A single JWT wrapped over several lines has only two dots in all, so it stays a
 * single token and the decoder points at the line break.
 */
function fromList(text: string): TokenSetResult | undefined {
  const pieces = splitPieces(text);
  if (pieces.length < 2) return undefined;
  const tokens = pieces.map((piece) => normalizeInput(piece.text).token);
  const compact = tokens.filter((token) => COMPACT.test(token)).length;
  const labelled = pieces.some((piece) => piece.role !== 'unnamed');
  if (compact < 2 && !labelled) return undefined;
  const allTokens = tokens.every(
    (token, index) =>
      COMPACT.test(token) || pieces[index]!.role !== 'unnamed' || OPAQUE.test(token),
  );
  if (!allTokens) return undefined;
  const members = pieces.map((piece, index) =>
    readMember(tokens[index]!, piece.role, `Token ${index + 1} of the ${pieces.length} pasted.`, {
      decoded: decodeToken(piece.text),
    }),
  );
  return ok({
    source: 'list',
    summary: `Read ${describeCount(members.length)} pasted one after another.`,
    members,
    response: undefined,
  });
}

function splitPieces(text: string): ListPiece[] {
  const pieces: ListPiece[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const labelled = LABELLED_LINE.exec(trimmed);
    if (labelled && isNamedRole(labelled[1]!)) {
      pieces.push({ text: labelled[2]!.trim(), role: labelled[1] });
      continue;
    }
    const token = normalizeInput(trimmed).token;
    if (/\s/.test(token)) {
      for (const word of token.split(/\s+/)) if (word) pieces.push({ text: word, role: 'unnamed' });
    } else {
      pieces.push({ text: trimmed, role: 'unnamed' });
    }
  }
  return pieces;
}

function readResponseInfo(read: (name: string) => unknown): TokenResponseInfo | undefined {
  const tokenType = read('token_type');
  const expiresIn = read('expires_in');
  const scope = read('scope');
  const info: TokenResponseInfo = {
    tokenType: typeof tokenType === 'string' ? tokenType : undefined,
    expiresIn: readSeconds(expiresIn),
    scope: typeof scope === 'string' ? scope : undefined,
  };
  return info.tokenType === undefined && info.expiresIn === undefined && info.scope === undefined
    ? undefined
    : info;
}

/** Some servers (Entra's v1.0 endpoint among them) send expires_in as a string of digits. */
function readSeconds(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{1,10}$/.test(value)) return Number(value);
  return undefined;
}

function isNamedRole(name: string): name is (typeof NAMED_ROLES)[number] {
  return (NAMED_ROLES as readonly string[]).includes(name);
}

function describeCount(count: number): string {
  return `${count} tokens`;
}

function ok(
  set: Omit<TokenSet, 'members' | 'authorizationCode'> & {
    members: UnlabelledMember[];
    authorizationCode?: string | undefined;
  },
): TokenSetResult {
  const members = labelMembers(set.members) as [TokenSetMember, ...TokenSetMember[]];
  return { ok: true, set: { ...set, members, authorizationCode: set.authorizationCode } };
}
