import type { SignatureOutcome } from '../../../core/verify/verdict.ts';
import { SUBHEADING_CLASS } from './styles.ts';

const MATCHED_BY = {
  kid: (value: string) =>
    `The token names its key by kid ${value}; kids are compared as exact strings.`,
  x5t: (value: string) =>
    `The token names its key by x5t ${value} (the certificate thumbprint Microsoft v1.0 tokens carry).`,
  'key-type': () =>
    'The token names no key (no kid or x5t), so every key of the type its algorithm needs was tried.',
} as const;

/** Which keys were considered, tried and excluded, and why: the explanation behind the verdict. */
export function KeySelectionView({
  outcome,
  header,
}: {
  outcome: SignatureOutcome | undefined;
  header: Record<string, unknown> | undefined;
}) {
  const selection = outcome?.selection;
  if (!outcome || !selection) return null;
  const identifier =
    selection.matchedBy === 'kid'
      ? JSON.stringify(header?.kid)
      : selection.matchedBy === 'x5t'
        ? JSON.stringify(header?.x5t)
        : '';
  return (
    <div className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
      <h3 className={SUBHEADING_CLASS}>Key selection</h3>
      <p>{MATCHED_BY[selection.matchedBy](identifier)}</p>
      <ul className="list-disc space-y-1 pl-5">
        {outcome.reasons.map((reason, index) => (
          <li key={index} className="break-words">
            {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
