import { describe, expect, it } from 'vitest';
import { detectTokenKind } from '../claims/token-kind.ts';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import { buildExampleTokens } from './example-tokens.ts';

const NOW = Date.UTC(2026, 10, 22, 12) / 1000;

describe('buildExampleTokens', () => {
  const examples = buildExampleTokens(NOW);

  it('has unique ids and labels', () => {
    expect(new Set(examples.map((example) => example.id)).size).toBe(examples.length);
    expect(new Set(examples.map((example) => example.label)).size).toBe(examples.length);
  });

  it('covers every kind the issue asks for', () => {
    expect(examples.map((example) => example.id)).toEqual(
      expect.arrayContaining([
        'id-token',
        'access-v1',
        'access-v2',
        'app-only',
        'jwe',
        'unsecured',
        'expired',
        'hostile',
      ]),
    );
  });

  it('builds payloads that decode, including the raw hostile one with its duplicate', () => {
    for (const example of examples.filter((s) => s.protection !== 'encrypt')) {
      const decoded = decodeToken(encodeToken(example.header, example.payload, new Uint8Array(8)));
      expect(decoded.header?.value, example.id).toEqual(example.header);
      expect(decoded.payload?.type, example.id).toBe('json');
    }
    const hostile = examples.find((example) => example.id === 'hostile')!;
    const decoded = decodeToken(encodeToken(hostile.header, hostile.payload, new Uint8Array(8)));
    expect(decoded.payload).toMatchObject({
      duplicates: [{ name: 'sub', values: ['alice', 'admin'] }],
    });
  });

  it('is valid or expired relative to now, as labelled', () => {
    const exp = (id: string) =>
      (examples.find((example) => example.id === id)!.payload as { exp: number }).exp;
    expect(exp('expired')).toBeLessThan(NOW);
    expect(exp('access-v2')).toBeGreaterThan(NOW);
  });

  it('decodes as the kind its label promises', () => {
    for (const example of examples.filter((s) => s.protection !== 'encrypt')) {
      const decoded = decodeToken(
        encodeToken(
          example.header,
          example.payload,
          new Uint8Array(example.protection === 'none' ? 0 : 8),
        ),
      );
      expect(detectTokenKind(decoded).label, example.id).toBe(example.kind);
    }
  });
});
