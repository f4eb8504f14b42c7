import { useState } from 'react';
import type { NoteTone } from '../../../core/claims/claim-annotation.ts';
import type { ClaimRow } from '../../../core/claims/claim-rows.ts';
import { formatLocal } from '../../../core/claims/format-date-time.ts';
import type { NumericDateAnnotation } from '../../../core/claims/numeric-date.ts';
import { RelativeTime } from '../../../components/ui/relative-time.tsx';

/** Lists longer than this (3,000 group ids) show their start until the reader asks for all. */
const LIST_PREVIEW = 50;

const NOTE_STYLES: Record<NoteTone, string> = {
  info: 'text-slate-700 dark:text-slate-300',
  warning: 'text-amber-900 dark:text-amber-200',
};

/**
 * A claim value as inert text (React escapes it; nothing here interprets HTML), a link only when
 * core found a plain https URL, and what core worked out about it.
 */
export function ClaimValue({ row }: { row: ClaimRow }) {
  const [expanded, setExpanded] = useState(false);
  const [wholeList, setWholeList] = useState(false);
  const truncated = row.preview !== undefined && !expanded;
  const shown = truncated ? `${row.preview}…` : row.shown;
  const { date, list, notes } = row.annotation;
  return (
    <div className="min-w-0 space-y-1.5">
      <p className="font-mono text-[13px] break-all whitespace-pre-wrap">
        {row.link ? (
          <a
            href={row.link}
            target="_blank"
            rel="noreferrer noopener"
            className="text-indigo-700 underline decoration-1 underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200"
          >
            <bdi>{shown}</bdi>
          </a>
        ) : (
          <bdi>{shown}</bdi>
        )}
      </p>
      {row.preview !== undefined ? (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
          className="rounded-md border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          {expanded
            ? 'Show less'
            : `Show all (${row.shown.length.toLocaleString('en')} characters)`}
        </button>
      ) : null}
      {date ? <DateLines date={date} /> : null}
      {list && list.items.length > 0 ? (
        <ul aria-label={list.label} className="flex flex-wrap gap-1.5">
          {(wholeList ? list.items : list.items.slice(0, LIST_PREVIEW)).map((item, index) => (
            <li
              key={`${index}-${item.value}`}
              className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800"
            >
              <code className="font-mono break-all">
                <bdi>{item.value}</bdi>
              </code>
              {item.meaning ? (
                <span className="text-slate-700 dark:text-slate-300">: {item.meaning}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list && list.items.length > LIST_PREVIEW && !wholeList ? (
        <button
          type="button"
          onClick={() => setWholeList(true)}
          className="rounded-md border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          Show all {list.items.length.toLocaleString('en')} entries
        </button>
      ) : null}
      {notes.map((note, index) => (
        <p key={index} className={`text-xs ${NOTE_STYLES[note.tone]}`}>
          {note.tone === 'warning' ? <span className="font-semibold">Warning: </span> : null}
          {note.text}
        </p>
      ))}
    </div>
  );
}

function DateLines({ date }: { date: NumericDateAnnotation }) {
  const local = formatLocal(date.epochMs);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-700 dark:text-slate-300">
      <dt className="font-medium">UTC</dt>
      <dd className="font-mono tabular-nums">
        {date.utc ? <time dateTime={date.utc}>{date.utc}</time> : 'beyond the range of dates'}
      </dd>
      {local ? (
        <>
          <dt className="font-medium">Local</dt>
          <dd className="font-mono tabular-nums">{local}</dd>
        </>
      ) : null}
      <dt className="font-medium">When</dt>
      <dd>
        <RelativeTime at={date.epochMs} />
      </dd>
    </dl>
  );
}
