import type { JsonValue } from './parse-json.ts';

export type JsonTokenKind = 'key' | 'string' | 'number' | 'boolean' | 'null' | 'punctuation';

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

export function revealDeceptiveCharacters(text: string): string {
  return text.replace(
    DECEPTIVE,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

export function tokenizeJson(
  value: JsonValue,
  maxStringLength = Number.POSITIVE_INFINITY,
): JsonToken[] {
  const text = JSON.stringify(value, null, 2);
  const tokens: JsonToken[] = [];
  const pattern =
    /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false)|(null)|([^"\d\-tfn]+)/gy;
  let match: RegExpExecArray | null;
  let punctuation = '';
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
    flush();
    if (string !== undefined) {
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
