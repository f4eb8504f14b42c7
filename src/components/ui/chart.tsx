import { useId, type ReactNode } from 'react';
import type { AxisTick } from '../../core/chart/scale.ts';

/**
 * An SVG chart that scales to its container and is one image to assistive technology, named by
 * its title (each chart also has a text equivalent next to it).
 */
export function Chart({
  width,
  height,
  title,
  className = '',
  children,
}: {
  width: number;
  height: number;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      className={`h-auto w-full ${className}`}
    >
      <title id={titleId}>{title}</title>
      {children}
    </svg>
  );
}

/** A horizontal time axis: the baseline, a mark per tick and the tick's label below it. */
export function ChartAxis({
  from,
  to,
  y,
  ticks,
  labelOffset = 18,
  mono = false,
}: {
  from: number;
  to: number;
  y: number;
  ticks: readonly AxisTick[];
  labelOffset?: number;
  mono?: boolean;
}) {
  return (
    <g>
      <line x1={from} x2={to} y1={y} y2={y} className="stroke-slate-400 dark:stroke-slate-600" />
      {ticks.map((tick) => (
        <g key={tick.x}>
          <line
            x1={tick.x}
            x2={tick.x}
            y1={y}
            y2={y + 5}
            className="stroke-slate-400 dark:stroke-slate-600"
          />
          <text
            x={tick.labelX ?? tick.x}
            y={y + labelOffset}
            textAnchor={tick.anchor ?? 'middle'}
            className={`fill-slate-700 text-[11px] dark:fill-slate-300 ${mono ? 'font-mono' : ''}`}
          >
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
