import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './layout-timeline.ts';
import { buildTokenTimeline } from './token-timeline.ts';

const NOW = Date.UTC(2024, 4, 1, 12);
const MINUTE = 60_000;
const s = (ms: number) => ms / 1000;

function layout(payload: Record<string, number>) {
  return layoutTimeline(buildTokenTimeline(payload, { now: NOW })!);
}

describe('layoutTimeline', () => {
  it('keeps every mark on the 0..1 axis in time order, with bands around nbf and exp', () => {
    const placed = layout({
      iat: s(NOW - 30 * MINUTE),
      nbf: s(NOW - 30 * MINUTE),
      exp: s(NOW + 45 * MINUTE),
    })!;
    const xs = placed.marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(placed.bands.map((b) => b.edge)).toEqual(['nbf', 'exp']);
    const exp = placed.marks.find((m) => m.name === 'exp')!.x;
    const band = placed.bands[1]!;
    expect(band.from).toBeLessThan(exp);
    expect(band.to).toBeGreaterThan(exp);
    expect(placed.validity?.to).toBe(exp);
  });

  it('pins a far-away now to the edge instead of squashing the token', () => {
    const placed = layout({
      iat: s(NOW - 400 * 24 * 60 * MINUTE),
      exp: s(NOW - 399 * 24 * 60 * MINUTE),
    })!;
    const now = placed.marks.find((m) => m.name === 'now')!;
    expect(now).toEqual({ name: 'now', x: 1, offScale: 'after' });
    const iat = placed.marks.find((m) => m.name === 'iat')!;
    expect(iat.offScale).toBeUndefined();
    expect(iat.x).toBeGreaterThan(0);
  });

  it('labels equal marks once and puts close labels on alternate rows', () => {
    const placed = layout({
      iat: s(NOW - 30 * MINUTE),
      nbf: s(NOW - 30 * MINUTE),
      exp: s(NOW + 45 * MINUTE),
    })!;
    expect(placed.labels.map((label) => [label.names, label.row])).toEqual([
      [['iat', 'nbf'], 0],
      [['now'], 0],
      [['exp'], 0],
    ]);
    const close = layout({ iat: s(NOW - 60 * MINUTE), exp: s(NOW + 2 * MINUTE) })!;
    expect(close.labels.map((label) => [label.names, label.row])).toEqual([
      [['iat'], 0],
      [['now'], 0],
      [['exp'], 1],
    ]);
  });

  it('has nothing to draw without time claims', () => {
    expect(layout({})).toBeUndefined();
  });
});
