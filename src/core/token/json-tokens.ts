import type { JsonValue } from './parse-json.ts';

export type JsonTokenKind = 'key' | 'string' | 'number' | 'boolean' | 'null' | 'punctuation';

export interface JsonToken {
  kind: JsonTokenKind;
  text: string;
}

/**
 * Pretty-prints a value exactly as JSON.stringify(value, null, 2) does and splits the text into
 * coloured tokens. Whitespace between tokens is attached to the punctuation tokens so that the
 * concatenated texts reproduce the printed JSON byte for byte.
 */
export function tokenizeJson(value: JsonValue): JsonToken[] {
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
      tokens.push({ kind: colon ? 'key' : 'string', text: string });
      if (colon) punctuation += colon;
    } else if (number !== undefined) tokens.push({ kind: 'number', text: number });
    else if (boolean !== undefined) tokens.push({ kind: 'boolean', text: boolean });
    else if (nul !== undefined) tokens.push({ kind: 'null', text: nul });
    else punctuation += whole;
  }
  flush();
  return tokens;
}
