import type { JsonObject } from '../token/parse-json.ts';
import { formatRelativeTime } from './relative-time.ts';
import { readNumericDate } from './numeric-date.ts';

/** RFC 8725 and the product's security bar: a visible five-minute allowance for clock skew. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 300;

export type ValidityState = 'valid' | 'expired' | 'not-yet-valid' | 'no-expiry' | 'unknown';

export interface Validity {
  state: ValidityState;
  /** "Valid", "Expired", "Not yet valid", "No expiry", "Unknown". */
  label: string;
  /** "expires in 42 min", "expired 3 days ago"… */
  detail: string;
}

const LABELS: Record<ValidityState, string> = {
  valid: 'Valid',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
  'no-expiry': 'No expiry',
  unknown: 'Unknown',
};

function validity(state: ValidityState, detail: string): Validity {
  return { state, label: LABELS[state], detail };
}

/**
 * Whether `now` falls inside the token's nbf..exp window, allowing `toleranceSeconds` of clock
 * difference on both ends. Time only: it says nothing about the signature.
 */
export function assessValidity(
  payload: JsonObject | undefined,
  now: number,
  toleranceSeconds = DEFAULT_CLOCK_TOLERANCE_SECONDS,
): Validity {
  if (!payload) return validity('unknown', 'The token carries no readable claims.');
  const tolerance = Math.max(0, toleranceSeconds) * 1000;
  const exp = readNumericDate(payload.exp);
  const nbf = readNumericDate(payload.nbf);
  if ('exp' in payload && exp === undefined) {
    return validity('unknown', 'exp is not a number of seconds, so the expiry cannot be read.');
  }
  if (nbf !== undefined && now < nbf * 1000 - tolerance) {
    return validity('not-yet-valid', `becomes valid ${formatRelativeTime(nbf * 1000, now)}`);
  }
  if (exp === undefined) {
    return validity(
      'no-expiry',
      'The token has no exp claim: nothing limits how long it can be used.',
    );
  }
  const expMs = exp * 1000;
  if (now >= expMs + tolerance)
    return validity('expired', `expired ${formatRelativeTime(expMs, now)}`);
  if (now >= expMs) {
    return validity(
      'valid',
      `expired ${formatRelativeTime(expMs, now)}, but still within the ${toleranceSeconds} s clock tolerance`,
    );
  }
  const early =
    nbf !== undefined && now < nbf * 1000 ? ', accepted early within the clock tolerance' : '';
  return validity('valid', `expires ${formatRelativeTime(expMs, now)}${early}`);
}
