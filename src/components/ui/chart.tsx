import { useId, type ReactNode } from 'react';

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
