import { describe, expect, it } from 'vitest';
import { setHeaderAlgorithm } from './protected-header.ts';
import { setExpiresIn, setIssuedNow } from './time-claims.ts';

/** 2026-03-01T12:00:00.750Z: the fraction of a second is dropped (RFC 7519 NumericDate). */
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0, 750);
const SECONDS = Date.UTC(2026, 2, 1, 12, 0, 0) / 1000;

function text(result: ReturnType<typeof setIssuedNow>): string {
  if (!result.ok) throw result.error;
  return result.text;
}

describe('setIssuedNow', () => {
  it('replaces iat and nbf where they stand, keeping the rest of the text as typed', () => {
    const typed = '{\n  "sub": "alice",\n  "iat": 1.0,\n  "amount": 1.50,\n  "nbf": 0\n}';
    expect(text(setIssuedNow(typed, NOW))).toBe(
      `{\n  "sub": "alice",\n  "iat": ${SECONDS},\n  "amount": 1.50,\n  "nbf": ${SECONDS}\n}`,
    );
  });

  it('adds missing claims at the end, indented like the others', () => {
    expect(text(setIssuedNow('{\n    "sub": "alice"\n}', NOW))).toBe(
      `{\n    "sub": "alice",\n    "iat": ${SECONDS},\n    "nbf": ${SECONDS}\n}`,
    );
    expect(text(setIssuedNow('{\r\n\t"sub": "alice"\r\n}', NOW))).toBe(
      `{\r\n\t"sub": "alice",\r\n\t"iat": ${SECONDS},\r\n\t"nbf": ${SECONDS}\r\n}`,
    );
    expect(text(setIssuedNow('{}', NOW))).toBe(`{"iat": ${SECONDS},"nbf": ${SECONDS}}`);
  });

  it('keeps single-line JSON on one line', () => {
    expect(text(setIssuedNow('{"sub":"alice","iat":5}', NOW))).toBe(
      `{"sub":"alice","iat":${SECONDS},"nbf": ${SECONDS}}`,
    );
  });

  it('leaves one copy of a claim given twice, so the value a verifier reads is the new one', () => {
    const result = text(setIssuedNow('{"iat": 1, "sub": "a", "iat": 2}', NOW));
    expect(JSON.parse(result)).toEqual({ sub: 'a', iat: SECONDS, nbf: SECONDS });
    expect(result.match(/"iat"/g)).toHaveLength(1);
  });

  it('needs a JSON object', () => {
    const result = setIssuedNow('[1]', NOW);
    expect(result.ok || [result.error.code, result.error.field, result.error.message]).toEqual([
      'payload-not-object',
      'payload',
      'The payload is an array, not a JSON object, so it has no members to set.',
    ]);
    const broken = setIssuedNow('{"sub": }', NOW);
    expect(broken.ok || [broken.error.code, broken.error.message]).toEqual([
      'json-syntax',
      'The payload is not valid JSON: expected a value (line 1, column 9).',
    ]);
  });
});

describe('setExpiresIn', () => {
  it('sets exp to now + N minutes', () => {
    expect(text(setExpiresIn('{"exp": 1}', NOW, 90))).toBe(`{"exp": ${SECONDS + 5400}}`);
    expect(text(setExpiresIn('{"exp": 1}', NOW, -5))).toBe(`{"exp": ${SECONDS - 300}}`);
  });

  it('asks for a number of minutes', () => {
    const result = setExpiresIn('{}', NOW, Number.NaN);
    expect(result.ok || [result.error.code, result.error.message]).toEqual([
      'minutes-invalid',
      'Type the number of minutes until the token expires.',
    ]);
  });
});

describe('setHeaderAlgorithm', () => {
  it('sets alg, and enc for a JWE', () => {
    const typed = '{\n  "typ": "JWT",\n  "alg": "HS256"\n}';
    expect(text(setHeaderAlgorithm(typed, 'RSA-OAEP-256', 'A128GCM'))).toBe(
      '{\n  "typ": "JWT",\n  "alg": "RSA-OAEP-256",\n  "enc": "A128GCM"\n}',
    );
  });

  it('removes enc for a JWS', () => {
    expect(
      text(setHeaderAlgorithm('{"alg": "dir", "enc": "A256GCM", "kid": "k"}', 'ES256', 'A256GCM')),
    ).toBe('{"alg": "ES256", "kid": "k"}');
  });
});
