import { revealInvisible } from '../claims/reveal-invisible.ts';

export type QuotedKind =
  'audience' | 'issuer' | 'subject' | 'key-id' | 'type' | 'time' | 'scope' | 'size';

/**
 * Whose value a message quotes: the rejected token's (as the validator read it), what the
 * validator expected, the validator's clock, or something else the message mentions.
 */
export type QuotedRole = 'token' | 'expected' | 'validator-clock' | 'limit' | 'other';

/** A value an error message names, read out of the pasted text. */
export interface QuotedValue {
  kind: QuotedKind;
  role: QuotedRole;
  /** "Expected audience", "Audience in the rejected token", "Current time (validator)". */
  label: string;
  /** As written in the message: invisible characters revealed, at most 200 characters. */
  value: string;
  /** For a time that could be read as an instant: seconds since the epoch (UTC assumed). */
  epochSeconds?: number;
  /** For a time the validator read from the token: the claim it came from. */
  claim?: 'exp' | 'nbf';
}

/** More than any real message holds; a pasted log file is read only this far. */
export const MAX_ERROR_TEXT = 65536;
const MAX_VALUE = 200;

interface Rule {
  pattern: RegExp;
  kind: QuotedKind;
  role: QuotedRole;
  label: string;
  /** How a captured list is split into values (IdentityModel joins lists with ", "). */
  split?: RegExp;
}

const RULES: readonly Rule[] = [
  // Microsoft.IdentityModel (IDX10214, IDX10205, IDX10257, IDX10501/10503/10511/10516, IDX10209)
  {
    pattern: /\bAudiences: '([^'\n]*)'/g,
    kind: 'audience',
    role: 'token',
    label: 'Audience in the rejected token',
    split: /,\s*/,
  },
  {
    pattern: /\bValidAudiences?: '([^'\n]*)'/g,
    kind: 'audience',
    role: 'expected',
    label: 'Expected audience',
    split: /,\s*/,
  },
  {
    pattern: /(?<![\w.])Issuer: '([^'\n]*)'/g,
    kind: 'issuer',
    role: 'token',
    label: 'Issuer in the rejected token',
  },
  {
    pattern: /\bValidIssuers?: '([^'\n]*)'/g,
    kind: 'issuer',
    role: 'expected',
    label: 'Expected issuer',
    split: /,\s*/,
  },
  {
    pattern: /CurrentConfiguration\.Issuer: '([^'\n]*)'/g,
    kind: 'issuer',
    role: 'expected',
    label: 'Issuer of the discovery document',
  },
  {
    pattern: /\bType: '([^'\n]*)'/g,
    kind: 'type',
    role: 'token',
    label: 'typ in the rejected token',
  },
  {
    pattern: /\bTokenTypes: '([^'\n]*)'/g,
    kind: 'type',
    role: 'expected',
    label: 'Accepted token type',
    split: /,\s*/,
  },
  {
    pattern: /\bkid(?: is)?: '([^'\n]*)'/g,
    kind: 'key-id',
    role: 'token',
    label: 'kid of the rejected token',
  },
  {
    pattern: /\bToken has length: '(\d+)'/g,
    kind: 'size',
    role: 'token',
    label: 'Length of the rejected token',
  },
  {
    pattern: /\bMaximumTokenSizeInBytes: '(\d+)'/g,
    kind: 'size',
    role: 'limit',
    label: 'Largest token accepted',
  },
  // ASP.NET Core JwtBearer error_description
  {
    pattern: /\bThe audience '([^'\n]*)' is invalid/g,
    kind: 'audience',
    role: 'token',
    label: 'Audience in the rejected token',
  },
  {
    pattern: /\bThe issuer '([^'\n]*)' is invalid/g,
    kind: 'issuer',
    role: 'token',
    label: 'Issuer in the rejected token',
  },
  // Entra AADSTS50013
  {
    pattern: /\baudience in the assertion was '([^'\n]*)'/gi,
    kind: 'audience',
    role: 'token',
    label: 'Audience in the rejected token',
  },
  {
    pattern: /\bexpected audience is '([^'\n]*)'/gi,
    kind: 'audience',
    role: 'expected',
    label: 'Expected audience',
  },
  // jsonwebtoken
  {
    pattern: /\bjwt audience invalid\. expected: ([^\n]+)/g,
    kind: 'audience',
    role: 'expected',
    label: 'Expected audience',
    split: / or /,
  },
  {
    pattern: /\bjwt issuer invalid\. expected: ([^\n]+)/g,
    kind: 'issuer',
    role: 'expected',
    label: 'Expected issuer',
    split: /,/,
  },
  {
    pattern: /\bjwt subject invalid\. expected: ([^\n]+)/g,
    kind: 'subject',
    role: 'expected',
    label: 'Expected subject',
  },
  // RFC 6750 challenge and Entra AADSTS70011
  {
    pattern: /\bscope="([^"\n]*)"/g,
    kind: 'scope',
    role: 'expected',
    label: 'Scope the API requires',
    split: /\s+/,
  },
  {
    pattern: /\bThe scope (\S+) (?:is not|isn't) valid/g,
    kind: 'scope',
    role: 'other',
    label: 'Scope refused',
  },
];

