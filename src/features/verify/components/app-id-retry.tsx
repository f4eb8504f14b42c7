import type { AppIdRetry } from '../../../core/verify/microsoft.ts';
import { SECONDARY_BUTTON_CLASS } from './styles.ts';

/** On "No matching key" from a Microsoft issuer: one click to fetch the app's own signing keys. */
export function AppIdRetryOffer({
  retry,
  onRetry,
}: {
  retry: AppIdRetry | undefined;
  onRetry: (url: string) => void;
}) {
  if (!retry) return null;
  return (
    <div className="space-y-2 rounded-lg border border-slate-300 px-3 py-2 text-sm text-slate-800 dark:border-slate-700 dark:text-slate-200">
      <p>{retry.explanation}</p>
      <button type="button" className={SECONDARY_BUTTON_CLASS} onClick={() => onRetry(retry.url)}>
        Retry with ?appid={retry.appId}
      </button>
    </div>
  );
}
