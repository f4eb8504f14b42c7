import { base64url } from 'jose';

/** What is wrong with a segment that claims to be base64url (RFC 4648 §5, unpadded). */
export type Base64urlProblem =
  | { kind: 'character'; index: number; character: string }
  | { kind: 'length'; length: number }
  | { kind: 'unused-bits'; index: number; character: string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/**
 * Checks that `text` is canonical unpadded base64url: only `A-Z a-z 0-9 - _`, a length that
 * some byte string encodes to, and zero bits in the final character's unused positions.
 * Lenient decoders (atob, Buffer) accept all of these; a strict inspector must not.
 */
export function findBase64urlProblem(text: string): Base64urlProblem | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || VALUES[code] === -1) {
      return { kind: 'character', index: i, character: String.fromCodePoint(text.codePointAt(i)!) };
    }
  }
  const rest = text.length % 4;
  if (rest === 1) return { kind: 'length', length: text.length };
  if (rest !== 0) {
    const last = text.length - 1;
    const value = VALUES[text.charCodeAt(last)]!;
    const unusedMask = rest === 2 ? 0b1111 : 0b11;
    if ((value & unusedMask) !== 0) {
      return { kind: 'unused-bits', index: last, character: text[last]! };
    }
  }
  return undefined;
}

/** Decodes text that `findBase64urlProblem` has accepted. */
export function decodeBase64url(text: string): Uint8Array {
  return base64url.decode(text);
}

export function encodeBase64url(input: Uint8Array | string): string {
  return base64url.encode(input);
}

const NAMED_CHARACTERS: Record<string, string> = {
  ' ': 'a space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\u00a0': 'a non-breaking space',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\ufeff': 'a byte-order mark',
  '\u2026': "an ellipsis '…' (was the token shortened for display?)",
  '=': "'=' padding, which base64url in JOSE never uses",
  '+': "'+', a standard-base64 character (base64url uses '-' instead)",
  '/': "'/', a standard-base64 character (base64url uses '_' instead)",
};

/** Describes a character for an error message, naming invisible ones rather than printing them. */
export function describeCharacter(character: string): string {
  const named = NAMED_CHARACTERS[character];
  if (named) return named;
  const codePoint = character.codePointAt(0) ?? 0;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0))
    return `the control character ${hex}`;
  if (/\p{L}|\p{N}|\p{P}|\p{S}/u.test(character)) return `'${character}' (${hex})`;
  return `the invisible character ${hex}`;
}
