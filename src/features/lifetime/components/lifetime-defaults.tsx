import {
  PLATFORM_LIFETIME_DEFAULTS,
  type LifetimeClassification,
} from '../../../core/lifetime/classify-lifetime.ts';

/** The token's lifetime (exp − iat) set against the Microsoft identity platform's defaults. */
export function LifetimeDefaults({ lifetime }: { lifetime: LifetimeClassification | undefined }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <p className="font-semibold">
        {lifetime
          ? `Lifetime: ${lifetime.text}`
          : 'Lifetime: needs both iat and exp (exp after iat) to compare with the platform defaults.'}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-slate-700 dark:text-slate-300">
        {PLATFORM_LIFETIME_DEFAULTS.map((entry) => (
          <div key={entry.name} className="contents">
            <dt>{entry.name}</dt>
            <dd className="font-mono">{entry.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
