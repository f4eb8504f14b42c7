import type { TimelineMarkName, TokenTimeline } from './token-timeline.ts';

export interface PlacedMark {
  name: TimelineMarkName;
  /** 0 (left edge) to 1 (right edge). */
  x: number;
  /** The mark is further away than the drawing reaches; it is pinned to that edge. */
  offScale: 'before' | 'after' | undefined;
}

export interface PlacedBand {
  /** The edge the band surrounds. */
  edge: 'nbf' | 'exp';
  from: number;
  to: number;
}

/** Marks at (nearly) the same spot share one label; close labels alternate rows. */
export interface PlacedLabel {
  names: TimelineMarkName[];
  x: number;
  row: 0 | 1;
}

export interface TimelineLayout {
  marks: PlacedMark[];
  labels: PlacedLabel[];
  /** The clock-tolerance bands around nbf and exp. */
  bands: PlacedBand[];
  /** Where the token is valid (nbf or iat to exp), when it has both ends. */
  validity: { from: number; to: number } | undefined;
}

const PADDING = 0.06;

/**
 * Places a timeline's marks on a 0..1 axis for drawing. The axis spans the token's own claims
 * and their tolerance bands; `now` and `auth_time` join it when they are close, and are
 * pinned to the edge otherwise, so a token that expired a year ago is still readable.
 */
export function layoutTimeline(timeline: TokenTimeline): TimelineLayout | undefined {
  const tolerance = timeline.clockToleranceMs;
  const own = timeline.marks.filter(
    (mark) => mark.name === 'iat' || mark.name === 'nbf' || mark.name === 'exp',
  );
  const edges: number[] = own.map((mark) => mark.at);
  if (timeline.notBefore !== undefined)
    edges.push(timeline.notBefore - tolerance, timeline.notBefore + tolerance);
  if (timeline.expiresAt !== undefined)
    edges.push(timeline.expiresAt - tolerance, timeline.expiresAt + tolerance);
  if (edges.length === 0) return undefined;
  let start = Math.min(...edges);
  let end = Math.max(...edges);
  const span = Math.max(end - start, 60_000);
  // Distant marks join the axis only while they would not squash the token into a sliver.
  for (const mark of timeline.marks) {
    if (mark.name !== 'now' && mark.name !== 'auth_time') continue;
    if (mark.at < start && start - mark.at <= 2 * span) start = mark.at;
    if (mark.at > end && mark.at - end <= 2 * span) end = mark.at;
  }
  const pad = (end - start || 60_000) * PADDING;
  start -= pad;
  end += pad;
  const scale = (at: number) => Math.min(1, Math.max(0, (at - start) / (end - start)));

  const marks = timeline.marks.map((mark) => ({
    name: mark.name,
    x: scale(mark.at),
    offScale:
      mark.at < start ? ('before' as const) : mark.at > end ? ('after' as const) : undefined,
  }));
  const bands: PlacedBand[] = [];
  if (timeline.notBefore !== undefined)
    bands.push({
      edge: 'nbf',
      from: scale(timeline.notBefore - tolerance),
      to: scale(timeline.notBefore + tolerance),
    });
  if (timeline.expiresAt !== undefined)
    bands.push({
      edge: 'exp',
      from: scale(timeline.expiresAt - tolerance),
      to: scale(timeline.expiresAt + tolerance),
    });
  const validFrom = timeline.notBefore ?? own.find((mark) => mark.name === 'iat')?.at;
  const validity =
    validFrom !== undefined && timeline.expiresAt !== undefined && validFrom < timeline.expiresAt
      ? { from: scale(validFrom), to: scale(timeline.expiresAt) }
      : undefined;
  return { marks, labels: placeLabels(marks), bands, validity };
}

/** Closer than this (of the width) and two marks are one label: iat and nbf are often equal. */
const SAME_SPOT = 0.01;
/** Closer than this and two labels would overlap on one row. */
const LABEL_WIDTH = 0.14;

function placeLabels(marks: readonly PlacedMark[]): PlacedLabel[] {
  const labels: PlacedLabel[] = [];
  for (const mark of marks) {
    const last = labels[labels.length - 1];
    if (last && mark.x - last.x < SAME_SPOT) {
      last.names.push(mark.name);
      continue;
    }
    const row = last && mark.x - last.x < LABEL_WIDTH && last.row === 0 ? 1 : 0;
    labels.push({ names: [mark.name], x: mark.x, row });
  }
  return labels;
}
