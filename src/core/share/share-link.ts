import type { DecodedToken } from '../token/decode-token.ts';
import { formatUtcText } from '../claims/format-date-time.ts';
import { isJsonObject } from '../token/parse-json.ts';
import { TOKEN_PARAMETERS } from '../token/normalize-input.ts';
import {
  ENCRYPTED_REMOVED_PARAMETER,
  REMOVED_VALUE,
  SHARED_PARAMETERS,
  SIGNATURE_REMOVED_PARAMETER,
  TOKEN_PARAMETER,
  isCopiedSetting,
} from './share-parameters.ts';

/**
 * What a share link can leave out so that it is no longer a usable credential: the signature
 * of a JWS, or everything but the protected header of a JWE (whose ciphertext the recipient
 * can still decrypt and use, so removing a signature cannot apply to it).
 */
export type Strippable = 'signature' | 'encrypted-parts';

export function strippable(decoded: DecodedToken): Strippable | undefined {
  if (
    (decoded.format === 'jws' || decoded.format === 'jws-unencoded') &&
    decoded.segments.length === 3 &&
    (decoded.segments[2]?.text.length ?? 0) > 0
  )
    return 'signature';
  if (
    decoded.format === 'jwe' &&
    decoded.segments.slice(1).some((segment) => segment.text.length > 0)
  )
    return 'encrypted-parts';
  return undefined;
}

export interface ShareLink {
  url: string;
  /**
   * Names of the fragment parameters the link left out (a redirect's other credentials, its
   * `state`, unknown parameters), each once, in fragment order.
   */
  dropped: string[];
}

/**
 * The link that reopens this token in Tokenscope, with the simulator scenario and the
 * verifier's expected audience and discovery URL from the current fragment — and nothing else
 * from it (see share-parameters.ts). With `strip`, the part that makes the token replayable is
 * left out (see `strippable`) and the opener is told that the sender did this.
 */
export function buildShareLink(
  pageUrl: string,
  decoded: DecodedToken,
  currentFragment: URLSearchParams,
  strip: boolean,
): ShareLink {
  const url = new URL(pageUrl);
  const params = new URLSearchParams();
  const token = decoded.input.token;
  const removed = strip ? strippable(decoded) : undefined;
  if (removed === 'signature') {
    params.set(TOKEN_PARAMETER, token.slice(0, token.lastIndexOf('.') + 1));
    params.set(SIGNATURE_REMOVED_PARAMETER, REMOVED_VALUE);
  } else if (removed === 'encrypted-parts') {
    params.set(TOKEN_PARAMETER, `${token.slice(0, token.indexOf('.'))}....`);
    params.set(ENCRYPTED_REMOVED_PARAMETER, REMOVED_VALUE);
  } else {
    params.set(TOKEN_PARAMETER, token);
  }
  const dropped = new Set<string>();
  for (const [name, value] of currentFragment) {
    if (isCopiedSetting(name)) params.append(name, value);
    // Our own token and markers are decided above; the parameter that brought this very token
    // is not dropped either: the link carries the token.
    else if (!SHARED_PARAMETERS.has(name) && !(isTokenParameter(name) && value === token))
      dropped.add(name);
  }
  // URLSearchParams would turn nothing in a token into escapes (base64url and '.' are safe).
  url.hash = params.toString();
  url.search = '';
  return { url: url.toString(), dropped: [...dropped] };
}

function isTokenParameter(name: string): boolean {
  return (TOKEN_PARAMETERS as readonly string[]).includes(name);
}

export type ShareRisk = { level: 'warning'; message: string } | { level: 'info'; message: string };

/** What sharing this link gives away, given the strip choice and the time. */
export function describeShareRisk(decoded: DecodedToken, strip: boolean, now: number): ShareRisk {
  const removed = strip ? strippable(decoded) : undefined;
  if (removed === 'signature') {
    return {
      level: 'info',
      message:
        'The link carries the header and payload without the signature: it cannot be replayed as a credential, but anyone who opens it can read the claims.',
    };
  }
  if (removed === 'encrypted-parts') {
    return {
      level: 'info',
      message:
        'The link carries only the header of this encrypted token: its encrypted key, initialization vector, ciphertext and tag are left out, so it cannot be replayed as a credential.',
    };
  }
  if (decoded.format === 'jwe') {
    return {
      level: 'warning',
      message:
        'This is an encrypted token (JWE): it has no signature to remove, and whoever receives it can replay it to the service it was issued for. Anyone who opens this link gets a working credential. Share only the header instead.',
    };
  }
  const claims =
    decoded.payload?.type === 'json' && isJsonObject(decoded.payload.value)
      ? decoded.payload.value
      : undefined;
  const exp = typeof claims?.exp === 'number' ? claims.exp * 1000 : undefined;
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

/**
 * The default for the strip choice: on for every JWE (its expiry cannot be read) and for every
 * JWS that is not known to have expired.
 */
export function defaultStrip(decoded: DecodedToken, now: number): boolean {
  const removable = strippable(decoded);
  if (removable === undefined) return false;
  return describeShareRisk(decoded, false, now).level === 'warning';
}
