import { useId } from 'react';
import {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  MAX_CLOCK_TOLERANCE_SECONDS,
} from '../../../core/time/clock-tolerance.ts';
import { FIELD_CLASS, HINT_CLASS, LABEL_CLASS, SUBHEADING_CLASS } from './styles.ts';

interface ClaimCheckOptionsProps {
  expectedAudience: string;
  onExpectedAudienceChange: (value: string) => void;
  toleranceText: string;
  onToleranceTextChange: (value: string) => void;
  toleranceError: string | undefined;
}

/** What the claim checks compare against: the audience the user's API expects, and clock skew. */
export function ClaimCheckOptions(props: ClaimCheckOptionsProps) {
  const audienceId = useId();
  const toleranceId = useId();
  const toleranceHintId = `${toleranceId}-hint`;
  return (
    <div className="space-y-2">
      <h3 className={SUBHEADING_CLASS}>Claim checks</h3>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor={audienceId} className={LABEL_CLASS}>
            Expected audience
          </label>
          <input
            id={audienceId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={props.expectedAudience}
            onChange={(event) => props.onExpectedAudienceChange(event.target.value)}
            placeholder="api://my-api or the API's client ID"
            className={`${FIELD_CLASS} font-mono`}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={toleranceId} className={LABEL_CLASS}>
            Clock tolerance (seconds)
          </label>
          <input
            id={toleranceId}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_CLOCK_TOLERANCE_SECONDS}
            step={1}
            value={props.toleranceText}
            onChange={(event) => props.onToleranceTextChange(event.target.value)}
            aria-invalid={props.toleranceError ? true : undefined}
            aria-describedby={toleranceHintId}
            className={`${FIELD_CLASS} font-mono`}
          />
          <p
            id={toleranceHintId}
            className={props.toleranceError ? 'text-xs text-red-700 dark:text-red-300' : HINT_CLASS}
          >
            {props.toleranceError ??
              `Allowed clock skew for exp and nbf, here and in Summary and Lifetime (default ${DEFAULT_CLOCK_TOLERANCE_SECONDS} s).`}
          </p>
        </div>
      </div>
    </div>
  );
}
