import type { ReactNode } from 'react';

/**
 * A box that scrolls when its content is wider (or taller) than the screen, e.g. a table on a
 * phone. It is focusable so keyboard users can scroll it too.
 */
export function ScrollArea({
  label,
  className = '',
  children,
}: {
  /** Names the scrolling box for screen readers: "Claims table, scrollable". */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      tabIndex={0}
      role="group"
      aria-label={label}
      className={`relative overflow-auto focus-visible:outline-2 ${className}`}
    >
      {children}
    </div>
  );
}
