import type { ClaimCheck, ClaimStatus } from '../../../core/verify/check-claims.ts';
import { claimRejection, type Verdict, type VerdictKind } from '../../../core/verify/verdict.ts';

const TONES: Record<VerdictKind, string> = {
  verified:
    'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-100',
  'invalid-signature':
    'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
  unsecured:
    'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
  'no-matching-key':
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100',
  'cannot-verify':
    'border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-100',
};

const CLAIM_LABELS: Record<ClaimStatus, { text: string; className: string }> = {
  pass: {
    text: 'OK',
    className: 'bg-emerald-700 text-white dark:bg-emerald-300 dark:text-emerald-950',
  },
  fail: { text: 'Failed', className: 'bg-red-700 text-white dark:bg-red-300 dark:text-red-950' },
  warning: {
    text: 'Warning',
    className: 'bg-amber-300 text-amber-950 dark:bg-amber-300 dark:text-amber-950',
  },
  'not-checked': {
    text: 'Not checked',
    className: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
  },
};

interface VerdictViewProps {
  /** Undefined while Web Crypto is still checking the current token. */
  verdict: Verdict | undefined;
  /** Shown while checking. */
  candidateCount: number;
}

/**
 * The verdict as a polite live region. Its text always starts with one of the five verdict
 * words (the UI contract); the claim messages name instants rather than countdowns, so it is
 * re-read only when a result changes.
 */
export function VerdictView({ verdict, candidateCount }: VerdictViewProps) {
  if (!verdict) {
    return (
      <div
        role="status"
        aria-busy="true"
        className={`rounded-lg border px-3 py-2 text-sm ${TONES['cannot-verify']}`}
      >
        <p>
          <strong>Cannot verify</strong> yet: checking the signature with{' '}
          {candidateCount === 1 ? '1 key' : `${candidateCount} keys`}…
        </p>
      </div>
    );
  }
  const details = verdict.selection ? [] : verdict.reasons;
  const rejection = claimRejection(verdict);
  return (
    <div
      role="status"
      className={`space-y-2 rounded-lg border px-3 py-2 text-sm break-words ${rejection ? TONES['no-matching-key'] : TONES[verdict.kind]}`}
    >
      <p>
        <strong>{verdict.title}</strong>: {verdict.summary}
      </p>
      {rejection ? <p className="font-semibold">{rejection}</p> : null}
      {verdict.provenance.length > 0 ? (
        <ul className="space-y-1" aria-label="Where the keys came from">
          {verdict.provenance.map((note, index) => (
            <li key={index}>
              <strong>Keys:</strong> {note}
            </li>
          ))}
        </ul>
      ) : null}
      {details.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {details.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {verdict.warnings.length > 0 ? (
        <ul className="space-y-1">
          {verdict.warnings.map((warning, index) => (
            <li key={index}>
              <strong>Warning:</strong> {warning}
            </li>
          ))}
        </ul>
      ) : null}
      <ClaimChecks checks={verdict.claims} />
    </div>
  );
}

function ClaimChecks({ checks }: { checks: ClaimCheck[] }) {
  if (checks.length === 0) return null;
  return (
    <div>
      <p className="font-semibold">Claim checks</p>
      <ul className="mt-1 space-y-1">
        {checks.map((check) => {
          const label = CLAIM_LABELS[check.status];
          return (
            <li key={check.claim} className="flex items-baseline gap-2" data-claim={check.claim}>
              <span
                className={`inline-block min-w-[5.5rem] rounded px-1.5 text-center text-xs font-semibold ${label.className}`}
              >
                {label.text}
              </span>
              <span>
                <code className="font-mono">{check.claim}</code> — {check.message}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
