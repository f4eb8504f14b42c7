import type { JsonObject } from '../../../core/token/parse-json.ts';
import { describeKeyMatch, type SignatureOutcome } from '../../../core/verify/verdict.ts';
import { SUBHEADING_CLASS } from './styles.ts';

/** Which keys were considered, tried and excluded, and why: the explanation behind the verdict. */
export function KeySelectionView({
  outcome,
  header,
}: {
  outcome: SignatureOutcome | undefined;
  header: JsonObject | undefined;
}) {
  const selection = outcome?.selection;
  if (!outcome || !selection) return null;
  return (
    <div className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
      <h3 className={SUBHEADING_CLASS}>Key selection</h3>
      <p>{describeKeyMatch(selection, header)}</p>
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
