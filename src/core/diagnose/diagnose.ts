import type { SpecReference } from '../claims/registry-entry.ts';
import type { DecodedToken } from '../token/decode-token.ts';
import { quoteValue } from '../token-set/quote-value.ts';
import { assessToken } from './assess-token.ts';
import { parseBearerChallenge, type BearerChallenge } from './bearer-challenge.ts';
import { CATALOGUE, CODE_SHAPES, FAMILY_LABELS } from './catalogue.ts';
import type { CatalogueEntry, DiagnosisFamily } from './catalogue-entry.ts';
import {
  hidesPersonalData,
  MAX_ERROR_TEXT,
  readQuotedValues,
  type QuotedValue,
} from './quoted-values.ts';
import type { TokenAssessment } from './token-assessment.ts';

/** One catalogue entry found in the text, and what the current token has to do with it. */
export interface DiagnosisFinding {
  id: string;
  code: string;
  family: DiagnosisFamily;
  /** "Microsoft.IdentityModel", "Microsoft Entra ID", "jose"… */
  familyLabel: string;
  /** The failing check: "Audience validation failed". */
  title: string;
  meaning: string;
  fix: string;
  /** A fixed page of the library or platform; never built from the pasted text. */
  source: SpecReference;
  token: TokenAssessment;
}

export type DiagnosisStatus =
  /** Nothing pasted. */
  | 'empty'
  /** At least one known error found. */
  | 'diagnosed'
  /** Codes found, none of them known. */
  | 'unknown-code'
  /** No code and no known message. */
  | 'no-code';

/** What the `Diagnosis` region shows. Every string is display text; none is a link. */
export interface Diagnosis {
  status: DiagnosisStatus;
  /** One or two sentences for the top of the region. */
  summary: string;
  /** In the order they appear in the text. */
  findings: DiagnosisFinding[];
  /** Codes shaped like IDX, AADSTS or jose codes, or OAuth error values, that are not known. */
  unknownCodes: string[];
  /** Audiences, issuers, kids, times… that the message names. */
  quoted: QuotedValue[];
  challenge: BearerChallenge | undefined;
  /** Caveats about the text itself (values hidden by IdentityModel, text cut short). */
  notes: string[];
}

/**
 * Diagnoses a pasted error (a validation exception, an AADSTS page, a WWW-Authenticate header,
 * an MSAL exception quoting several codes) against the current token, judged at `now`
 * (milliseconds since the epoch; the validator's own clock when the message quotes it).
 */
export function diagnose(
  errorText: string,
  token: DecodedToken | undefined,
  now: number,
): Diagnosis {
  const text = errorText.slice(0, MAX_ERROR_TEXT);
  const notes: string[] = [];
  if (errorText.length > MAX_ERROR_TEXT) {
    notes.push(
      `Only the first ${MAX_ERROR_TEXT.toLocaleString('en')} characters of the text were read.`,
    );
  }
  if (text.trim() === '') {
    return {
      status: 'empty',
      summary: 'Paste an error message, a WWW-Authenticate header or an exception to diagnose it.',
      findings: [],
      unknownCodes: [],
      quoted: [],
      challenge: undefined,
      notes,
    };
  }
  if (hidesPersonalData(text)) {
    notes.push(
      'Microsoft.IdentityModel hid the values in this message ("PII is hidden"). In development, set IdentityModelEventSource.ShowPII = true to see which audience, issuer or key it compared.',
    );
  }
  const searchText = withListedCodes(text);
  const challenge = parseBearerChallenge(text);
  const quoted = readQuotedValues(text);
  const matches = findEntries(searchText);
  const findings = matches.map(({ entry, match }) => ({
    id: entry.id,
    code: entry.code,
    family: entry.family,
    familyLabel: FAMILY_LABELS[entry.family],
    title: entry.title,
    meaning: entry.meaning,
    fix: entry.fix,
    source: entry.source,
    token: assessToken(entry, match, { token, quoted, challenge, now }),
  }));
  const unknownCodes = findUnknownCodes(searchText, challenge);
  return {
    status:
      findings.length > 0 ? 'diagnosed' : unknownCodes.length > 0 ? 'unknown-code' : 'no-code',
    summary: summarize(findings, unknownCodes, quoted),
    findings,
    unknownCodes,
    quoted,
    challenge,
    notes,
  };
}

/** Entra lists its codes as numbers too ("error_codes": [50013]); read them as AADSTS codes. */
function withListedCodes(text: string): string {
  const listed = /"error_codes"\s*:\s*\[([\d,\s]{1,200})\]/.exec(text);
  if (!listed) return text;
  const extra = listed[1]!
    .split(',')
    .map((number) => number.trim())
    .filter((number) => number !== '' && !text.includes(`AADSTS${number}`))
    .map((number) => `AADSTS${number}`);
  return extra.length ? `${text}\n${extra.join('\n')}` : text;
}

interface EntryMatch {
  entry: CatalogueEntry;
  match: RegExpExecArray;
}

function findEntries(text: string): EntryMatch[] {
  const matches: EntryMatch[] = [];
  for (const entry of CATALOGUE) {
    const match = entry.pattern.exec(text);
    if (match) matches.push({ entry, match });
  }
  const specific = new Set(
    matches.filter(({ entry }) => !entry.generic).map(({ entry }) => entry.code),
  );
  return matches
    .filter(({ entry }) => !entry.generic || !specific.has(entry.code))
    .sort((a, b) => a.match.index - b.match.index);
}

const KNOWN_CODES = new Set(CATALOGUE.map((entry) => entry.code));
const OAUTH_ERROR = /"error"\s*:\s*"([a-z_]{1,64})"/;

function findUnknownCodes(text: string, challenge: BearerChallenge | undefined): string[] {
  const unknown = new Set<string>();
  for (const shape of CODE_SHAPES) {
    for (const [code] of text.matchAll(shape)) if (!KNOWN_CODES.has(code)) unknown.add(code);
  }
  const errors = [challenge?.error, OAUTH_ERROR.exec(text)?.[1]];
  for (const error of errors) {
    if (error !== undefined && !KNOWN_CODES.has(error)) unknown.add(`error ${quoteValue(error)}`);
  }
  return [...unknown];
}

function summarize(
  findings: DiagnosisFinding[],
  unknownCodes: string[],
  quoted: QuotedValue[],
): string {
  const unknownList = unknownCodes.join(', ');
  if (findings.length > 0) {
    const found = findings.map((finding) => `${finding.code} (${finding.title})`);
    const head =
      found.length === 1
        ? `Found ${found[0]}.`
        : `Found ${found.length} known errors: ${found.slice(0, -1).join(', ')} and ${found.at(-1)}.`;
    return unknownCodes.length ? `${head} Not in Tokenscope's catalogue: ${unknownList}.` : head;
  }
  const named = quoted.length
    ? ' The values the message names are listed below.'
    : ' The message names no audience, issuer, key, scope or time that Tokenscope can read.';
  if (unknownCodes.length > 0) {
    const verb = unknownCodes.length === 1 ? 'is' : 'are';
    return `${unknownList} ${verb} not in Tokenscope's catalogue of errors.${named}`;
  }
  return `No error code or known error message found: Tokenscope recognises Microsoft.IdentityModel IDX codes, Entra AADSTS codes, WWW-Authenticate Bearer errors, ASP.NET Core's error descriptions and jose and jsonwebtoken messages.${quoted.length ? named : ''}`;
}
