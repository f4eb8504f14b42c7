import { describe, expect, it } from 'vitest';
import { RotationGate } from './rotation-gate.ts';

describe('RotationGate', () => {
  it('allows exactly one refetch per unknown kid', () => {
    const gate = new RotationGate(60_000);
    expect(gate.request('https://i/keys', 'new', 0)).toBe('refetch');
    expect(gate.request('https://i/keys', 'new', 120_000)).toBe('already-refetched');
    expect(gate.hasRefetched('https://i/keys', 'new')).toBe(true);
  });

  it('spaces refetches for different unknown kids by the cooldown', () => {
    const gate = new RotationGate(60_000);
    expect(gate.request('https://i/keys', 'a', 0)).toBe('refetch');
    expect(gate.request('https://i/keys', 'b', 30_000)).toBe('cooldown');
    expect(gate.request('https://i/keys', 'b', 60_000)).toBe('refetch');
  });

  it('keeps issuers apart', () => {
    const gate = new RotationGate(60_000);
    expect(gate.request('https://i/keys', 'a', 0)).toBe('refetch');
    expect(gate.request('https://j/keys', 'a', 1)).toBe('refetch');
  });
});
