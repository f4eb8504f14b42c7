import { useId, type ReactNode } from 'react';

interface PanelProps {
  /** The visible heading, which is also the region's accessible name. */
  title: string;
  /** Controls shown at the right of the heading (copy buttons and the like). */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  id?: string;
}

/** A titled region of the page: `<section>` named by its heading. */
export function Panel({ title, actions, children, className = '', id }: PanelProps) {
  const headingId = useId();
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`min-w-0 rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h2
          id={headingId}
          className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
        >
          {title}
        </h2>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      <div className="p-4">{children}</div>
    </section>
  );
}
