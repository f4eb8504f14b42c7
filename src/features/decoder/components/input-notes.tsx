import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Alert } from '../../../components/ui/alert.tsx';

/** What normalisation removed, and the errors that concern the whole input. */
export function InputNotes({ decoded }: { decoded: DecodedToken }) {
  const steps = decoded.input.steps.filter((step) => step.code !== 'whitespace');
  const wholeInputErrors = decoded.errors.filter(
    (error) => error.segment === undefined && error.code !== 'error-response',
  );
  return (
    <div className="mt-3 space-y-2">
      {steps.length > 0 ? (
        <ul
          aria-label="Input clean-up"
          className="space-y-1 text-sm text-slate-700 dark:text-slate-300"
        >
          {steps.map((step) => (
            <li key={step.code} className="flex gap-2">
              <span aria-hidden="true" className="text-emerald-700 dark:text-emerald-400">
                ✓
              </span>
              {step.message}
            </li>
          ))}
        </ul>
      ) : null}
      {wholeInputErrors.map((error) => (
        <Alert key={error.code} tone="error">
          <p>{error.message}</p>
        </Alert>
      ))}
    </div>
  );
}
