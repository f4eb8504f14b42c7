import type { DecodedToken } from '../token/decode-token.ts';
import type { DuplicateMember, JsonObject, JsonValue } from '../token/parse-json.ts';
import { PAYLOAD_CLAIMS } from './claim-registry.ts';
import { listNames, type Finding } from './finding.ts';
import { valueText } from './value-text.ts';
import { looksLikeMilliseconds, readNumericDate } from './numeric-date.ts';
import { judgeLifetime } from '../lifetime/judge-lifetime.ts';
import type { TokenKind } from './token-kind.ts';

const HOUR = 3600;

const DATE_CLAIMS = new Set(
  PAYLOAD_CLAIMS.filter((entry) => entry.numericDate).map((entry) => entry.name),
);

export function findDuplicateFindings(decoded: DecodedToken): Finding[] {
  const found: { segment: string; duplicate: DuplicateMember }[] = [];
  for (const duplicate of decoded.header?.duplicates ?? [])
    found.push({ segment: 'header', duplicate });
  if (decoded.payload?.type === 'json') {
    for (const duplicate of decoded.payload.duplicates)
      found.push({ segment: 'payload', duplicate });
  }
  if (found.length === 0) return [];
  const sentences = found.map(({ segment, duplicate }) => {
    const first = duplicate.values[0] ?? null;
    const last = duplicate.values.at(-1) ?? null;
    return `The ${segment} gives "${duplicate.path}" ${duplicate.values.length} times: a last-wins parser (JSON.parse, most JWT libraries) takes ${preview(last)}; a first-wins parser would take ${preview(first)}.`;
  });
  return [
    {
      id: 'duplicate-member',
      severity: 'error',
      title: 'Duplicate member names',
      advice: `${sentences.join(' ')} Two programs can read different claims from the same token, which attackers use to slip past checks: reject tokens with duplicate names.`,
    },
  ];
}

function preview(value: JsonValue): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : valueText(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A JWS whose payload is no JSON object is no JWT: it carries no claims. */
export function findPayloadShapeFindings(
  decoded: DecodedToken,
  payload: JsonObject | undefined,
): Finding[] {
  if (decoded.format !== 'jws' && decoded.format !== 'unsecured') return [];
  if (payload || decoded.payload === undefined) return [];
  const what: Record<string, string> = {
    json: 'JSON, but not an object',
    text: 'text, not JSON',
    binary: 'binary data',
    detached: 'empty (detached)',
  };
  return [
    {
      id: 'payload-not-json',
      severity: 'info',
      title: 'Not a JWT: the payload is no JSON object',
      advice: `The payload is ${what[decoded.payload.type] ?? 'not a JSON object'}, so the token carries no claims. It can still be a valid JWS; do not pass it to code that expects JWT claims.`,
    },
  ];
}

/**
 * exp missing, lifetime too long or inconsistent, dates that are not NumericDates. `kind`
 * decides what "too long" means (see judgeLifetime); without it the token is judged as one of
 * no particular kind.
 */
export function findLifetimeFindings(payload: JsonObject | undefined, kind?: TokenKind): Finding[] {
  if (!payload) return [];
  const findings: Finding[] = [];
  const exp = readNumericDate(payload.exp);
  const nbf = readNumericDate(payload.nbf);
  const iat = readNumericDate(payload.iat);

  if (!('exp' in payload)) {
    findings.push({
      id: 'no-exp',
      severity: 'warning',
      title: 'No expiry (exp)',
      advice:
        'Nothing limits how long this token works: if it leaks it can be replayed forever. Issuers should always set exp; verifiers should require it.',
    });
  }

  const start = nbf ?? iat;
  const dateClaims = Object.keys(payload).filter((name) => DATE_CLAIMS.has(name));
  const milliseconds = dateClaims.filter((name) => looksLikeMilliseconds(payload[name]));
  if (exp !== undefined && start !== undefined && milliseconds.length === 0) {
    const lifetime = exp - start;
    // The one lifetime judgement, which Lifetime states in the same words.
    const judged = judgeLifetime(payload, kind);
    if (judged?.tooLong) {
      findings.push({
        id: 'long-lifetime',
        severity: 'warning',
        title: 'Very long lifetime',
        advice: `The token is valid for ${judged.lifetimeText} from ${judged.start} to exp: ${judged.explanation}. A stolen token stays useful all that time.`,
      });
    }
    if (lifetime <= 0) {
      findings.push({
        id: 'lifetime-inconsistent',
        severity: 'warning',
        title: 'Expires before it starts',
        advice: `exp is ${describeSpan(-lifetime)} before ${nbf !== undefined ? 'nbf' : 'iat'}: no verifier should accept the token at any time. The issuer's clock or code is wrong, or the token was edited.`,
      });
    }
  }

  if (milliseconds.length > 0) {
    findings.push({
      id: 'ms-timestamp',
      severity: 'warning',
      title: 'Dates in milliseconds',
      advice: `${listNames(milliseconds)} ${milliseconds.length === 1 ? 'looks' : 'look'} like milliseconds since 1970 (as Date.now() gives), but JWT dates count seconds. Read as seconds they lie thousands of years ahead, so a token with such an exp never expires. Divide by 1000 when issuing.`,
    });
  }

  const notNumeric = dateClaims.filter((name) => readNumericDate(payload[name]) === undefined);
  if (notNumeric.length > 0) {
    findings.push({
      id: 'date-not-numeric',
      severity: 'warning',
      title: 'Dates that are not numbers',
      advice: `${listNames(notNumeric)} should be ${notNumeric.length === 1 ? 'a number' : 'numbers'} of seconds since 1970. Libraries disagree on what to do with other values: some ignore the check altogether. Reject such tokens.`,
    });
  }
  return findings;
}

function describeSpan(seconds: number): string {
  const hours = seconds / HOUR;
  if (hours >= 48) return `${Math.floor(hours / 24)} days`;
  if (hours >= 1) return `${Math.floor(hours)} h ${Math.floor((seconds % HOUR) / 60)} min`;
  return `${Math.floor(seconds / 60)} min`;
}
