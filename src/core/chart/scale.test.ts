import { describe, expect, it } from 'vitest';
import { edgeAnchor, linearScale } from './scale.ts';

describe('linearScale', () => {
  const x = linearScale(0, 100, { width: 800, left: 16, right: 16 });

  it('maps the span onto the box between its margins', () => {
    expect([x(0), x(50), x(100)]).toEqual([16, 400, 784]);
  });

  it('pins what lies outside the span to the edges', () => {
    expect([x(-5), x(1e12)]).toEqual([16, 784]);
  });

  it('draws an empty span at the left edge instead of dividing by zero', () => {
    expect(linearScale(5, 5, { width: 100, left: 10, right: 10 })(5)).toBe(10);
  });
});

describe('edgeAnchor', () => {
  it('anchors labels at the ends inside the chart', () => {
    expect([edgeAnchor(0, 0, 10), edgeAnchor(5, 0, 10), edgeAnchor(10, 0, 10)]).toEqual([
      'start',
      'middle',
      'end',
    ]);
  });
});
