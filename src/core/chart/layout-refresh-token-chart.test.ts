import { describe, expect, it } from 'vitest';
import { simulateRefreshToken, vacationExample } from '../simulate/refresh-token-timeouts.ts';
import { layoutRefreshTokenChart } from './layout-refresh-token-chart.ts';

const HOUR = 3_600_000;
const BOX = { width: 800, left: 16, right: 16 };

function layout(example: ReturnType<typeof vacationExample>) {
  return layoutRefreshTokenChart(
    example,
    simulateRefreshToken(example.policy, example.activity),
    BOX,
  );
}

describe('layoutRefreshTokenChart', () => {
  it("names each day of the documentation's vacation at its midnight, Monday first", () => {
    const chart = layout(vacationExample());
    expect(chart.ticks.map((tick) => tick.label)).toEqual([
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
      'Mon',
    ]);
    // The first midnight is 15 h after Monday 09:00; its day's name stands at its noon.
    const x = (ms: number) => 16 + (ms / (179 * HOUR)) * 768;
    expect(chart.ticks[0]).toMatchObject({ x: x(15 * HOUR), labelX: x(27 * HOUR) });
    expect(chart.firstDay).toEqual({ x: 16, label: 'Mon' });
  });

  it('shows the refresh token dying five days after its last use, and the new session', () => {
    const chart = layout(vacationExample());
    expect(chart.deaths.map((death) => death.at)).toEqual([8 * HOUR + 5 * 24 * HOUR]);
    expect(chart.sessions.map((session) => session.start)).toEqual([0, 176 * HOUR]);
    expect(chart.sessions[0]!.width).toBeCloseTo(chart.deaths[0]!.x - 16);
  });

  it('labels every other day when the span is long', () => {
    const chart = layout(vacationExample(5, 19));
    expect(chart.ticks.slice(0, 4).map((tick) => tick.label)).toEqual(['Tue', '', 'Thu', '']);
  });
});
