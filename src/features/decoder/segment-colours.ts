import type { SegmentName } from '../../core/token/segments.ts';

/** One colour per segment, shared by the token box and the pane headings (AA in both themes). */
export const SEGMENT_COLOURS: Record<SegmentName, string> = {
  header: 'text-rose-700 dark:text-rose-300',
  payload: 'text-violet-700 dark:text-violet-300',
  signature: 'text-sky-700 dark:text-sky-300',
  'encrypted-key': 'text-amber-700 dark:text-amber-300',
  iv: 'text-emerald-700 dark:text-emerald-300',
  ciphertext: 'text-violet-700 dark:text-violet-300',
  tag: 'text-sky-700 dark:text-sky-300',
};
