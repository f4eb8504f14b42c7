import { formatDuration } from '../lifetime/format-duration.ts';
import {
  DEFAULT_VARIATION_MAX_MS,
  DEFAULT_VARIATION_MIN_MS,
} from '../lifetime/platform-lifetimes.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { describeRefreshToken } from './refresh-token.ts';
import { tokenShape, type TokenShape } from './token-shape.ts';

/** What came back, whether from the token endpoint or (implicit flow) in the URL fragment. */
export interface TokenResponseInput {
  source: 'token-endpoint' | 'fragment';
  /** `token_type`; oauth4webapi lower-cases it. Undefined for an implicit ID token alone. */
  tokenType: string | undefined;
  expiresIn: number | undefined;
  /** `scope` as granted; absent means "as requested" (RFC 6749 §5.1). */
  scope: string | undefined;
  requestedScope: string;
  idToken: string | undefined;
  accessToken: string | undefined;
  refreshToken: string | undefined;
  /** The ID token's claims, once accepted. */
  idTokenClaims: JsonObject | undefined;
  entra: boolean;
}

export type ReturnedTokenKind = 'id_token' | 'access_token' | 'refresh_token';

export interface ReturnedToken {
  kind: ReturnedTokenKind;
  label: 'ID token' | 'Access token' | 'Refresh token';
  /** The token itself, for inspection and the copy button. */
  value: string;
  shape: TokenShape;
  /** JWT or JWE: the decoder can open it. */
  inspectable: boolean;
  /**
   * False for the refresh token: its value appears in no text on the page, only behind a
   * copy button (it is a long-lived credential, and opaque anyway).
   */
  showValue: boolean;
  /** Sentences about this token, first the one-line summary. */
  description: string[];
}

export interface TokenResponseView {
  source: TokenResponseInput['source'];
  tokenType: { value: string; text: string } | undefined;
  expiresIn: { seconds: number; text: string } | undefined;
  grantedScope: {
    scopes: string[];
    /** Requested but not granted. */
    notGranted: string[];
    text: string;
  };
  /** Only the tokens that came back, in the order ID, access, refresh. */
  tokens: ReturnedToken[];
  /** One line naming which tokens came back and which did not. */
  summary: string;
}

const KIND_LABELS = {
  id_token: 'ID token',
  access_token: 'Access token',
  refresh_token: 'Refresh token',
} as const;

/** The `Token response` region's content; every sentence the region shows is computed here. */
export function describeTokenResponse(input: TokenResponseInput): TokenResponseView {
  const tokens: ReturnedToken[] = [];
  if (input.idToken !== undefined) {
    tokens.push(
      token('id_token', input.idToken, [
        'Says who signed in, for this client. Accepted after the checks below.',
      ]),
    );
  }
  if (input.accessToken !== undefined) {
    const shape = tokenShape(input.accessToken);
    tokens.push(
      token('access_token', input.accessToken, [
        shape === 'opaque'
          ? 'For the API it was issued for, which alone can read it: to this page it is an opaque string.'
          : 'For the API named in its aud; send it as Authorization: Bearer … to that API only.',
      ]),
    );
  }
  if (input.refreshToken !== undefined) {
    const described = describeRefreshToken({
      shape: tokenShape(input.refreshToken),
      amr: input.idTokenClaims?.amr,
      entra: input.entra,
    });
    tokens.push({ ...token('refresh_token', input.refreshToken, described), showValue: false });
  }
  return {
    source: input.source,
    tokenType: describeTokenType(input.tokenType),
    expiresIn: describeExpiresIn(input.expiresIn, input.entra),
    grantedScope: describeGrantedScope(input.scope, input.requestedScope),
    tokens,
    summary: summarize(tokens),
  };
}

function token(kind: ReturnedTokenKind, value: string, description: string[]): ReturnedToken {
  const shape = tokenShape(value);
  return {
    kind,
    label: KIND_LABELS[kind],
    value,
    shape,
    inspectable: shape !== 'opaque',
    showValue: true,
    description,
  };
}

function describeTokenType(tokenType: string | undefined): TokenResponseView['tokenType'] {
  if (tokenType === undefined) return undefined;
  const text =
    tokenType === 'bearer'
      ? 'Bearer: whoever holds the access token can use it, so keep it out of links and logs.'
      : tokenType === 'dpop'
        ? 'DPoP: the access token is bound to a key of the client and is useless without it.'
        : `${tokenType}: a token type Tokenscope does not know.`;
  return { value: tokenType, text };
}

function describeExpiresIn(
  seconds: number | undefined,
  entra: boolean,
): TokenResponseView['expiresIn'] {
  if (seconds === undefined) return undefined;
  const variation = entra
    ? ` Microsoft Entra's default is a random lifetime between ${DEFAULT_VARIATION_MIN_MS / 60_000} and ${DEFAULT_VARIATION_MAX_MS / 60_000} minutes.`
    : '';
  return {
    seconds,
    text: `The access token is valid for ${seconds} s (${formatDuration(seconds * 1000)}) from when it was issued.${variation}`,
  };
}

function describeGrantedScope(
  scope: string | undefined,
  requested: string,
): TokenResponseView['grantedScope'] {
  const requestedScopes = split(requested);
  if (scope === undefined) {
    return {
      scopes: requestedScopes,
      notGranted: [],
      text: 'No scope in the response, which means every requested scope was granted (RFC 6749 §5.1).',
    };
  }
  const granted = split(scope);
  // Entra grants offline_access and openid without listing them; they show in what came back.
  const notGranted = requestedScopes.filter(
    (name) => !granted.includes(name) && name !== 'openid' && name !== 'offline_access',
  );
  const text =
    notGranted.length === 0
      ? `Granted: ${granted.join(' ')}.`
      : `Granted: ${granted.join(' ')}. Not granted: ${notGranted.join(' ')} — the provider left ${notGranted.length === 1 ? 'it' : 'them'} out (not consented, not allowed, or not for this API).`;
  return { scopes: granted, notGranted, text };
}

function summarize(tokens: ReturnedToken[]): string {
  const names = tokens.map((returned) => returned.label);
  const missing = (['id_token', 'access_token', 'refresh_token'] as const)
    .filter((kind) => !tokens.some((returned) => returned.kind === kind))
    .map((kind) => KIND_LABELS[kind].toLowerCase());
  const came = names.length === 0 ? 'No tokens came back' : `Came back: ${names.join(', ')}`;
  return missing.length === 0 ? `${came}.` : `${came}; no ${missing.join(', no ')}.`;
}

function split(text: string): string[] {
  return text.split(/\s+/).filter((name) => name !== '');
}
