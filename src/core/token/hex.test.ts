import { expect, it } from 'vitest';
import { toHex } from './hex.ts';

it('writes bytes as lowercase hex, optionally separated', () => {
  expect(toHex(new Uint8Array([0, 15, 16, 255]))).toBe('000f10ff');
  expect(toHex(new Uint8Array([0xa1, 0xb2]), ' ')).toBe('a1 b2');
  expect(toHex(new Uint8Array())).toBe('');
});
