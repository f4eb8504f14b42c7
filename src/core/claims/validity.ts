import type { JsonObject } from '../token/parse-json.ts';
import { assessTimeClaims, type TimeState } from '../time/assess-time-claims.ts';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../time/clock-tolerance.ts';
import { describeTimeState, timePhraseText, type TimePhrase } from '../time/describe-time-state.ts';

// Re-exported for the modules that read the default from here; it is defined once, in core/time.
export { DEFAULT_CLOCK_TOLERANCE_SECONDS };

export type ValidityState = TimeState | 'unknown';

export interface Validity {
  state: ValidityState;
  /** "Valid", "Expired", "Not yet valid", "Valid — no expiry", "Malformed", "Unknown". */
  label: string;
  /** "expires in 42 min", "expired 3 days ago"… as of the `now` it was computed for. */
  detail: string;
  /** The same sentence with its relative part left live, for views that tick. */
  phrase: TimePhrase;
}

/**
 * The Summary's validity: the one time assessment (see core/time/assess-time-claims.ts), with
 * the same tolerance and words as Lifetime and Verify. Time only: nothing about the signature.
 */
export function assessValidity(
  payload: JsonObject | undefined,
  now: number,
  toleranceSeconds = DEFAULT_CLOCK_TOLERANCE_SECONDS,
): Validity {
  if (!payload) {
    const phrase = { lead: 'The token carries no readable claims.', at: undefined, tail: '' };
    return { state: 'unknown', label: 'Unknown', detail: phrase.lead, phrase };
  }
  const assessment = assessTimeClaims(payload, { now, toleranceSeconds });
  const phrase = describeTimeState(assessment);
  return {
    state: assessment.state,
    label: assessment.label,
    detail: timePhraseText(phrase, now),
    phrase,
  };
}
