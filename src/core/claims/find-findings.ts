import type { DecodedToken } from '../token/decode-token.ts';
import { isJsonObject } from '../token/parse-json.ts';
import { findContentFindings } from './content-findings.ts';
import { compareBySeverity, type Finding } from './finding.ts';
import { findHeaderFindings } from './header-findings.ts';
import { detectTokenKind } from './token-kind.ts';
import {
  findDuplicateFindings,
  findLifetimeFindings,
  findPayloadShapeFindings,
} from './payload-findings.ts';

/**
 * Every check of the security bar's hostile-token table that applies to this token, errors
 * first. Each id appears at most once, so the UI can key and test by it. Needs no clock: the
 * findings are about the token, not about the moment it is looked at.
 */
export function findFindings(decoded: DecodedToken): Finding[] {
  const payload =
    decoded.payload?.type === 'json' && isJsonObject(decoded.payload.value)
      ? decoded.payload.value
      : undefined;
  const isJwt = decoded.format === 'jws' || decoded.format === 'unsecured';
  return [
    ...findHeaderFindings(decoded, payload),
    ...findDuplicateFindings(decoded),
    ...findPayloadShapeFindings(decoded, payload),
    ...findLifetimeFindings(isJwt ? payload : undefined, detectTokenKind(decoded)),
    ...findContentFindings(decoded),
  ].sort(compareBySeverity);
}
