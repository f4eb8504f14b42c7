import type { ClaimRow } from '../../../core/claims/claim-rows.ts';

/** What the claim means, how Microsoft uses it, and links to where it is defined. */
export function ClaimDescription({ row }: { row: ClaimRow }) {
  const entry = row.entry;
  return (
    <div className="space-y-1 text-slate-800 dark:text-slate-200">
      <p>{row.description}</p>
      {entry?.microsoft ? (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          <span className="font-semibold">Microsoft: </span>
          {entry.microsoft}
        </p>
      ) : null}
      {entry?.versions ? (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          Only in {entry.versions.join(' and ')} Microsoft tokens.
        </p>
      ) : null}
      {entry ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <span className="sr-only">Defined in: </span>
          {entry.sources.map((source, index) => (
            <span key={source.url}>
              {index > 0 ? ' · ' : null}
              <a
                href={source.url}
                target="_blank"
                rel="noreferrer noopener"
                className="underline decoration-1 underline-offset-2 hover:text-slate-900 dark:hover:text-slate-100"
              >
                {source.section ? `${source.spec} ${source.section}` : source.spec}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
