import { useId } from 'react';

interface NumberFieldProps {
  /** Visible label and accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the input and announced with it. */
  hint?: string;
  error?: string | undefined;
  min?: number;
  max?: number;
  step?: number | 'any';
}

/** A labelled number input whose hint and error message are tied to it for screen readers. */
export function NumberField({
  label,
  value,
  onChange,
  hint,
  error,
  min,
  max,
  step = 1,
}: NumberFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`w-full rounded-md border bg-white px-2 py-1 font-mono text-sm text-slate-900 dark:bg-slate-950 dark:text-slate-100 ${
          error ? 'border-red-600 dark:border-red-400' : 'border-slate-300 dark:border-slate-700'
        }`}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
