/**
 * Access-token lifetimes of the Microsoft identity platform (shared/docs/identity-platform.md),
 * in milliseconds. The lifetime classifier and the simulator's policies read the same numbers,
 * so the timeline and the simulator can never disagree about what "default" means.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Default variation: uniform between 60 and 90 minutes, mean 75. */
export const DEFAULT_VARIATION_MIN_MS = 60 * MINUTE;
export const DEFAULT_VARIATION_MAX_MS = 90 * MINUTE;

/** Tenants without Conditional Access, for clients such as Teams and Microsoft 365. */
export const NO_CONDITIONAL_ACCESS_MS = 2 * HOUR;

/** Continuous Access Evaluation long-lived tokens: 20 to 28 hours. */
export const CAE_LONG_LIVED_MIN_MS = 20 * HOUR;
export const CAE_LONG_LIVED_MAX_MS = 28 * HOUR;

/** Configurable token lifetime accepts 10 minutes to 1 day for access tokens. */
export const CTL_MIN_MS = 10 * MINUTE;
export const CTL_MAX_MS = 24 * HOUR;
