import { applyEdits, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import { describeJsonType } from '../token/decode-token.ts';
import { isJsonObject, type JsonValue } from '../token/parse-json.ts';
import { EncodeError } from './encode-errors.ts';
import { readJsonText, type JsonField } from './json-text.ts';

export type MemberEditResult = { ok: true; text: string } | { ok: false; error: EncodeError };

/**
 * Sets (or, with undefined, removes) top-level members of the JSON object in `text`, changing
 * nothing else: other members keep their order, spacing and exact spelling (a number written
 * 1.0 stays 1.0). An existing member is replaced where it stands; a new one goes at the end,
 * indented like its neighbours.
 */
export function setMembers(
  text: string,
  field: JsonField,
  members: Readonly<Record<string, JsonValue | undefined>>,
): MemberEditResult {
  const read = readJsonText(text, field);
  if (!read.ok) return read;
  if (!isJsonObject(read.value)) {
    return {
      ok: false,
      error: new EncodeError(
        field === 'header' ? 'header-not-object' : 'payload-not-object',
        `The ${field} is ${describeJsonType(read.value)}, not a JSON object, so it has no members to set.`,
        { field },
      ),
    };
  }
  let edited = text;
  const formattingOptions = detectFormatting(text);
  for (const [name, value] of Object.entries(members)) {
    // With a member given twice, JSON.parse keeps the last; editing the first would change
    // nothing a verifier sees, so every copy goes before the one value is written.
    if (occurrences(edited, name) > 1) {
      while (occurrences(edited, name) > 0) {
        edited = applyEdits(edited, modify(edited, [name], undefined, { formattingOptions }));
      }
    }
    edited = applyEdits(edited, modify(edited, [name], value, { formattingOptions }));
  }
  return { ok: true, text: edited };
}

function occurrences(text: string, name: string): number {
  const root = parseTree(text, [], { disallowComments: true });
  return (root?.children ?? []).filter((property) => property.children?.[0]?.value === name).length;
}

/**
 * Indentation as the text already has it. Single-line JSON stays on one line: jsonc-parser
 * formats only what it inserts when given no options.
 */
function detectFormatting(text: string): FormattingOptions | undefined {
  const indent = /\n([ \t]+)"/.exec(text)?.[1];
  if (indent === undefined) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1, eol }
    : { insertSpaces: true, tabSize: indent.length, eol };
}
