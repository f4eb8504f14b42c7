import type { JsonObject } from '../token/parse-json.ts';
import type { NumericDateAnnotation } from './numeric-date.ts';
import { revealInvisible } from './reveal-invisible.ts';

export type NoteTone = 'info' | 'warning';

/** A sentence about a value: "Guest: signed in through live.com". */
export interface AnnotationNote {
  tone: NoteTone;
  text: string;
}

/** One element of a value split into a list (a scope, a role, an audience), maybe explained. */
export interface ValueItem {
  value: string;
  meaning?: string;
}

/** Everything Tokenscope can say about one value, beyond the value itself. */
export interface ClaimAnnotation {
  date?: NumericDateAnnotation;
  /** The value split into a list: "2 audiences", "3 scopes". */
  list?: { label: string; items: ValueItem[] };
  notes: AnnotationNote[];
}

/** The rest of the token, which some annotations need (`idp` is compared with `iss`). */
export interface AnnotationContext {
  header: JsonObject | undefined;
  payload: JsonObject | undefined;
  /** Epoch milliseconds; injected so that "in 42 min" is testable. */
  now: number;
}

export function countLabel(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The annotation with invisible characters shown as ⟨U+…⟩ wherever it repeats a value: in
 * listed items and in notes that quote the value ("RS256⟨U+E0041⟩ is not an algorithm…").
 */
export function revealAnnotation(annotation: ClaimAnnotation): ClaimAnnotation {
  return {
    ...annotation,
    ...(annotation.list
      ? {
          list: {
            label: annotation.list.label,
            items: annotation.list.items.map((item) => ({
              ...item,
              value: revealInvisible(item.value).text,
            })),
          },
        }
      : {}),
    notes: annotation.notes.map((note) => ({ ...note, text: revealInvisible(note.text).text })),
  };
}
