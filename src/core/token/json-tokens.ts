import type { JsonValue, RoundedNumber } from './parse-json.ts';

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
  /** A number shown with the digits the token writes, which JavaScript reads rounded. */
  rounded?: boolean;
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
  /** Numbers replaced by placeholders that carry the digits the token writes. */
  rounded: number;
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

/** Where the rounded numbers sit: one branch per member name or array index on their paths. */
interface PathTree {
  source?: string;
  children: Map<string | number, PathTree>;
}

function pathTree(numbers: readonly RoundedNumber[]): PathTree | undefined {
  if (numbers.length === 0) return undefined;
  const root: PathTree = { children: new Map() };
  for (const { path, source } of numbers) {
    let node = root;
    for (const step of path) {
      let next = node.children.get(step);
      if (!next) node.children.set(step, (next = { children: new Map() }));
      node = next;
    }
    node.source = source;
  }
  return root;
}

/**
 * Sets a member on a copy as its own property. Plain assignment would not: `kept.__proto__ = v`
 * replaces the copy's prototype, and the member JSON.parse kept would vanish from view.
 */
function defineMember(object: Record<string, JsonValue>, name: string, value: JsonValue): void {
  Object.defineProperty(object, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Keeps the first `maxItems` items of every array and members of every object, so a token with
 * 3,000 group ids shows 100 of them (and says so) instead of laying out 3,000 lines; and puts
 * back the digits of `roundedNumbers`, so the view shows what the token says rather than what
 * JSON.parse rounded it to.
 */
export function limitForDisplay(
  value: JsonValue,
  maxItems: number,
  roundedNumbers: readonly RoundedNumber[] = [],
): DisplayLimit {
  const MARKER = newMarker();
  let omitted = 0;
  let rounded = 0;
  const limit = (node: JsonValue, tree: PathTree | undefined): JsonValue => {
    if (tree?.source !== undefined && typeof node === 'number') {
      rounded += 1;
      return `${MARKER}=${tree.source}`;
    }
    if (Array.isArray(node)) {
      const kept = node
        .slice(0, maxItems)
        .map((item, index) => limit(item, tree?.children.get(index)));
      if (node.length > maxItems) {
        omitted += node.length - maxItems;
        kept.push(`${MARKER}${(node.length - maxItems).toLocaleString('en')} more items`);
      }
      return kept;
    }
    if (node !== null && typeof node === 'object') {
      const names = Object.keys(node);
      const kept: Record<string, JsonValue> = {};
      for (const name of names.slice(0, maxItems))
        defineMember(kept, name, limit(node[name]!, tree?.children.get(name)));
      if (names.length > maxItems) {
        omitted += names.length - maxItems;
        defineMember(
          kept,
          `${MARKER}${(names.length - maxItems).toLocaleString('en')} more members`,
          null,
        );
      }
      return kept;
    }
    return node;
  };
  const limited = limit(value, pathTree(roundedNumbers));
  return { value: omitted > 0 || rounded > 0 ? limited : value, omitted, rounded, marker: MARKER };
}

/**
 * Compact JSON of a value with the digits of its rounded numbers as the token writes them
 * (`[1,9007199254740993]`), for texts that quote a value.
 */
export function stringifyWithSourceDigits(
  value: JsonValue,
  roundedNumbers: readonly RoundedNumber[],
): string {
  const { value: marked, marker } = limitForDisplay(
    value,
    Number.POSITIVE_INFINITY,
    roundedNumbers,
  );
  const pattern = new RegExp(`"${marker}=(-?\\d+)"`, 'g');
  return JSON.stringify(marked).replace(pattern, '$1');
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
      if (placeholder !== undefined && string.startsWith(`${placeholder}=`)) {
        // A number JSON.parse rounds, shown with the digits the token writes.
        tokens.push({
          kind: 'number',
          text: string.slice(placeholder.length + 1, -1),
          rounded: true,
        });
        continue;
      }
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
