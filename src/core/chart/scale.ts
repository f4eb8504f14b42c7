/** A chart's drawing area along x, in the SVG's own units. */
export interface HorizontalBox {
  width: number;
  left: number;
  right: number;
}

/**
 * Maps `[from, to]` (time, a fraction…) onto the box's width, clamping what lies outside to
 * the edges, as every chart here draws things that run past its span at the edge.
 */
export function linearScale(
  from: number,
  to: number,
  box: HorizontalBox,
): (value: number) => number {
  const span = to - from || 1;
  const width = box.width - box.left - box.right;
  return (value) => box.left + ((Math.min(Math.max(value, from), to) - from) / span) * width;
}

/** A tick on a horizontal axis, in chart units. */
export interface AxisTick {
  /** Where the tick mark stands. */
  x: number;
  label: string;
  /** Where the label stands, when not under the tick (e.g. a day's name at its noon). */
  labelX?: number;
  anchor?: 'start' | 'middle' | 'end';
}

/** 'start' at the left end of the axis, 'end' at the right end, 'middle' between. */
export function edgeAnchor(value: number, from: number, to: number): 'start' | 'middle' | 'end' {
  return value <= from ? 'start' : value >= to ? 'end' : 'middle';
}
