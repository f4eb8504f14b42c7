import { revealInvisible } from '../claims/reveal-invisible.ts';
import { valueText } from '../claims/value-text.ts';
import type { JsonValue } from '../token/parse-json.ts';

/** Long enough for any real identifier, issuer or scope list; short enough for one line. */
const MAX_QUOTED = 160;

/**
 * A claim value for a sentence: a string in double quotes, anything else as compact JSON,
 * invisible and direction-changing characters made visible, and cut at 160 characters, so a
 * hostile value can neither disguise itself nor flood the message.
 */
export function quoteValue(value: JsonValue): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : valueText(value);
  const shown = revealInvisible(text).text;
  return shown.length > MAX_QUOTED ? `${shown.slice(0, MAX_QUOTED)}…` : shown;
}

/** Values joined for a sentence: "a", "b" and "c". */
export function quoteList(values: readonly JsonValue[]): string {
  const quoted = values.map(quoteValue);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
