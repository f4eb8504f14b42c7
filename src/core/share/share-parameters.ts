import { SCENARIO_PARAMETERS } from '../simulate/scenario-fragment.ts';

/**
 * Every URL-fragment parameter that is Tokenscope's own, in one place. A share link carries
 * these and nothing else: a redirect fragment also holds the identity provider's other
 * credentials (`refresh_token`, `provider_token`, `code`…), which must never travel on.
 */

/** The token itself (a redirect's `id_token` / `access_token` are read too, but shared as this). */
export const TOKEN_PARAMETER = 'token';

/** Tells the opener that the sender removed the JWS signature on purpose. */
export const SIGNATURE_REMOVED_PARAMETER = 'signature';
/** Tells the opener that the sender kept only the header of a JWE on purpose. */
export const ENCRYPTED_REMOVED_PARAMETER = 'encrypted';
/** The value both markers take. */
export const REMOVED_VALUE = 'removed';

/** The verifier's safe-to-share inputs (never keys or secrets). */
export const VERIFY_PARAMETERS = {
  audience: 'verify.aud',
  discovery: 'verify.discovery',
} as const;

/** The parameters a share link may carry. */
export const SHARED_PARAMETERS: ReadonlySet<string> = new Set([
  TOKEN_PARAMETER,
  SIGNATURE_REMOVED_PARAMETER,
  ENCRYPTED_REMOVED_PARAMETER,
  ...Object.values(SCENARIO_PARAMETERS),
  ...Object.values(VERIFY_PARAMETERS),
]);

/** The settings a share link copies from the current fragment: the allow-list minus what the link itself decides. */
export function isCopiedSetting(name: string): boolean {
  return (
    SHARED_PARAMETERS.has(name) &&
    name !== TOKEN_PARAMETER &&
    name !== SIGNATURE_REMOVED_PARAMETER &&
    name !== ENCRYPTED_REMOVED_PARAMETER
  );
}
