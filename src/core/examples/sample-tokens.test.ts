import { describe, expect, it } from 'vitest';
import { detectTokenKind } from '../claims/token-kind.ts';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import { buildSamples } from './sample-tokens.ts';

const NOW = Date.UTC(2026, 10, 22, 12) / 1000;

describe('buildSamples', () => {
  const samples = buildSamples(NOW);

  it('has unique ids and labels', () => {
    expect(new Set(samples.map((sample) => sample.id)).size).toBe(samples.length);
    expect(new Set(samples.map((sample) => sample.label)).size).toBe(samples.length);
  });

  it('covers every kind the issue asks for', () => {
    expect(samples.map((sample) => sample.id)).toEqual(
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
    for (const sample of samples.filter((s) => s.protection !== 'encrypt')) {
      const decoded = decodeToken(encodeToken(sample.header, sample.payload, new Uint8Array(8)));
      expect(decoded.header?.value, sample.id).toEqual(sample.header);
      expect(decoded.payload?.type, sample.id).toBe('json');
    }
    const hostile = samples.find((sample) => sample.id === 'hostile')!;
    const decoded = decodeToken(encodeToken(hostile.header, hostile.payload, new Uint8Array(8)));
    expect(decoded.payload).toMatchObject({
      duplicates: [{ name: 'sub', values: ['alice', 'admin'] }],
    });
  });

  it('is valid or expired relative to now, as labelled', () => {
    const exp = (id: string) =>
      (samples.find((sample) => sample.id === id)!.payload as { exp: number }).exp;
    expect(exp('expired')).toBeLessThan(NOW);
    expect(exp('access-v2')).toBeGreaterThan(NOW);
  });

  it('decodes as the kind its label promises', () => {
    for (const sample of samples.filter((s) => s.protection !== 'encrypt')) {
      const decoded = decodeToken(
        encodeToken(
          sample.header,
          sample.payload,
          new Uint8Array(sample.protection === 'none' ? 0 : 8),
        ),
      );
      expect(detectTokenKind(decoded).label, sample.id).toBe(sample.kind);
    }
  });
});
