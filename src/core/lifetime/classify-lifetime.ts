import {
  CAE_LONG_LIVED_MAX_MS,
  CAE_LONG_LIVED_MIN_MS,
  DEFAULT_VARIATION_MAX_MS,
  DEFAULT_VARIATION_MIN_MS,
  NO_CONDITIONAL_ACCESS_MS,
} from './platform-lifetimes.ts';

export type LifetimeClass =
  'default-variation' | 'no-conditional-access' | 'cae-long-lived' | 'custom';

export interface LifetimeClassification {
  class: LifetimeClass;
  lifetimeMs: number;
  /** `75 min`, `2 h`, `24 h`, `3h20m`. */
  lifetimeText: string;
  /** What the lifetime says about the issuer's policy. */
  explanation: string;
  /** `75 min — inside the default 60–90 min variation`. */
  text: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The defaults a token's lifetime is set against, for display next to the classification. */
export const PLATFORM_LIFETIME_DEFAULTS: readonly { name: string; value: string }[] = [
  {
    name: 'Default variation',
    value: `${DEFAULT_VARIATION_MIN_MS / MINUTE}–${DEFAULT_VARIATION_MAX_MS / MINUTE} min, uniform (mean ${(DEFAULT_VARIATION_MIN_MS + DEFAULT_VARIATION_MAX_MS) / 2 / MINUTE})`,
  },
  {
    name: 'No Conditional Access (Teams / Microsoft 365)',
    value: `${NO_CONDITIONAL_ACCESS_MS / HOUR} h`,
  },
  {
    name: 'CAE long-lived',
    value: `${CAE_LONG_LIVED_MIN_MS / HOUR}–${CAE_LONG_LIVED_MAX_MS / HOUR} h`,
  },
  { name: 'Configurable token lifetime (CTL)', value: 'a fixed lifetime' },
];

const EXPLANATIONS: Record<LifetimeClass, string> = {
  'default-variation': 'inside the default 60–90 min variation',
  'no-conditional-access': 'no-Conditional-Access default for Teams / Microsoft 365',
  'cae-long-lived': 'CAE long-lived range (20–28 h)',
  custom: 'custom (CTL?) — outside every platform default',
};

/**
 * Sets a token's lifetime (`exp − iat`) against the Microsoft identity platform's defaults. The
 * ranges are inclusive: a 60-minute and a 90-minute token are both in the default variation.
 */
export function classifyLifetime(lifetimeMs: number): LifetimeClassification {
  const lifetimeClass = findClass(lifetimeMs);
  const lifetimeText = formatLifetime(lifetimeMs);
  const explanation = EXPLANATIONS[lifetimeClass];
  return {
    class: lifetimeClass,
    lifetimeMs,
    lifetimeText,
    explanation,
    text: `${lifetimeText} — ${explanation}`,
  };
}

function findClass(ms: number): LifetimeClass {
  if (ms >= DEFAULT_VARIATION_MIN_MS && ms <= DEFAULT_VARIATION_MAX_MS) return 'default-variation';
  if (ms === NO_CONDITIONAL_ACCESS_MS) return 'no-conditional-access';
  if (ms >= CAE_LONG_LIVED_MIN_MS && ms <= CAE_LONG_LIVED_MAX_MS) return 'cae-long-lived';
  return 'custom';
}

/**
 * Token lifetimes are whole seconds; people think of short ones in minutes and long ones in
 * hours, so `75 min` and `24 h`, and the exact `3h20m` style when neither is round.
 */
export function formatLifetime(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds % 3600 === 0 && seconds >= 3600 && ms !== HOUR) return `${seconds / 3600} h`;
  if (ms < 3 * HOUR) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  return `${hours}h${String(minutes % 60).padStart(2, '0')}m`;
}
