import { isJsonObject } from '../token/parse-json.ts';
import type { DecodedToken } from '../token/decode-token.ts';
import { diffClaims, type Difference } from './diff-claims.ts';

export type ComparisonStatus =
  /** Nothing to compare with yet: the second token is empty. */
  | 'empty'
  /** One of the tokens has no header to compare: the message says which and why. */
  | 'not-comparable'
  | 'same'
  | 'different';

/** What the `Differences` table shows: its rows, and one sentence above them. */
export interface TokenComparison {
  status: ComparisonStatus;
  message: string;
  /** Header rows first, then payload rows. Only what differs. */
  differences: Difference[];
  /** What could not be compared: an encrypted or non-JSON payload. */
  notes: string[];
}

/** The table's column headings, in order. */
export const DIFFERENCE_COLUMNS = ['Where', 'Claim', 'First', 'Second', 'Change'] as const;

/**
 * Compares the header and payload of two decoded tokens member by member. A payload that is
 * not a JSON object (encrypted, text) is compared only as a whole and said so in `notes`.
 */
export function compareTokens(first: DecodedToken, second: DecodedToken): TokenComparison {
  if (second.format === 'empty') {
    return {
      status: 'empty',
      message: 'Paste a second token to compare.',
      differences: [],
      notes: [],
    };
  }
  for (const [token, which] of [
    [first, 'first'],
    [second, 'second'],
  ] as const) {
    if (!token.header) {
      const reason = token.errors[0]?.message ?? 'it is empty.';
      return {
        status: 'not-comparable',
        message: `The ${which} token has no header to compare: ${reason}`,
        differences: [],
        notes: [],
      };
    }
  }
  const differences = diffClaims('header', first.header!.value, second.header!.value);
  const notes: string[] = [];
  const a = first.payload;
  const b = second.payload;
  if (a?.type === 'json' && b?.type === 'json' && isJsonObject(a.value) && isJsonObject(b.value)) {
    differences.push(...diffClaims('payload', a.value, b.value));
  } else {
    notes.push(payloadNote(first, second));
  }
  const count = differences.length;
  if (count === 0) {
    const signatures = sameBytes(first.signature, second.signature)
      ? ''
      : ' Only their signatures differ.';
    return {
      status: 'same',
      message: `The two tokens have the same header${notes.length ? '' : ' and payload'}.${signatures}`,
      differences,
      notes,
    };
  }
  return {
    status: 'different',
    message: `${count} ${count === 1 ? 'difference' : 'differences'}: ${summarize(differences)}.`,
    differences,
    notes,
  };
}

function summarize(differences: Difference[]): string {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const difference of differences) counts[difference.change] += 1;
  return (['changed', 'added', 'removed'] as const)
    .filter((change) => counts[change] > 0)
    .map((change) => `${counts[change]} ${change}`)
    .join(', ');
}

function payloadNote(first: DecodedToken, second: DecodedToken): string {
  const encrypted = first.payload?.type === 'encrypted' || second.payload?.type === 'encrypted';
  if (encrypted) return 'The payload is encrypted (JWE), so only the headers are compared.';
  return 'The payloads are not both JSON claims sets, so only the headers are compared.';
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
