import { lifetimePolicy, type LifetimePolicy, type LifetimePolicyId } from './lifetime-policy.ts';

const MINUTE = 60_000;

/** The lifetime the platform would actually apply, and why it differs from the one chosen. */
export interface EffectivePolicy {
  policy: LifetimePolicy;
  /** Why the chosen policy does not apply; undefined when it does. */
  override: string | undefined;
}

const SIF_KEEPS_DEFAULT =
  'Organisations that set a sign-in frequency cannot override the default lifetime variation';

/**
 * Applies the platform's rules (shared/docs/identity-platform.md): an organisation that sets a
 * sign-in frequency (SIF) cannot override the default 60–90 minute variation, so with SIF a
 * fixed CTL lifetime or the CAE long-lived range does not apply. (No Conditional Access with a
 * SIF cannot happen at all: SIF is a Conditional Access control; parseScenario refuses it.)
 */
export function effectiveLifetimePolicy(
  id: LifetimePolicyId,
  ctlMinutes: number,
  sifMinutes: number | null,
): EffectivePolicy {
  if (sifMinutes !== null && (id === 'ctl' || id === 'cae')) {
    const chosen =
      id === 'ctl'
        ? `the fixed lifetime of ${ctlMinutes} minutes`
        : 'the CAE long-lived range (20–28 hours)';
    return {
      policy: lifetimePolicy('default', 0),
      override: `${SIF_KEEPS_DEFAULT}, so ${chosen} does not apply: this simulates the default 60–90 minute variation.`,
    };
  }
  return { policy: lifetimePolicy(id, ctlMinutes * MINUTE), override: undefined };
}
