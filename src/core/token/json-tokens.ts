import type { JsonValue } from './parse-json.ts';

export type JsonTokenKind =
  | 'key'
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | 'punctuation'
  /** Stands for array items or object members left out of view (see `limitForDisplay`). */
  | 'omitted';

export interface JsonToken {
  kind: JsonTokenKind;
  text: string;
  /** Characters cut from a long string (see `maxStringLength`); the text keeps the start. */
  hidden?: number;
}

/**
 * Pretty-prints a value exactly as JSON.stringify(value, null, 2) does and splits the text into
 * coloured tokens. Whitespace between tokens is attached to the punctuation tokens so that the
 * concatenated texts reproduce the printed JSON byte for byte — except that deceptive
 * characters are shown as escapes and `maxStringLength` shortens very long strings for
 * display (a 1 MB claim must not freeze the page).
 */
/**
 * Characters that change how text around them is displayed (bidi overrides that make
 * "invoice\u202Egnp.exe" look like "invoiceexe.png") or that cannot be seen at all. In the
 * view they are written as JSON escapes, which mean the same string but hide nothing.
 */
const DECEPTIVE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export interface DisplayLimit {
  value: JsonValue;
  /** Array items and object members left out. */
  omitted: number;
  /**
   * Starts the placeholder strings that stand for left-out items. It holds a random nonce, so
   * a token cannot contain a string that passes for a placeholder.
   */
  marker: string;
}

function newMarker(): string {
  const nonce = new Uint32Array(2);
  crypto.getRandomValues(nonce);
  return `\ue000${nonce[0]!.toString(36)}${nonce[1]!.toString(36)}\ue000`;
}

/**
 * Keeps the first `maxItems` items of every array and members of every object, so a token with
 * 3,000 group ids shows 100 of them (and says so) instead of laying out 3,000 lines.
 */
export function limitForDisplay(value: JsonValue, maxItems: number): DisplayLimit {
  const OMITTED = newMarker();
  let omitted = 0;
  const limit = (node: JsonValue): JsonValue => {
    if (Array.isArray(node)) {
      const kept = node.slice(0, maxItems).map(limit);
      if (node.length > maxItems) {
        omitted += node.length - maxItems;
        kept.push(`${OMITTED}${(node.length - maxItems).toLocaleString('en')} more items`);
      }
      return kept;
    }
    if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      const kept: Record<string, JsonValue> = {};
      for (const [name, member] of entries.slice(0, maxItems)) kept[name] = limit(member);
      if (entries.length > maxItems) {
        omitted += entries.length - maxItems;
        kept[`${OMITTED}${(entries.length - maxItems).toLocaleString('en')} more members`] = null;
      }
      return kept;
    }
    return node;
  };
  const limited = limit(value);
  return { value: omitted > 0 ? limited : value, omitted, marker: OMITTED };
}

export function revealDeceptiveCharacters(text: string): string {
  return text.replace(
    DECEPTIVE,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

export function tokenizeJson(
  value: JsonValue,
  maxStringLength = Number.POSITIVE_INFINITY,
  /** The `marker` of a `limitForDisplay` result, to show its placeholders as such. */
  omittedMarker?: string,
): JsonToken[] {
  const placeholder = omittedMarker === undefined ? undefined : `"${omittedMarker}`;
  const text = JSON.stringify(value, null, 2);
  const tokens: JsonToken[] = [];
  const pattern =
    /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false)|(null)|([^"\d\-tfn]+)/gy;
  let match: RegExpExecArray | null;
  let punctuation = '';
  let skipNull = false;
  const flush = () => {
    if (punctuation) tokens.push({ kind: 'punctuation', text: punctuation });
    punctuation = '';
  };
  while ((match = pattern.exec(text)) !== null) {
    const [whole, string, colon, number, boolean, nul, other] = match;
    if (other !== undefined) {
      punctuation += other;
      continue;
    }
    if (nul !== undefined && skipNull) {
      // The `: null` after an object placeholder is not shown.
      punctuation = '';
      skipNull = false;
      continue;
    }
    flush();
    if (string !== undefined) {
      if (placeholder !== undefined && string.startsWith(placeholder)) {
        // A left-out tail: `"\ue0002 more items"` in an array, `"\ue0002 more members": null`
        // in an object (whose `: null` is not shown).
        tokens.push({ kind: 'omitted', text: `… ${string.slice(placeholder.length, -1)}` });
        skipNull = colon !== undefined;
        continue;
      }
      const kind = colon ? 'key' : 'string';
      const shown = revealDeceptiveCharacters(string);
      if (shown.length > maxStringLength) {
        const hidden = shown.length - maxStringLength;
        tokens.push({ kind, text: shown.slice(0, maxStringLength), hidden });
      } else tokens.push({ kind, text: shown });
      if (colon) punctuation += colon;
    } else if (number !== undefined) tokens.push({ kind: 'number', text: number });
    else if (boolean !== undefined) tokens.push({ kind: 'boolean', text: boolean });
    else if (nul !== undefined) tokens.push({ kind: 'null', text: nul });
    else punctuation += whole;
  }
  flush();
  return tokens;
}
