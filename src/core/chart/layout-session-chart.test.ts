import { describe, expect, it } from 'vitest';
import { simulateWalkthrough } from '../simulate/walkthrough.ts';
import { layoutSessionChart, sessionTickStep } from './layout-session-chart.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;
// 3 hours over 720 units: one unit is 15 seconds, an hour is 240 units.
const BOX = { width: 800, left: 64, right: 16 };

describe('layoutSessionChart', () => {
  const layout = layoutSessionChart(simulateWalkthrough(), BOX, 59 * MINUTE);

  it('puts the walkthrough on a 3-hour axis with a tick every half hour', () => {
    expect(layout.ticks.map((tick) => [tick.x, tick.label, tick.anchor])).toEqual([
      [64, '0:00', 'start'],
      [184, '0:30', 'middle'],
      [304, '1:00', 'middle'],
      [424, '1:30', 'middle'],
      [544, '2:00', 'middle'],
      [664, '2:30', 'middle'],
      [784, '3:00', 'end'],
    ]);
  });

  it('places the prompts at 0:00 and 2:29, each with its one-hour SIF window', () => {
    expect(layout.prompts).toEqual([
      { at: 0, x: 64 },
      { at: 149 * MINUTE, x: 660 },
    ]);
    expect(layout.sifWindows).toEqual([
      { at: 0, x: 64, width: 240 },
      // Clipped at the end of the session.
      { at: 149 * MINUTE, x: 660, width: 124 },
    ]);
  });

  it('shows the first token cut short by the interactive sign-in at 0:59', () => {
    expect(layout.tokens[0]).toEqual({
      at: 0,
      x: 65,
      width: 234,
      unused: { from: 300, to: 304 },
    });
    expect(layout.trips.map((trip) => trip.kind)).toEqual(['sign-in', 'interactive', 'renewal']);
    expect(layout.cursor).toBe(300);
  });
});

describe('sessionTickStep', () => {
  it('keeps the axis readable from hours to days', () => {
    expect([4, 12, 24, 7 * 24].map((hours) => sessionTickStep(hours * HOUR) / MINUTE)).toEqual([
      30, 60, 120, 360,
    ]);
  });
});
