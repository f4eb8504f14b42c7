// Characters that change how text looks without being seen: C0 and C1 controls (not tab and
// newline; NEL U+0085 included), the soft hyphen, the combining grapheme joiner, the Hangul
// fillers, the Mongolian vowel separator, zero-width and direction controls, line and paragraph
// separators, invisible operators, the byte-order mark, interlinear annotation controls and the
// Unicode tag characters (U+E0000–E007F), which can smuggle whole ASCII strings invisibly.
// Variation selectors are left alone: emoji need them.
const INVISIBLE_CLASS =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}]';
// The class lists U+034F on its own on purpose: a combining character is what it must match.
// eslint-disable-next-line no-misleading-character-class -- see above
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');
// eslint-disable-next-line no-misleading-character-class -- see above
const ANY_INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');

/**
 * The text with every invisible or direction-changing character replaced by a visible
 * ⟨U+202E⟩ marker, so that a right-to-left override cannot make a value read as something else
 * and a tag character cannot hide text.
 */
export function revealInvisible(text: string): { text: string; revealed: number } {
  let revealed = 0;
  const shown = text.replace(INVISIBLE, (character) => {
    revealed += 1;
    return `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
  return { text: shown, revealed };
}

export function containsInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}

/**
 * A value quoted for a message ("iss "https://…" does not match"), invisible characters shown:
 * for every message that repeats what a token says, the verifier's verdicts included.
 */
export function quoteRevealed(text: string): string {
  return `"${revealInvisible(text).text}"`;
}
