import { useMemo } from 'react';
import { findFindings } from '../../../core/claims/find-findings.ts';
import { revealInvisible } from '../../../core/claims/reveal-invisible.ts';
import type { FindingSeverity } from '../../../core/claims/finding.ts';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Panel } from '../../../components/ui/panel.tsx';

interface FindingsListProps {
  decoded: DecodedToken;
}

const SEVERITY: Record<FindingSeverity, { label: string; badge: string; border: string }> = {
  error: {
    label: 'Error',
    badge: 'bg-red-700 text-white dark:bg-red-400 dark:text-red-950',
    border: 'border-red-300 dark:border-red-800',
  },
  warning: {
    label: 'Warning',
    badge: 'bg-amber-300 text-amber-950 dark:bg-amber-300 dark:text-amber-950',
    border: 'border-amber-300 dark:border-amber-700',
  },
  info: {
    label: 'Info',
    badge: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-sky-950',
    border: 'border-sky-300 dark:border-sky-800',
  },
};

/** The security bar's hostile-token checks that apply to this token, errors first. */
export function FindingsList({ decoded }: FindingsListProps) {
  const findings = useMemo(() => findFindings(decoded), [decoded]);
  return (
    <Panel title="Findings">
      <ul aria-label="Findings" className="space-y-2">
        {findings.map((finding) => {
          const severity = SEVERITY[finding.severity];
          return (
            <li
              key={finding.id}
              data-finding={finding.id}
              data-severity={finding.severity}
              className={`rounded-lg border border-l-4 px-3 py-2 text-sm ${severity.border}`}
            >
              <p className="flex flex-wrap items-baseline gap-2">
                <span
                  className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${severity.badge}`}
                >
                  {severity.label}
                </span>
                <span className="font-semibold">{revealInvisible(finding.title).text}</span>
              </p>
              <p className="mt-1 break-words text-slate-700 dark:text-slate-300">
                {revealInvisible(finding.advice).text}
              </p>
            </li>
          );
        })}
      </ul>
      {findings.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {decoded.format === 'empty'
            ? 'Security findings about the pasted token appear here.'
            : 'None of the hostile-token checks apply to this token. That says nothing about its signature: see the verification.'}
        </p>
      ) : null}
    </Panel>
  );
}
