import { formatRelativeTime } from '../../core/claims/relative-time.ts';
import type { TimePhrase } from '../../core/time/describe-time-state.ts';
import { useNow } from '../../lib/use-now.ts';

/**
 * "in 42 min", "3 days ago": the one element that ticks. Everything around it renders once per
 * state, and only this text follows the clock.
 */
export function RelativeTime({ at }: { at: number }) {
  const now = useNow();
  return <>{formatRelativeTime(at, now)}</>;
}

/** A time phrase from core ("expires ", at, ", but still…") with its relative part ticking. */
export function TimePhraseText({ phrase }: { phrase: TimePhrase }) {
  return (
    <>
      {phrase.lead}
      {phrase.at === undefined ? null : <RelativeTime at={phrase.at} />}
      {phrase.tail}
    </>
  );
}
