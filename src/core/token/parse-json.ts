import {
  type JSONPath,
  type Node,
  parseTree,
  type ParseError,
  printParseErrorCode,
  getNodeValue,
  visit,
} from 'jsonc-parser';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [member: string]: JsonValue;
}

/** A member name that appears more than once in one JSON object. */
export interface DuplicateMember {
  /** Dotted path of the object holding the member, then the member: `address.country`. */
  path: string;
  name: string;
  /** Every value given, in document order; a last-wins parser (JSON.parse) keeps the last. */
  values: JsonValue[];
}

/**
 * An integer written with more precision than a JavaScript number holds (beyond 2^53):
 * JSON.parse, and every verifier built on it, reads it rounded.
 */
export interface RoundedNumber {
  /** Member names and array indexes from the root to the number. */
  path: (string | number)[];
  /** The digits as the token writes them. */
  source: string;
  /** What JSON.parse reads. */
  value: number;
}

export type JsonParseResult =
  | {
      ok: true;
      value: JsonValue;
      duplicates: DuplicateMember[];
      roundedNumbers: RoundedNumber[];
    }
  | { ok: false; reason: 'syntax'; message: string; position: number }
  | { ok: false; reason: 'depth'; depth: number };

const PHRASES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a member name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character inside a string',
};

/**
 * Parses strict JSON (RFC 8259). The value is JSON.parse's, so it is exactly what a verifier
 * would see; jsonc-parser supplies what JSON.parse cannot: the position of a syntax error and
 * the member names given twice.
 */
export function parseJson(text: string): JsonParseResult {
  // Measured first, without recursion: nothing a token needs is this deep, and deep text —
  // valid or cut short — overflows the stack of every recursive step that would follow (the
  // syntax-error locator, duplicate detection, pretty-printing, the claims table).
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING) return { ok: false, reason: 'depth', depth };
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (cause) {
    return { ok: false, reason: 'syntax', ...locateSyntaxError(text, cause) };
  }
  return {
    ok: true,
    value,
    duplicates: mayHaveDuplicates(text) ? findDuplicates(text) : [],
    roundedNumbers: findRoundedNumbers(text),
  };
}

/** Integers beyond 2^53 have at least 16 digits; without such a run there is nothing to find. */
const LONG_DIGITS = /\d{16}/;

/**
 * The integers in valid JSON text that JSON.parse reads rounded, with the digits the text
 * gives. Shallow text only (see MAX_NESTING): jsonc-parser's visitor recurses per level.
 */
export function findRoundedNumbers(text: string): RoundedNumber[] {
  if (!LONG_DIGITS.test(text)) return [];
  const found: RoundedNumber[] = [];
  visit(
    text,
    {
      onLiteralValue(value: unknown, offset: number, length: number, _line, _column, path) {
        if (typeof value !== 'number') return;
        const source = text.slice(offset, offset + length);
        if (isRounded(source, value)) found.push({ path: copyPath(path()), source, value });
      },
    },
    { disallowComments: true },
  );
  return found;
}

function isRounded(source: string, value: number): boolean {
  if (!/^-?\d{16,}$/.test(source) || !Number.isFinite(value)) return false;
  return BigInt(source) !== BigInt(value);
}

function copyPath(path: JSONPath): (string | number)[] {
  return [...path];
}

/** A parse failure in words, for messages: "expected ':' at character 7". */
export function describeJsonFailure(failure: Exclude<JsonParseResult, { ok: true }>): string {
  return failure.reason === 'depth'
    ? `it is nested ${failure.depth.toLocaleString('en')} levels deep (at most ${MAX_NESTING} are read)`
    : `${failure.message} at character ${failure.position}`;
}

/** Deeper than any real token by far; shallow enough for every recursive step that follows. */
export const MAX_NESTING = 256;

/** The deepest array/object nesting in valid JSON text, found without recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return deepest;
}

function locateSyntaxError(text: string, cause: unknown): { message: string; position: number } {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (text.trim() === '') return { message: 'the text is empty', position: 1 };
  if (first) {
    const phrase = PHRASES[printParseErrorCode(first.error)] ?? 'invalid JSON';
    return { message: phrase, position: first.offset + 1 };
  }
  // jsonc-parser is more lenient than JSON.parse in a few corners (e.g. lone surrogates are
  // fine for both, but a trailing comma with allowTrailingComma=false is reported above);
  // fall back to the engine's own words.
  return { message: cause instanceof Error ? cause.message : 'invalid JSON', position: 1 };
}

/**
 * Cheap pre-check: without at least two members somewhere there can be no duplicate; and one
 * streaming pass (no tree: a 2 MB payload with 100,000 claims would build 300,000 nodes) tells
 * whether any object repeats a name before the detailed walk collects the values.
 */
function mayHaveDuplicates(text: string): boolean {
  if (text.indexOf(',') === -1) return false;
  const names: Set<string>[] = [];
  let found = false;
  visit(
    text,
    {
      onObjectBegin: () => {
        names.push(new Set());
      },
      onObjectEnd: () => {
        names.pop();
      },
      onObjectProperty: (name: string) => {
        const seen = names.at(-1);
        if (!seen) return;
        if (seen.has(name)) found = true;
        else seen.add(name);
      },
    },
    { disallowComments: true },
  );
  return found;
}

function findDuplicates(text: string): DuplicateMember[] {
  const root = parseTree(text, [], { disallowComments: true });
  const found: DuplicateMember[] = [];
  if (root) walk(root, '', found);
  return found;
}

function walk(node: Node, path: string, found: DuplicateMember[]): void {
  if (node.type === 'array') {
    node.children?.forEach((child, index) => walk(child, `${path}[${index}]`, found));
    return;
  }
  if (node.type !== 'object' || !node.children) return;
  const byName = new Map<string, Node[]>();
  for (const property of node.children) {
    const [nameNode, valueNode] = property.children ?? [];
    if (!nameNode || !valueNode) continue;
    const name = String(nameNode.value);
    const values = byName.get(name);
    if (values) values.push(valueNode);
    else byName.set(name, [valueNode]);
    walk(valueNode, path ? `${path}.${name}` : name, found);
  }
  for (const [name, nodes] of byName) {
    if (nodes.length > 1) {
      found.push({
        path: path ? `${path}.${name}` : name,
        name,
        values: nodes.map((n) => getNodeValue(n) as JsonValue),
      });
    }
  }
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
