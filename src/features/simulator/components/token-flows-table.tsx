import {
  IMPLICIT_FLOW_NOTE,
  TOKEN_FLOWS,
  TOKEN_KIND_LABELS,
  TOKEN_KINDS,
} from '../../../core/simulate/token-flows.ts';
import { ScrollArea } from '../../../components/ui/scroll-area.tsx';

/** Which flow yields which tokens: a reference next to the simulator. */
export function TokenFlowsTable() {
  return (
    <ScrollArea label="Token flows table" className="space-y-2">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Tokens each OAuth 2.0 / OpenID Connect flow yields</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-1 pr-3">
              Flow
            </th>
            <th scope="col" className="px-2 py-1">
              Needs
            </th>
            {TOKEN_KINDS.map((kind) => (
              <th key={kind} scope="col" className="px-2 py-1">
                {TOKEN_KIND_LABELS[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {TOKEN_FLOWS.map((flow) => (
            <tr key={flow.name}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {flow.name}
              </th>
              <td className="px-2 py-1">{flow.needs ?? '—'}</td>
              {TOKEN_KINDS.map((kind) => (
                <td key={kind} className="px-2 py-1">
                  {flow.yields[kind] ? (
                    <>
                      yes
                      {kind === 'accessToken' && flow.note ? ` (${flow.note})` : ''}
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">no</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-700 dark:text-slate-300">{IMPLICIT_FLOW_NOTE}</p>
    </ScrollArea>
  );
}
