import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../token/parse-json.ts';
import { annotateHeaderParameter } from './annotate-header-parameter.ts';
import type { ClaimAnnotation } from './claim-annotation.ts';
import { TEST_NOW, V1_HEADER, V2_HEADER } from './test-tokens.ts';

function annotate(name: string, header: JsonObject): ClaimAnnotation {
  return annotateHeaderParameter(name, header[name]!, {
    header,
    payload: undefined,
    now: TEST_NOW,
  });
}

const texts = (annotation: ClaimAnnotation) => annotation.notes.map((note) => note.text);

describe('annotateHeaderParameter', () => {
  it('explains the algorithm', () => {
    expect(texts(annotate('alg', V1_HEADER))).toEqual([
      'RSA signature (PKCS #1 v1.5) with SHA-256.',
    ]);
    expect(annotate('alg', { alg: 'HS256' }).notes[0]?.text).toMatch(/shared secret/);
  });

  it('shows invisible characters in notes that quote a value', () => {
    expect(texts(annotate('alg', { alg: 'RS256\u{E0041}' }))).toEqual([
      'RS256⟨U+E0041⟩ is not an algorithm Tokenscope knows.',
    ]);
    expect(annotate('crit', { crit: ['b64\u00AD'] }).list?.items[0]?.value).toBe('b64⟨U+00AD⟩');
  });

  it('warns about alg none in any letter case', () => {
    expect(annotate('alg', { alg: 'nOnE' }).notes[0]).toEqual({
      tone: 'warning',
      text: expect.stringMatching(/^Unsecured/),
    });
  });

  it('warns about an algorithm it does not know', () => {
    expect(annotate('alg', { alg: 'XS999' }).notes[0]?.tone).toBe('warning');
  });

  it('names the token type, with or without the application/ prefix', () => {
    expect(texts(annotate('typ', { typ: 'at+jwt' }))[0]).toMatch(/RFC 9068/);
    expect(texts(annotate('typ', { typ: 'application/AT+JWT' }))[0]).toMatch(/RFC 9068/);
    expect(texts(annotate('typ', { typ: 'JWT' }))[0]).toMatch(/JSON Web Token/);
    expect(annotate('typ', { typ: 'custom' }).notes).toEqual([]);
  });

  it('recognises a nested token in cty', () => {
    expect(texts(annotate('cty', { cty: 'JWT' }))[0]).toMatch(/^Nested token/);
    expect(annotate('cty', { cty: 'text/plain' }).notes).toEqual([]);
  });

  it('warns about a suspicious kid and not about an ordinary one', () => {
    expect(annotate('kid', { kid: '../../dev/null' }).notes[0]?.tone).toBe('warning');
    expect(annotate('kid', V2_HEADER).notes).toEqual([]);
  });

  it('lists critical parameters and which are understood', () => {
    const annotation = annotate('crit', { alg: 'HS256', b64: false, exp: 1, crit: ['b64', 'exp'] });
    expect(annotation.list).toEqual({
      label: '2 critical parameters',
      items: [
        { value: 'b64', meaning: 'understood by Tokenscope' },
        { value: 'exp', meaning: 'not understood: a verifier must reject the token' },
      ],
    });
    expect(annotation.notes).toEqual([]);
  });

  it('warns about a malformed crit', () => {
    expect(texts(annotate('crit', { crit: 'b64' }))).toEqual([
      'crit must be a list of header parameter names.',
    ]);
  });

  it('explains b64 false only', () => {
    expect(texts(annotate('b64', { b64: false }))[0]).toMatch(/not a JWT/);
    expect(annotate('b64', { b64: true }).notes).toEqual([]);
  });

  it('explains the content encryption', () => {
    expect(texts(annotate('enc', { enc: 'A256GCM' }))).toEqual(['AES-256 in GCM mode.']);
    expect(annotate('enc', { enc: 'XYZ' }).notes).toEqual([]);
  });

  it('notes that x5t equals kid in v1.0 tokens', () => {
    expect(texts(annotate('x5t', V1_HEADER))[0]).toMatch(/Same value as kid/);
    expect(annotate('x5t', { ...V1_HEADER, x5t: 'other' }).notes).toEqual([]);
  });

  it.each(['jku', 'x5u', 'jwk', 'x5c'])('warns that %s is never trusted', (name) => {
    expect(annotate(name, { [name]: 'x' }).notes[0]?.tone).toBe('warning');
  });

  it('explains a nonce in the header', () => {
    expect(texts(annotate('nonce', { nonce: 'abc' }))[0]).toMatch(
      /cannot be verified by third parties/,
    );
  });

  it('gives custom parameters no annotation', () => {
    expect(annotate('x-custom', { 'x-custom': 1 })).toEqual({ notes: [] });
  });
});
