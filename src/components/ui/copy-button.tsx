import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  /** What is copied, for the accessible name: "header" → "Copy header". */
  what: string;
  /** Computed lazily: a 1 MB payload is not stringified until someone copies it. */
  text: () => string;
  className?: string;
}

/** Copies to the clipboard and says so; the feedback is announced politely. */
export function CopyButton({ what, text, className = '' }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <button
      type="button"
      onClick={() => void copy()}
      aria-label={`Copy ${what}`}
      className={`rounded-md border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 ${className}`}
    >
      <span aria-hidden="true">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy blocked' : 'Copy'}
      </span>
      <span role="status" className="sr-only">
        {state === 'copied'
          ? `Copied the ${what}`
          : state === 'failed'
            ? 'The browser blocked clipboard access'
            : ''}
      </span>
    </button>
  );
}
