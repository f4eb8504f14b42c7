import { describe, expect, it } from 'vitest';
import { revealInvisible } from './reveal-invisible.ts';

describe('revealInvisible', () => {
  it('shows direction controls, zero-width characters and control characters', () => {
    expect(revealInvisible('invoice\u202Egpj.exe')).toEqual({
      text: 'invoice⟨U+202E⟩gpj.exe',
      revealed: 1,
    });
    expect(revealInvisible('a\u200Bb\u0000c\uFEFF').text).toBe('a⟨U+200B⟩b⟨U+0000⟩c⟨U+FEFF⟩');
  });

  it('leaves ordinary text alone, right-to-left scripts, tabs and newlines included', () => {
    expect(revealInvisible('Maja\tمايا\nLindqvist 😀')).toEqual({
      text: 'Maja\tمايا\nLindqvist 😀',
      revealed: 0,
    });
  });
});
