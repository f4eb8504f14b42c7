import type { JsonObject } from '../token/parse-json.ts';

/** Critical extensions Tokenscope (and the jose verifier behind it) understands. */
export const UNDERSTOOD_CRITICAL_PARAMETERS: readonly string[] = ['b64'];

/** RFC 7515 §4.1.11: parameters defined by JWS, JWE and JWA must not be listed in crit. */
const REGISTERED_PARAMETERS = new Set([
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
  'enc',
  'zip',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'p2s',
  'p2c',
]);

export interface CritReport {
  /** Listed names Tokenscope understands. */
  understood: string[];
  /** Listed extension names Tokenscope does not understand: the token must be rejected. */
  unknown: string[];
  /** Ways the crit parameter itself breaks RFC 7515 §4.1.11, as sentences. */
  problems: string[];
}

/** Reads a header's `crit`; every list is empty when there is none. */
export function describeCrit(header: JsonObject): CritReport {
  const report: CritReport = { understood: [], unknown: [], problems: [] };
  if (!('crit' in header)) return report;
  const crit = header.crit;
  if (!Array.isArray(crit)) {
    report.problems.push('crit must be a list of header parameter names.');
    return report;
  }
  if (crit.length === 0) report.problems.push('crit must not be an empty list.');
  const seen = new Set<string>();
  for (const item of crit) {
    if (typeof item !== 'string' || item === '') {
      report.problems.push(`crit lists ${JSON.stringify(item)}, which is not a parameter name.`);
      continue;
    }
    if (seen.has(item)) report.problems.push(`crit lists "${item}" twice.`);
    seen.add(item);
    if (REGISTERED_PARAMETERS.has(item)) {
      report.problems.push(
        `crit lists "${item}", a standard parameter that must never be listed there.`,
      );
    } else if (UNDERSTOOD_CRITICAL_PARAMETERS.includes(item)) {
      report.understood.push(item);
    } else {
      report.unknown.push(item);
    }
    if (!(item in header))
      report.problems.push(`crit lists "${item}", but the header has no such parameter.`);
  }
  return report;
}
