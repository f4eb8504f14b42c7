import { useMemo, useState } from 'react';
import { buildClaimRowPage, type ClaimRow } from '../../../core/claims/claim-rows.ts';
import { revealInvisible } from '../../../core/claims/reveal-invisible.ts';
import type { ClaimLocation } from '../../../core/claims/claim-registry.ts';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Panel } from '../../../components/ui/panel.tsx';
import { ClaimDescription } from './claim-description.tsx';
import { ClaimValue } from './claim-value.tsx';
import { ScrollArea } from '../../../components/ui/scroll-area.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { useClockAt } from '../../../lib/use-now.ts';

interface ClaimsTableProps {
  decoded: DecodedToken;
}

/**
 * Rows laid out at a time. A token can carry 100,000 claims within the input cap; laying them
 * all out at once would freeze the page for seconds, so the table grows in steps of this many.
 */
export const CLAIM_ROWS_STEP = 200;

const GROUPS: { location: ClaimLocation; title: string }[] = [
  { location: 'header', title: 'Header parameters' },
  { location: 'payload', title: 'Payload claims' },
];

/** Every header parameter and payload claim, in token order, with its value explained. */
export function ClaimsTable({ decoded }: ClaimsTableProps) {
  // Rows are built once per token: their relative times tick on their own (RelativeTime), so
  // the clock never rebuilds or re-renders a row.
  const now = useClockAt(decoded);
  // How many rows are shown, for this token only: the next token starts at one step again.
  const [shown, setShown] = useState({ decoded, count: CLAIM_ROWS_STEP });
  const limit = shown.decoded === decoded ? shown.count : CLAIM_ROWS_STEP;
  const { rows, total } = useMemo(
    () => buildClaimRowPage(decoded, now, limit),
    [decoded, now, limit],
  );
  return (
    <Panel title="Claims">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {decoded.format === 'empty'
            ? 'Each header parameter and claim appears here, explained.'
            : 'This token has no readable header or claims.'}
        </p>
      ) : (
        <ScrollArea label="Claims table" className="-mx-4 px-4">
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <caption className="sr-only">Claims</caption>
            <colgroup>
              <col className="w-[22%]" />
              <col className="w-[40%]" />
              <col />
            </colgroup>
            <thead>
              <tr className="border-b border-slate-300 text-slate-700 dark:border-slate-700 dark:text-slate-300">
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Claim
                </th>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Value
                </th>
                <th scope="col" className="py-2 font-semibold">
                  Description
                </th>
              </tr>
            </thead>
            {GROUPS.map(({ location, title }) => {
              const group = rows.filter((row) => row.location === location);
              if (group.length === 0) return null;
              return (
                <tbody key={location}>
                  <tr>
                    <th
                      scope="rowgroup"
                      colSpan={3}
                      className="bg-slate-100 px-2 py-1 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-300"
                    >
                      {title}
                    </th>
                  </tr>
                  {group.map((row) => (
                    <ClaimTableRow key={`${row.location}:${row.name}`} row={row} />
                  ))}
                </tbody>
              );
            })}
          </table>
          {total > rows.length ? (
            <div className="mt-3 space-y-2 text-sm text-slate-700 dark:text-slate-300">
              <p role="status">
                Showing {rows.length.toLocaleString('en')} of {total.toLocaleString('en')} header
                parameters and claims. Long tables grow {CLAIM_ROWS_STEP} rows at a time so that the
                page stays responsive; the Payload pane and the copied token hold every claim.
              </p>
              <button
                type="button"
                onClick={() =>
                  setShown({ decoded, count: Math.min(total, limit + CLAIM_ROWS_STEP) })
                }
                className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                Show {Math.min(CLAIM_ROWS_STEP, total - rows.length).toLocaleString('en')} more
              </button>
            </div>
          ) : null}
        </ScrollArea>
      )}
    </Panel>
  );
}

function ClaimTableRow({ row }: { row: ClaimRow }) {
  return (
    <tr
      data-claim={row.name}
      data-location={row.location}
      className="border-b border-slate-200 align-top last:border-b-0 dark:border-slate-800"
    >
      <th scope="row" className="py-2 pr-3 font-normal">
        <code className="font-mono text-[13px] font-semibold break-all">
          <bdi>{revealName(row.name)}</bdi>
        </code>
        {row.entry ? (
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            {row.entry.title}
          </span>
        ) : null}
        {row.duplicated ? (
          <span className="mt-1 block text-xs font-semibold text-red-800 dark:text-red-300">
            Given more than once
          </span>
        ) : null}
      </th>
      <td className="py-2 pr-3">
        <div className="flex items-start gap-2">
          <div className="min-w-0 flex-1">
            <ClaimValue row={row} />
          </div>
          <CopyButton what={`${row.name} value`} text={() => row.text} className="shrink-0" />
        </div>
      </td>
      <td className="py-2">
        <ClaimDescription row={row} />
      </td>
    </tr>
  );
}

function revealName(name: string): string {
  return name === '' ? '(empty name)' : revealInvisible(name).text;
}
