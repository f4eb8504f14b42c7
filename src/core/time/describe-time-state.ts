import { formatRelativeTime } from '../claims/relative-time.ts';
import { rejectingMalformedClaim, type TimeAssessment } from './assess-time-claims.ts';

/**
 * A sentence about the time state with one live part: `lead`, then the instant `at` written
 * relative to now ("in 42 min", "3 days ago"), then `tail`. Views render `at` with a ticking
 * element and recompute the rest only when the state changes, so the words before and after
 * it never contradict the state shown next to them.
 */
export interface TimePhrase {
  lead: string;
  /** Epoch milliseconds; absent when the sentence has no relative part. */
  at: number | undefined;
  tail: string;
}

/** The phrase Summary and Lifetime both show next to the state. */
export function describeTimeState(assessment: TimeAssessment): TimePhrase {
  const { dates, toleranceSeconds } = assessment;
  const nbfMs = dates.nbf === undefined ? undefined : dates.nbf * 1000;
  const expMs = dates.exp === undefined ? undefined : dates.exp * 1000;
  const early =
    assessment.notBefore === 'within-tolerance'
      ? `, accepted early within the ${toleranceSeconds} s clock tolerance`
      : '';
  switch (assessment.state) {
    case 'malformed':
      return { lead: rejectingMalformedClaim(assessment)?.problem ?? '', at: undefined, tail: '' };
    case 'not-yet-valid':
      return { lead: 'becomes valid ', at: nbfMs, tail: '' };
    case 'expired':
      return { lead: 'expired ', at: expMs, tail: '' };
    case 'no-expiry':
      return {
        lead: `no exp claim: nothing limits how long the token can be used${early}`,
        at: undefined,
        tail: '',
      };
    case 'valid':
      return assessment.expiry === 'within-tolerance'
        ? {
            lead: 'expired ',
            at: expMs,
            tail: `, but still within the ${toleranceSeconds} s clock tolerance${early}`,
          }
        : { lead: 'expires ', at: expMs, tail: early };
  }
}

/** The phrase as plain text at `now`: for tests, titles and anything that does not tick. */
export function timePhraseText(phrase: TimePhrase, now: number): string {
  const relative = phrase.at === undefined ? '' : formatRelativeTime(phrase.at, now);
  return `${phrase.lead}${relative}${phrase.tail}`;
}
