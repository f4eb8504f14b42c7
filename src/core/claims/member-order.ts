import { visit } from 'jsonc-parser';

/**
 * The top-level member names of a JSON object text, in the order they are written, each once.
 * Object.keys cannot give this: JavaScript lists integer-like keys ("1", "42") first.
 * Undefined when the text is too deeply nested to read.
 */
export function readMemberOrder(text: string): string[] | undefined {
  const names = new Set<string>();
  let depth = 0;
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          depth += 1;
        },
        onObjectEnd: () => {
          depth -= 1;
        },
        onArrayBegin: () => {
          depth += 1;
        },
        onArrayEnd: () => {
          depth -= 1;
        },
        onObjectProperty: (property) => {
          if (depth === 1) names.add(property);
        },
      },
      { disallowComments: true },
    );
  } catch {
    // jsonc-parser recurses per nesting level; a hostile token nested thousands of levels deep
    // overflows the stack. The caller falls back to JSON.parse's order.
    return undefined;
  }
  return [...names];
}
