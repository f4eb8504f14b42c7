/** Class names shared by the verify panel's controls, so every field looks and contrasts alike. */
export const FIELD_CLASS =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';

export const LABEL_CLASS = 'text-sm font-medium text-slate-800 dark:text-slate-200';

export const HINT_CLASS = 'text-xs text-slate-600 dark:text-slate-400';

export const PRIMARY_BUTTON_CLASS =
  'rounded-md bg-indigo-700 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-slate-400 dark:disabled:bg-slate-700';

export const SECONDARY_BUTTON_CLASS =
  'rounded-md border border-slate-300 px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800';

export const SUBHEADING_CLASS =
  'text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300';
