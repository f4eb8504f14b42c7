// Control characters (but not tab and newline), zero-width characters, bidirectional controls
// and the byte-order mark: characters that change how text looks without being seen.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this reveals
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * The text with every invisible or direction-changing character replaced by a visible
 * ⟨U+202E⟩ marker, so that a right-to-left override cannot make a value read as something else.
 */
export function revealInvisible(text: string): { text: string; revealed: number } {
  let revealed = 0;
  const shown = text.replace(INVISIBLE, (character) => {
    revealed += 1;
    return `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
  return { text: shown, revealed };
}
