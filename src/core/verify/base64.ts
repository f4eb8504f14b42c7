import { decodeBase64url, findBase64urlProblem } from '../token/base64url.ts';

export type Base64Variant = 'base64' | 'base64url';

export type Base64DecodeResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const OTHER_ALPHABET: Record<Base64Variant, RegExp> = { base64: /[-_]/, base64url: /[+/]/ };
const OTHER_NAME: Record<Base64Variant, Base64Variant> = {
  base64: 'base64url',
  base64url: 'base64',
};

/**
 * Decodes standard base64 (RFC 4648 §4, as in PEM bodies and most secrets) or base64url
 * (§5). Padding is optional; anything else outside the alphabet, an impossible length or
 * non-zero unused bits is an error, never silently skipped as atob-style decoders do.
 */
export function decodeBase64Text(text: string, variant: Base64Variant): Base64DecodeResult {
  const unpadded = text.replace(/={1,2}$/, '');
  if (OTHER_ALPHABET[variant].test(unpadded)) {
    return {
      ok: false,
      message: `it contains characters of ${OTHER_NAME[variant]} ('${variant === 'base64' ? '- _' : '+ /'}'), not ${variant}`,
    };
  }
  const asBase64url =
    variant === 'base64' ? unpadded.replace(/\+/g, '-').replace(/\//g, '_') : unpadded;
  const problem = findBase64urlProblem(asBase64url);
  if (problem) {
    switch (problem.kind) {
      case 'character':
        return {
          ok: false,
          message: `character ${problem.index + 1} (${JSON.stringify(problem.character)}) is not ${variant}`,
        };
      case 'length':
        return {
          ok: false,
          message: `${problem.length} characters is not a possible ${variant} length`,
        };
      case 'unused-bits':
        return {
          ok: false,
          message: `its last character sets bits that encode nothing (not canonical ${variant})`,
        };
    }
  }
  if (text.length !== unpadded.length && unpadded.length % 4 === 0) {
    return { ok: false, message: "it has '=' padding where none belongs" };
  }
  return { ok: true, bytes: decodeBase64url(asBase64url) };
}
