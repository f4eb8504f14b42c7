import { EncodeError } from './encode-errors.ts';
import { setMembers, type MemberEditResult } from './json-members.ts';

/** Seconds since the epoch (RFC 7519 §2 NumericDate) for an instant given in milliseconds. */
function numericDate(nowMs: number): number {
  return Math.floor(nowMs / 1000);
}

/**
 * Sets "iat" and "nbf" to now in the Payload text, keeping everything else as typed.
 * `now` is milliseconds since the epoch, like every clock in core.
 */
export function setIssuedNow(payloadText: string, now: number): MemberEditResult {
  const seconds = numericDate(now);
  return setMembers(payloadText, 'payload', { iat: seconds, nbf: seconds });
}

/** Sets "exp" to now + `minutes` in the Payload text, keeping everything else as typed. */
export function setExpiresIn(payloadText: string, now: number, minutes: number): MemberEditResult {
  if (!Number.isFinite(minutes)) {
    return {
      ok: false,
      error: new EncodeError(
        'minutes-invalid',
        'Type the number of minutes until the token expires.',
        {
          field: 'payload',
        },
      ),
    };
  }
  return setMembers(payloadText, 'payload', { exp: numericDate(now) + Math.round(minutes * 60) });
}
