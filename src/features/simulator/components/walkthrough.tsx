import { useMemo, useState } from 'react';
import { simulateWalkthrough, walkthroughSteps } from '../../../core/simulate/walkthrough.ts';
import { SessionChart, SessionLegend } from './session-chart.tsx';
import { SessionSteps } from './session-steps.tsx';

const buttonClass =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';

/**
 * The guided walkthrough of identity-platform.md's case: SIF 1 h, interactive sign-in at 0:59
 * without a prompt, a 90-minute token until 2:29, the prompt at 2:29, and the 1h00m – 2h30m range.
 */
export function Walkthrough() {
  const session = useMemo(() => simulateWalkthrough(), []);
  const steps = useMemo(() => walkthroughSteps(), []);
  const [index, setIndex] = useState(0);
  const step = steps[index];
  const last = steps.length - 1;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Sign-in frequency 1 hour, default lifetime variation. Step through to see why the second
        prompt comes at 2:29 rather than at 1:00.
      </p>
      <SessionChart session={session} until={step?.kind === 'range' ? undefined : step?.at} />
      <SessionLegend />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          Previous step
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={index === last}
          onClick={() => setIndex(index + 1)}
        >
          Next step
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={index === 0}
          onClick={() => setIndex(0)}
        >
          Start over
        </button>
        <span className="text-sm text-slate-700 dark:text-slate-300">
          Step {index + 1} of {steps.length}
        </span>
      </div>
      <p
        aria-live="polite"
        className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-slate-900 dark:border-amber-700 dark:bg-amber-950/50 dark:text-slate-100"
      >
        <span className="font-mono font-semibold">{step?.clock}</span> — {step?.text}
      </p>
      <SessionSteps steps={steps} current={index} />
    </div>
  );
}
