import type { JsonValue } from '../token/parse-json.ts';

export const TOO_DEEP_TEXT = '(nested too deeply to display)';

/**
 * A value as text: a string as it is, anything else as compact JSON. JSON.stringify recurses
 * per nesting level, and JSON.parse accepts nesting deep enough to overflow it, so a hostile
 * token gets a placeholder instead of an exception.
 */
export function valueText(value: JsonValue): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return TOO_DEEP_TEXT;
  }
}
