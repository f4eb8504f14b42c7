import type { SessionStep } from '../../../core/simulate/explain-session.ts';

interface SessionStepsProps {
  steps: readonly SessionStep[];
  /** Guided mode: the step being shown. */
  current?: number;
}

/** A session told in words: the text equivalent of the session chart. */
export function SessionSteps({ steps, current }: SessionStepsProps) {
  return (
    <ol className="space-y-1 text-sm">
      {steps.map((step, index) => (
        <li
          key={`${step.kind}-${step.at}-${index}`}
          aria-current={index === current ? 'step' : undefined}
          className={`grid grid-cols-[5.5rem_1fr] gap-2 rounded px-1 ${
            index === current
              ? 'bg-amber-100 text-slate-950 dark:bg-amber-900/50 dark:text-slate-50'
              : current !== undefined && index > current
                ? 'text-slate-600 dark:text-slate-400'
                : ''
          }`}
        >
          <span className="font-mono">{step.clock}</span>
          <span>
            {step.prompted ? (
              <strong className="text-red-700 dark:text-red-300">Prompt. </strong>
            ) : null}
            {step.text}
          </span>
        </li>
      ))}
    </ol>
  );
}