/** Placeholders IdentityModel writes instead of values, and empty lists: nothing to compare. */
function isPlaceholder(value: string): boolean {
  return (
    value === '' ||
    value === 'null' ||
    value === 'empty' ||
    value.startsWith('[PII') ||
    value.startsWith('System.Collections')
  );
}

/** True when IdentityModel hid the values (its default outside development). */
export function hidesPersonalData(text: string): boolean {
  return /\[PII(?: of type '[^'\n]*')? is hidden/.test(text);
}

/**
 * Every audience, issuer, subject, kid, type, scope, size and time the message names, in the
 * order the rules list them, each value once per kind and role.
 */
export function readQuotedValues(text: string): QuotedValue[] {
  const bounded = text.slice(0, MAX_ERROR_TEXT);
  const found: QuotedValue[] = [];
  const seen = new Set<string>();
  const add = (value: QuotedValue) => {
    const key = `${value.kind}\u0000${value.role}\u0000${value.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(value);
  };
  for (const rule of RULES) {
    for (const match of bounded.matchAll(rule.pattern)) {
      const captured = match[1]!.trim();
      const values = rule.split ? captured.split(rule.split) : [captured];
      for (const raw of values) {
        const value = raw.trim().replace(/[.,;]$/, '');
        if (isPlaceholder(value)) continue;
        add({ kind: rule.kind, role: rule.role, label: rule.label, value: clean(value) });
      }
    }
  }
  for (const time of readTimes(bounded)) add(time);
  return found;
}

function clean(value: string): string {
  const shown = revealInvisible(value).text;
  return shown.length > MAX_VALUE ? `${shown.slice(0, MAX_VALUE)}…` : shown;
}

/** ISO 8601 (2025-01-15T11:00:00.0000000Z, 2025-01-15 11:00:00Z) or .NET's 1/15/2025 11:00:00 AM. */
const TIME =
  /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?|\b(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))?/g;

interface TimeLabel {
  /** Tested against the text just before the time. */
  before: RegExp;
  role: QuotedRole;
  label: string;
  claim?: 'exp' | 'nbf';
}

const TIME_LABELS: readonly TimeLabel[] = [
  {
    before: /ValidTo(?: \(UTC\))?: '?$/,
    role: 'token',
    label: 'Valid to (exp, as the validator read it)',
  },
  {
    before: /ValidFrom(?: \(UTC\))?: '?$/,
    role: 'token',
    label: 'Valid from (nbf, as the validator read it)',
  },
  { before: /expired at '?$/i, role: 'token', label: 'Expired at (exp)' },
  { before: /expiredAt:?\s*'?$/, role: 'token', label: 'Expired at (exp)' },
  { before: /not valid before '?$/i, role: 'token', label: 'Not valid before (nbf)' },
  {
    before: /expiry time of assertion:?\s*'?$/i,
    role: 'token',
    label: 'Expiry of the assertion (exp)',
  },
  {
    before: /Current time(?: \(UTC\))?:?\s*'?$/i,
    role: 'validator-clock',
    label: "Current time (the validator's clock)",
  },
  { before: /Timestamp:?\s*'?$/i, role: 'other', label: 'When the error happened' },
];

function readTimes(text: string): QuotedValue[] {
  const times: QuotedValue[] = [];
  for (const match of text.matchAll(TIME)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const described = TIME_LABELS.find((candidate) => candidate.before.test(before));
    const epochSeconds = readInstant(match);
    times.push({
      kind: 'time',
      role: described?.role ?? 'other',
      label: described?.label ?? 'Time in the message',
      value: match[0],
      ...(epochSeconds === undefined ? {} : { epochSeconds }),
      ...(described?.claim ? { claim: described.claim } : {}),
    });
  }
  return times;
}

/**
 * The instant a matched time names. Times without a zone are read as UTC, which is what
 * IdentityModel and Entra write; .NET's numeric dates are read month first, as the invariant
 * culture and en-US write them.
 */
function readInstant(match: RegExpMatchArray): number | undefined {
  if (match[1] !== undefined) {
    const zone = match[7] ?? 'Z';
    const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms / 1000;
  }
  const month = Number(match[8]);
  const day = Number(match[9]);
  const year = Number(match[10]);
  let hour = Number(match[11]);
  const meridiem = match[14];
  if (meridiem === 'PM' && hour < 12) hour += 12;
  if (meridiem === 'AM' && hour === 12) hour = 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, Number(match[12]), Number(match[13]));
  return Number.isNaN(ms) ? undefined : ms / 1000;
}
