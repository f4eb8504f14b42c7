import { useMemo, type ReactNode } from 'react';
import { revealInvisible } from '../../../core/claims/reveal-invisible.ts';
import { summarizeToken, type TokenSummary } from '../../../core/claims/token-summary.ts';
import type { ValidityState } from '../../../core/claims/validity.ts';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Panel } from '../../../components/ui/panel.tsx';
import { TimePhraseText } from '../../../components/ui/relative-time.tsx';
import { useClockTolerance } from '../../../lib/clock-tolerance.ts';
import { useTimeClaimsNow } from '../../../lib/use-time-claims-now.ts';

interface SummaryPanelProps {
  decoded: DecodedToken;
}

const VALIDITY_STYLES: Record<ValidityState, string> = {
  valid:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  expired:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
  'not-yet-valid':
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100',
  'no-expiry':
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100',
  malformed:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
  unknown:
    'border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100',
};

/** What the token is, for whom, from where, and whether it is still within its lifetime. */
export function SummaryPanel({ decoded }: SummaryPanelProps) {
  // The tolerance typed in Verify; the clock moves only at a validity edge (the relative time
  // in the text ticks on its own).
  const clockToleranceSeconds = useClockTolerance();
  const now = useTimeClaimsNow(decoded, clockToleranceSeconds);
  const summary = useMemo(
    () => summarizeToken(decoded, now, { toleranceSeconds: clockToleranceSeconds }),
    [decoded, now, clockToleranceSeconds],
  );
  return (
    <Panel title="Summary">
      {decoded.format === 'empty' ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Paste a token to see what kind it is, who it is for and whether it is still valid.
        </p>
      ) : (
        <SummaryList summary={summary} />
      )}
    </Panel>
  );
}

function SummaryList({ summary }: { summary: TokenSummary }) {
  const { kind, validity } = summary;
  return (
    <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
      <Row term="Kind">
        <p className="font-semibold">{kind.label}</p>
        <p className="text-slate-700 dark:text-slate-300">{kind.detail}</p>
      </Row>
      {summary.whose ? (
        <Row term="Whose token">
          <p className="text-slate-700 dark:text-slate-300">{summary.whose}</p>
        </Row>
      ) : null}
      {summary.version ? (
        <Row term="Version">
          <p className="font-semibold">{summary.version}</p>
        </Row>
      ) : null}
      {summary.issuer ? (
        <Row term="Issuer">
          <Code>{summary.issuer}</Code>
        </Row>
      ) : null}
      {summary.tenant ? (
        <Row term="Tenant">
          <Code>{summary.tenant.id}</Code>
          {summary.tenant.note ? (
            <span className="ml-2 text-slate-700 dark:text-slate-300">({summary.tenant.note})</span>
          ) : null}
        </Row>
      ) : null}
      {summary.subject ? (
        <Row term="Subject">
          <Code>{summary.subject}</Code>
          {summary.user ? (
            <p className="text-slate-700 dark:text-slate-300">
              <bdi>{revealInvisible(summary.user).text}</bdi>
            </p>
          ) : null}
        </Row>
      ) : null}
      {summary.audience.length > 0 ? (
        <Row term={summary.audience.length === 1 ? 'Audience' : 'Audiences'}>
          <CodeList items={summary.audience} label="Audience" />
        </Row>
      ) : null}
      {summary.client ? (
        <Row term="Client app">
          <Code>{summary.client.id}</Code>
          <span className="ml-2 text-slate-700 dark:text-slate-300">
            (from <code className="font-mono">{summary.client.claim}</code>)
          </span>
        </Row>
      ) : null}
      {summary.scopes.length > 0 ? (
        <Row term="Scopes">
          <CodeList items={summary.scopes} label="Scopes" />
        </Row>
      ) : null}
      {summary.roles.length > 0 ? (
        <Row term="Roles">
          <CodeList items={summary.roles} label="Roles" />
        </Row>
      ) : null}
      <Row term="Validity">
        <p className="flex flex-wrap items-center gap-2">
          <span
            className={`rounded-md border px-2 py-0.5 font-semibold ${VALIDITY_STYLES[validity.state]}`}
          >
            {validity.label}
          </span>
          <span>
            <TimePhraseText phrase={validity.phrase} />
          </span>
        </p>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Time only, with {summary.toleranceSeconds} s of clock tolerance (set in Verify); the
          signature is checked separately.
        </p>
      </Row>
    </dl>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** Claim values can hide direction controls: isolate them and make such characters visible. */
function Code({ children }: { children: string }) {
  return (
    <code className="font-mono text-[13px] break-all">
      <bdi>{revealInvisible(children).text}</bdi>
    </code>
  );
}

function CodeList({ items, label }: { items: string[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {items.map((item, index) => (
        <li
          key={`${index}-${item}`}
          className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[13px] break-all dark:bg-slate-800"
        >
          <bdi>{revealInvisible(item).text}</bdi>
        </li>
      ))}
    </ul>
  );
}
