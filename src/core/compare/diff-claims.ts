import { isNumericDateClaim } from '../claims/claim-registry.ts';
import { revealInvisible } from '../claims/reveal-invisible.ts';
import { valueText } from '../claims/value-text.ts';
import { formatDuration } from '../lifetime/format-duration.ts';
import { quoteList } from '../token-set/quote-value.ts';
import type { JsonObject, JsonValue } from '../token/parse-json.ts';
import { formatInstant } from '../claims/format-date-time.ts';
import { sameJson } from './same-json.ts';

export type DifferenceLocation = 'header' | 'payload';
export type DifferenceChange = 'added' | 'removed' | 'changed';

/** One row of the `Differences` table: a header parameter or claim that differs. */
export interface Difference {
  where: DifferenceLocation;
  /** "Header" or "Payload", for the Where column. */
  whereText: string;
  /** The header parameter or claim name. */
  claim: string;
  change: DifferenceChange;
  first: JsonValue | undefined;
  second: JsonValue | undefined;
  /** The First and Second columns: the value as text, "—" when absent. */
  firstText: string;
  secondText: string;
  /** The Change column: "added", "removed", "changed", "exp +1h05m", `added "Orders.Write"`… */
  changeText: string;
  /** For a list compared as a set: the members only the second (added) or first (removed) has. */
  added?: JsonValue[];
  removed?: JsonValue[];
  /** For a time claim: second − first, in seconds. */
  deltaSeconds?: number;
}

/** Claims whose value is a space-separated list of scopes (RFC 6749 §3.3, RFC 8693, Entra). */
const SCOPE_CLAIMS = new Set(['scp', 'scope']);

/** Claims whose array is a set: order and repetition mean nothing. */
const SET_CLAIMS = new Set(['roles', 'groups', 'wids', 'amr', 'aud']);

/** The lifetime claims, and any other the registry marks as a NumericDate. */
const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat', 'auth_time']);

const ABSENT = '—';
const MAX_CELL = 300;
const WHERE_TEXT: Record<DifferenceLocation, string> = { header: 'Header', payload: 'Payload' };

/**
 * The members of two JSON objects that differ, in the first object's order and then the
 * members only the second has. Equal members (structurally: key order is irrelevant) are left
 * out; scope lists and role, group, directory-role, amr and aud arrays are compared as sets, and
 * time claims also give the difference as a duration.
 */
export function diffClaims(
  where: DifferenceLocation,
  first: JsonObject,
  second: JsonObject,
): Difference[] {
  const names = [
    ...Object.keys(first),
    ...Object.keys(second).filter((name) => !Object.hasOwn(first, name)),
  ];
  const differences: Difference[] = [];
  for (const name of names) {
    const a = Object.hasOwn(first, name) ? first[name] : undefined;
    const b = Object.hasOwn(second, name) ? second[name] : undefined;
    const difference = diffMember(where, name, a, b);
    if (difference) differences.push(difference);
  }
  return differences;
}

function diffMember(
  where: DifferenceLocation,
  claim: string,
  first: JsonValue | undefined,
  second: JsonValue | undefined,
): Difference | undefined {
  const isTime = where === 'payload' && isTimeClaim(claim);
  const row = {
    where,
    whereText: WHERE_TEXT[where],
    claim,
    first,
    second,
    firstText: cellText(first, isTime),
    secondText: cellText(second, isTime),
  };
  if (first === undefined) return { ...row, change: 'added', changeText: 'added' };
  if (second === undefined) return { ...row, change: 'removed', changeText: 'removed' };
  if (where === 'payload') {
    const members = setMembers(claim, first, second);
    if (members) return diffSet(row, members[0], members[1]);
  }
  if (sameJson(first, second)) return undefined;
  if (isTime && typeof first === 'number' && typeof second === 'number') {
    const deltaSeconds = second - first;
    return {
      ...row,
      change: 'changed',
      changeText: `${claim} ${signedDuration(deltaSeconds)}`,
      deltaSeconds,
    };
  }
  return { ...row, change: 'changed', changeText: 'changed' };
}

function diffSet(
  row: Omit<Difference, 'change' | 'changeText'>,
  first: JsonValue[],
  second: JsonValue[],
): Difference | undefined {
  const added = unique(second.filter((item) => !first.some((other) => sameJson(item, other))));
  const removed = unique(first.filter((item) => !second.some((other) => sameJson(item, other))));
  if (added.length === 0 && removed.length === 0) return undefined;
  const parts = [
    added.length ? `added ${quoteList(added)}` : '',
    removed.length ? `removed ${quoteList(removed)}` : '',
  ].filter(Boolean);
  return { ...row, change: 'changed', changeText: parts.join('; '), added, removed };
}

/** Both values as set members, when the claim is a list compared as a set. */
function setMembers(
  claim: string,
  first: JsonValue,
  second: JsonValue,
): [JsonValue[], JsonValue[]] | undefined {
  if (SCOPE_CLAIMS.has(claim) && typeof first === 'string' && typeof second === 'string') {
    return [splitScopes(first), splitScopes(second)];
  }
  if (!SET_CLAIMS.has(claim)) return undefined;
  if (!Array.isArray(first) && !Array.isArray(second)) return undefined;
  // aud may be one string or an array of them (RFC 7519 §4.1.3): the same set either way.
  return [asList(first), asList(second)];
}

function asList(value: JsonValue): JsonValue[] {
  return Array.isArray(value) ? value : [value];
}

function splitScopes(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function unique(values: JsonValue[]): JsonValue[] {
  return values.filter(
    (value, index) => values.findIndex((other) => sameJson(value, other)) === index,
  );
}

function isTimeClaim(claim: string): boolean {
  return TIME_CLAIMS.has(claim) || isNumericDateClaim(claim);
}

/** "+1h05m", "-20h00m", "+30s": the simulator's durations, seconds below a minute. */
export function signedDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const magnitude = Math.abs(seconds);
  if (magnitude < 60) return `${sign}${Number(magnitude.toFixed(3))}s`;
  return `${sign}${formatDuration(magnitude * 1000)}`;
}

function cellText(value: JsonValue | undefined, isTime: boolean): string {
  if (value === undefined) return ABSENT;
  const text = revealInvisible(valueText(value)).text;
  const shown = text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
  return isTime && typeof value === 'number' && Number.isFinite(value)
    ? `${shown} (${formatInstant(value)})`
    : shown;
}
