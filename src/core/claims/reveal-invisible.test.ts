import { describe, expect, it } from 'vitest';
import { containsInvisible, quoteRevealed, revealInvisible } from './reveal-invisible.ts';

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

describe('characters that hide or smuggle text', () => {
  it.each([
    [
      'a Unicode tag character (ASCII smuggling)',
      'admin\u{E0041}\u{E007F}',
      'admin⟨U+E0041⟩⟨U+E007F⟩',
    ],
    ['the first and last tag characters', '\u{E0000}\u{E0020}', '⟨U+E0000⟩⟨U+E0020⟩'],
    ['a soft hyphen', 'ad\u00ADmin', 'ad⟨U+00AD⟩min'],
    ['the Hangul filler', 'admin\u3164', 'admin⟨U+3164⟩'],
    ['the combining grapheme joiner', 'ad\u034Fmin', 'ad⟨U+034F⟩min'],
    ['next line (NEL)', 'a\u0085b', 'a⟨U+0085⟩b'],
    ['other Hangul fillers', '\u115F\u1160\uFFA0', '⟨U+115F⟩⟨U+1160⟩⟨U+FFA0⟩'],
    ['the Mongolian vowel separator', 'a\u180Eb', 'a⟨U+180E⟩b'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a⟨U+2028⟩b⟨U+2029⟩'],
    ['interlinear annotation controls', '\uFFF9a\uFFFAb\uFFFB', '⟨U+FFF9⟩a⟨U+FFFA⟩b⟨U+FFFB⟩'],
    ['invisible operators', 'a\u2062b\u2064', 'a⟨U+2062⟩b⟨U+2064⟩'],
  ])('reveals %s', (_what, text, shown) => {
    expect(revealInvisible(text).text).toBe(shown);
    expect(containsInvisible(text)).toBe(true);
  });

  it('leaves accents, CJK, Hangul syllables and emoji alone', () => {
    const text = 'Amélie 山田 한국어 👍🏽 ❤️';
    expect(revealInvisible(text)).toEqual({ text, revealed: 0 });
    expect(containsInvisible(text)).toBe(false);
  });

  it('quotes a value for a message with its invisible characters shown', () => {
    expect(quoteRevealed('https://issuer\u{E0041}.example')).toBe(
      '"https://issuer⟨U+E0041⟩.example"',
    );
    expect(quoteRevealed('plain')).toBe('"plain"');
  });
});
