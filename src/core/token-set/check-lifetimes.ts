import { readNumericDate } from '../claims/numeric-date.ts';
import { formatApproximateDuration, formatDuration } from '../lifetime/format-duration.ts';
import { formatInstant } from '../claims/format-date-time.ts';
import { claimsOf, type CrossCheck } from './cross-check.ts';
import type { TokenSet } from './token-set.ts';

/** Tokens minted by one response are issued within moments of each other. */
export const SAME_ISSUE_TOLERANCE_SECONDS = 300;

interface Lifetime {
  id: string;
  label: string;
  iat: number | undefined;
  exp: number;
}

/**
 * The lifetimes of the set's JWTs side by side, against `now` (milliseconds), and whether they
 * were issued together.
 */
export function checkLifetimes(set: TokenSet, now: number): CrossCheck | undefined {
  const lifetimes: Lifetime[] = [];
  for (const member of set.members) {
    const claims = claimsOf(member)?.claims;
    const exp = readNumericDate(claims?.exp);
    if (!claims || exp === undefined) continue;
    lifetimes.push({ id: member.id, label: member.label, iat: readNumericDate(claims.iat), exp });
  }
  if (lifetimes.length < 2) return undefined;
  const nowSeconds = now / 1000;
  const sentences = lifetimes.map((lifetime) => describeLifetime(lifetime, nowSeconds));
  const issued = lifetimes.flatMap((lifetime) =>
    lifetime.iat === undefined ? [] : [lifetime.iat],
  );
  const spread = issued.length >= 2 ? Math.max(...issued) - Math.min(...issued) : undefined;
  const base = {
    id: 'lifetimes',
    title: 'Lifetimes',
    members: lifetimes.map((lifetime) => lifetime.id),
  } as const;
  if (spread !== undefined && spread > SAME_ISSUE_TOLERANCE_SECONDS) {
    return {
      ...base,
      status: 'warning',
      message: `${sentences.join(' ')} They were issued ${formatDuration(spread * 1000)} apart, so they do not come from the same response.`,
    };
  }
  const together =
    spread === undefined
      ? ''
      : spread === 0
        ? ' They were issued in the same second.'
        : ` They were issued within ${formatApproximateDuration(spread * 1000)} of each other.`;
  return { ...base, status: 'info', message: `${sentences.join(' ')}${together}` };
}

function describeLifetime(lifetime: Lifetime, now: number): string {
  const span =
    lifetime.iat === undefined
      ? `expires ${formatInstant(lifetime.exp)}`
      : `lives ${formatDuration((lifetime.exp - lifetime.iat) * 1000)} (iat ${formatInstant(lifetime.iat)} to exp ${formatInstant(lifetime.exp)})`;
  const state =
    now >= lifetime.exp
      ? `expired ${formatApproximateDuration((now - lifetime.exp) * 1000)} ago`
      : `expires in ${formatApproximateDuration((lifetime.exp - now) * 1000)}`;
  return `${lifetime.label}: ${span}, ${state}.`;
}
