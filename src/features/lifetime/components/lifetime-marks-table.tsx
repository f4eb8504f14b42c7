import { formatLocal } from '../../../core/claims/format-date-time.ts';
import type { TokenTimeline } from '../../../core/lifetime/token-timeline.ts';
import { RelativeTime } from '../../../components/ui/relative-time.tsx';
import { ScrollArea } from '../../../components/ui/scroll-area.tsx';

/** The timeline as text: the accessible equivalent of the chart, and handy for everyone. */
export function LifetimeMarksTable({ timeline }: { timeline: TokenTimeline }) {
  return (
    <ScrollArea label="Lifetime as a table">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Lifetime claims and now, in time order</caption>
        <thead className="text-xs text-slate-600 uppercase dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-semibold">
              Moment
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              UTC
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              Local
            </th>
            <th scope="col" className="py-1 font-semibold">
              Relative
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {timeline.marks.map((mark) => (
            <tr key={mark.name}>
              <th scope="row" className="py-1 pr-3 font-normal">
                <code className="font-mono font-semibold">{mark.name}</code>{' '}
                <span className="text-slate-600 dark:text-slate-400">{mark.description}</span>
              </th>
              <td className="py-1 pr-3 font-mono whitespace-nowrap">{mark.utc}</td>
              <td className="py-1 pr-3 font-mono whitespace-nowrap">
                {formatLocal(mark.at) ?? 'beyond the range of dates'}
              </td>
              <td className="py-1 whitespace-nowrap">
                {mark.name === 'now' ? 'now' : <RelativeTime at={mark.at} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Clock tolerance: {timeline.clockToleranceMs / 1000} s either side of nbf and exp (set in
        Verify).
      </p>
    </ScrollArea>
  );
}
