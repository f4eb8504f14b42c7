import {
  PLATFORM_LIFETIME_DEFAULTS,
  type LifetimeJudgement,
} from '../../../core/lifetime/judge-lifetime.ts';

/**
 * The token's lifetime judged for its kind. Only a Microsoft access token is set against the
 * platform defaults, so only then are they listed.
 */
export function LifetimeDefaults({ lifetime }: { lifetime: LifetimeJudgement | undefined }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <p
        className={
          lifetime?.tooLong ? 'font-semibold text-amber-900 dark:text-amber-200' : 'font-semibold'
        }
      >
        {lifetime
          ? `Lifetime: ${lifetime.text}`
          : 'Lifetime: needs exp after nbf or iat, in seconds, to be judged.'}
      </p>
      {lifetime?.basis === 'microsoft-access-token' ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-slate-700 dark:text-slate-300">
          {PLATFORM_LIFETIME_DEFAULTS.map((entry) => (
            <div key={entry.name} className="contents">
              <dt>{entry.name}</dt>
              <dd className="font-mono">{entry.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
