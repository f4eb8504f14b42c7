import type { DecodedToken } from '../token/decode-token.ts';
import { formatUtcText } from '../claims/format-date-time.ts';
import { isJsonObject } from '../token/parse-json.ts';
import { TOKEN_PARAMETERS } from '../token/normalize-input.ts';

/** Fragment parameter that tells the opener the sender removed the signature on purpose. */
export const SIGNATURE_REMOVED_PARAMETER = 'signature';
export const SIGNATURE_REMOVED_VALUE = 'removed';

/** Parameters that belong to a redirect response or to the token, never carried over. */
const NOT_CARRIED = new Set<string>([
  ...TOKEN_PARAMETERS,
  'error',
  'error_description',
  'error_uri',
  'state',
  'session_state',
  'code',
  'token_type',
  'expires_in',
  'scope',
  SIGNATURE_REMOVED_PARAMETER,
]);

/** Whether the signature of this token can be dropped: a JWS with a signature. */
export function canRemoveSignature(decoded: DecodedToken): boolean {
  return (
    (decoded.format === 'jws' || decoded.format === 'jws-unencoded') &&
    decoded.segments.length === 3 &&
    (decoded.segments[2]?.text.length ?? 0) > 0
  );
}

/**
 * The link that reopens this token (and whatever scenario the fragment carries) in Tokenscope.
 * With `removeSignature`, the signature segment is dropped so the link cannot be replayed as a
 * credential; the opener is told that the sender did this.
 */
export function buildShareLink(
  pageUrl: string,
  decoded: DecodedToken,
  currentFragment: URLSearchParams,
  removeSignature: boolean,
): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams();
  const strip = removeSignature && canRemoveSignature(decoded);
  const token = decoded.input.token;
  params.set('token', strip ? token.slice(0, token.lastIndexOf('.') + 1) : token);
  if (strip) params.set(SIGNATURE_REMOVED_PARAMETER, SIGNATURE_REMOVED_VALUE);
  for (const [name, value] of currentFragment) {
    if (!NOT_CARRIED.has(name)) params.append(name, value);
  }
  // URLSearchParams would turn nothing in a token into escapes (base64url and '.' are safe).
  url.hash = params.toString();
  url.search = '';
  return url.toString();
}

export type ShareRisk = { level: 'warning'; message: string } | { level: 'info'; message: string };

/** What sharing this link gives away, given the signature choice and the time. */
export function describeShareRisk(
  decoded: DecodedToken,
  removeSignature: boolean,
  now: number,
): ShareRisk {
  const stripped = removeSignature && canRemoveSignature(decoded);
  const claims =
    decoded.payload?.type === 'json' && isJsonObject(decoded.payload.value)
      ? decoded.payload.value
      : undefined;
  const exp = typeof claims?.exp === 'number' ? claims.exp * 1000 : undefined;
  if (stripped) {
    return {
      level: 'info',
      message:
        'The link carries the header and payload without the signature: it cannot be replayed as a credential, but anyone who opens it can read the claims.',
    };
  }
  if (decoded.format === 'jwe') {
    return {
      level: 'info',
      message:
        'An encrypted token: the link shows only its header, but the recipient of the token could still decrypt and use it.',
    };
  }
  if (exp === undefined) {
    return {
      level: 'warning',
      message:
        'This token has no expiry: anyone who opens the link gets a credential that may work indefinitely. Remove the signature before sharing.',
    };
  }
  if (exp > now) {
    return {
      level: 'warning',
      message: `This token is still valid until ${formatUtcText(exp)}: anyone who opens the link gets a working credential. Remove the signature before sharing.`,
    };
  }
  return {
    level: 'info',
    message:
      'This token has expired, so the link is not a working credential — but its claims may still be personal data.',
  };
}

/** The default for "Remove signature": on unless the token has expired. */
export function defaultRemoveSignature(decoded: DecodedToken, now: number): boolean {
  return describeShareRisk(decoded, false, now).level === 'warning';
}
