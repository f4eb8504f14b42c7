/** Stable ids: the UI puts them in `data-finding`, tests and users refer to them. */
export type FindingId =
  | 'alg-none'
  | 'alg-hmac'
  | 'signature-length'
  | 'jku-header'
  | 'x5u-header'
  | 'jwk-header'
  | 'x5c-header'
  | 'kid-suspicious'
  | 'crit-unknown'
  | 'crit-invalid'
  | 'b64-false'
  | 'encrypted'
  | 'jwe-compressed'
  | 'p2c-high'
  | 'ms-api-token'
  | 'duplicate-member'
  | 'payload-not-json'
  | 'no-exp'
  | 'long-lifetime'
  | 'lifetime-inconsistent'
  | 'ms-timestamp'
  | 'date-not-numeric'
  | 'claim-markup'
  | 'claim-script-url'
  | 'claim-deceptive-url'
  | 'claim-bidi-control'
  | 'claim-invisible'
  | 'claim-huge';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One thing a security reviewer should know about the token, and what to do about it. */
export interface Finding {
  id: FindingId;
  severity: FindingSeverity;
  title: string;
  advice: string;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

export function compareBySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/** Joins items for advice text: a, b and c; the first `limit`, then "and 3 more". */
export function joinList(items: readonly string[], limit = 5): string {
  if (items.length <= 1) return items.join('');
  if (items.length > limit)
    return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Quoted names for advice text: "exp" and "nbf". */
export function listNames(names: readonly string[], limit = 5): string {
  return joinList(
    names.map((name) => `"${name}"`),
    limit,
  );
}
