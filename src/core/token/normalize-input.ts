/**
 * Turns what people actually paste — `Bearer …`, a quoted string, an `Authorization:` header
 * line, a redirect URL, `id_token=…&state=…`, a token endpoint's JSON response — into the
 * compact token, and says what was removed so the UI can tell the user.
 */

export type NormalizationStepCode =
  | 'whitespace'
  | 'quotes'
  | 'authorization-header'
  | 'bearer-prefix'
  | 'dpop-prefix'
  | 'url-parameter'
  | 'parameter-string'
  | 'token-response';

export interface NormalizationStep {
  code: NormalizationStepCode;
  message: string;
}

/** The error an identity provider sent back instead of a token (RFC 6749 §4.1.2.1). */
export interface IdentityProviderError {
  error: string;
  description: string | undefined;
  uri: string | undefined;
}

export interface NormalizedInput {
  /** The compact token to decode (may still be malformed). */
  token: string;
  /** Offset of `token` inside the raw input, when the token is a verbatim substring of it. */
  offset: number | undefined;
  steps: NormalizationStep[];
  /** Set when the input was a URL or parameter string without any token parameter. */
  missingToken: 'url' | undefined;
  identityProviderError: IdentityProviderError | undefined;
  /** JSON serialisation of JWS/JWE (RFC 7515 §7.2): recognised but not decoded. */
  jsonSerialization: boolean;
  /**
   * Every parameter of the URL fragment, query string or parameter string the token (or the
   * identity provider's error) was taken from, so a caller can find the other tokens it carries
   * (see core/token-set). Absent when the input was not such a string.
   */
  parameters?: TokenParameters;
}

export interface TokenParameters {
  where: ParameterSource;
  entries: [name: string, value: string][];
}

export type ParameterSource = 'URL fragment' | 'URL query string' | 'parameter string';

export const TOKEN_PARAMETERS = ['id_token', 'access_token', 'token'] as const;

const QUOTES = /^(["'`])([\s\S]*)\1$/;
const AUTHORIZATION = /^authorization\s*:\s*/i;
const BEARER = /^bearer\s+/i;
const DPOP = /^dpop\s+/i;
const URL_LIKE = /^(?:https?:\/\/|[#?/])/i;
const PARAMETERS = /^[\w.~-]+=/;
const KNOWN_PARAMETER = /(?:^|[&;])(?:id_token|access_token|token|error)=/;

export function normalizeInput(raw: string): NormalizedInput {
  const result: NormalizedInput = {
    token: raw,
    offset: 0,
    steps: [],
    missingToken: undefined,
    identityProviderError: undefined,
    jsonSerialization: false,
  };
  let text = raw.trim();
  if (text !== raw && text !== '') {
    result.steps.push({ code: 'whitespace', message: 'Removed surrounding whitespace.' });
  }
  // Layers come in any order ("Authorization: Bearer '…'"); peel until nothing changes.
  for (let round = 0; round < 6; round++) {
    const before = text;
    text = peelOnce(text, result);
    if (text === before || result.missingToken || result.jsonSerialization) break;
  }
  result.token = text;
  const offset = raw.indexOf(text);
  result.offset = offset === -1 ? undefined : offset;
  return result;
}

function peelOnce(text: string, result: NormalizedInput): string {
  const quoted = QUOTES.exec(text);
  if (quoted) {
    result.steps.push({ code: 'quotes', message: 'Removed the surrounding quotes.' });
    return quoted[2]!.trim();
  }
  if (AUTHORIZATION.test(text)) {
    result.steps.push({
      code: 'authorization-header',
      message: 'Removed the "Authorization:" header name.',
    });
    return text.replace(AUTHORIZATION, '');
  }
  if (BEARER.test(text)) {
    result.steps.push({ code: 'bearer-prefix', message: 'Removed the Bearer prefix.' });
    return text.replace(BEARER, '');
  }
  if (DPOP.test(text)) {
    result.steps.push({ code: 'dpop-prefix', message: 'Removed the DPoP prefix.' });
    return text.replace(DPOP, '');
  }
  if (text.startsWith('{')) return fromJson(text, result);
  if (URL_LIKE.test(text)) return fromUrl(text, result);
  if (PARAMETERS.test(text) && KNOWN_PARAMETER.test(text)) {
    return fromParameters(new URLSearchParams(text), 'parameter string', result, text);
  }
  return text;
}

function fromJson(text: string, result: NormalizedInput): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return text;
  const record = value as Record<string, unknown>;
  for (const name of TOKEN_PARAMETERS) {
    const candidate = record[name];
    if (typeof candidate === 'string') {
      result.steps.push({
        code: 'token-response',
        message: `Took ${name} from the JSON token response${others(record, name)}.`,
      });
      return candidate.trim();
    }
  }
  if ('signatures' in record || 'signature' in record || 'ciphertext' in record) {
    result.jsonSerialization = true;
  }
  return text;
}

function fromUrl(text: string, result: NormalizedInput): string {
  let hash = '';
  let search = '';
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      hash = url.hash.slice(1);
      search = url.search.slice(1);
    } catch {
      return text;
    }
  } else {
    const hashAt = text.indexOf('#');
    const queryAt = text.indexOf('?');
    if (hashAt !== -1) hash = text.slice(hashAt + 1);
    if (queryAt !== -1) search = text.slice(queryAt + 1, hashAt > queryAt ? hashAt : undefined);
  }
  for (const [part, where] of [
    [hash, 'URL fragment'],
    [search, 'URL query string'],
  ] as const) {
    const params = new URLSearchParams(part);
    if (TOKEN_PARAMETERS.some((name) => params.has(name)) || params.has('error')) {
      return fromParameters(params, where, result, text);
    }
  }
  result.missingToken = 'url';
  return text;
}

function fromParameters(
  params: URLSearchParams,
  where: ParameterSource,
  result: NormalizedInput,
  text: string,
): string {
  result.parameters = { where, entries: [...params] };
  for (const name of TOKEN_PARAMETERS) {
    const value = params.get(name);
    if (value !== null) {
      const rest = TOKEN_PARAMETERS.filter((other) => other !== name && params.has(other));
      const also = rest.length ? ` (it also holds ${rest.join(' and ')})` : '';
      result.steps.push({
        code: where === 'parameter string' ? 'parameter-string' : 'url-parameter',
        message: `Took the ${name} parameter from the ${where}${also}.`,
      });
      return value.trim();
    }
  }
  const error = params.get('error');
  if (error !== null) {
    result.identityProviderError = {
      error,
      description: params.get('error_description') ?? undefined,
      uri: params.get('error_uri') ?? undefined,
    };
    return text;
  }
  result.missingToken = 'url';
  return text;
}

function others(record: Record<string, unknown>, taken: string): string {
  const rest = TOKEN_PARAMETERS.filter(
    (name) => name !== taken && typeof record[name] === 'string',
  );
  return rest.length ? ` (it also holds ${rest.join(' and ')})` : '';
}
