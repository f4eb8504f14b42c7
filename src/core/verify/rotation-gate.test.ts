import { describe, expect, it } from 'vitest';
import { RotationGate } from './rotation-gate.ts';

describe('RotationGate', () => {
  it('allows exactly one refetch per unknown kid, and remembers when', () => {
    const gate = new RotationGate(60_000);
    expect(gate.request('https://i/keys', 'new', 1000)).toBe('refetch');
    expect(gate.request('https://i/keys', 'new', 120_000)).toBe('already-refetched');
    expect(gate.record('https://i/keys', 'new')).toEqual({ decision: 'refetch', at: 1000 });
  });

  it('spaces refetches for different unknown kids by the cooldown', () => {
    const gate = new RotationGate(60_000);
    expect(gate.request('https://i/keys', 'a', 0)).toBe('refetch');
    expect(gate.request('https://i/keys', 'b', 30_000)).toBe('cooldown');
    expect(gate.record('https://i/keys', 'b')).toEqual({ decision: 'cooldown', at: 30_000 });
    expect(gate.request('https://i/keys', 'b', 60_000)).toBe('refetch');
  });

  it('keeps issuers apart', () => {
    const gate = new RotationGate(60_000);
    expect(gate.request('https://i/keys', 'a', 0)).toBe('refetch');
    expect(gate.request('https://j/keys', 'a', 1)).toBe('refetch');
  });

  it('tells subscribers about every decision', () => {
    const gate = new RotationGate(60_000);
    let calls = 0;
    const unsubscribe = gate.subscribe(() => calls++);
    gate.request('https://i/keys', 'a', 0);
    gate.request('https://i/keys', 'b', 1);
    unsubscribe();
    gate.request('https://i/keys', 'c', 2);
    expect(calls).toBe(2);
    expect(gate.getVersion()).toBe(3);
  });
});
