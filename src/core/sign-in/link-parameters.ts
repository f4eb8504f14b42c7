/**
 * A share link may carry what a team needs to "sign in to our test app" — the authority, the
 * client id and the scopes — under a `signin.` namespace in the fragment. Never a code,
 * verifier, state, nonce or token: those are not settings, and this is the only list of what
 * the link may hold for the sign-in.
 */
export const SIGN_IN_LINK_PARAMETERS = {
  authority: 'signin.authority',
  clientId: 'signin.client_id',
  scopes: 'signin.scopes',
} as const;

/** The fragment parameter names, for the share link's allow-list. */
export const SIGN_IN_LINK_PARAMETER_NAMES: readonly string[] =
  Object.values(SIGN_IN_LINK_PARAMETERS);

export interface SignInLinkSettings {
  authority: string;
  clientId: string;
  scopes: string;
}

/** Longer than any real authority, client id or scope list; keeps a crafted link harmless. */
const MAX_VALUE_LENGTH = 2048;

/** The name/value pairs for a link; empty fields are left out. */
export function signInLinkParameters(settings: SignInLinkSettings): [string, string][] {
  const pairs: [string, string][] = [];
  for (const field of ['authority', 'clientId', 'scopes'] as const) {
    const value = settings[field].trim();
    if (value !== '') pairs.push([SIGN_IN_LINK_PARAMETERS[field], value]);
  }
  return pairs;
}

/**
 * The sign-in settings a link carries (`#…&signin.authority=…`); a field the link does not
 * carry, or carries empty or oversized, is absent.
 */
export function readSignInLinkParameters(
  fragment: string | URLSearchParams,
): Partial<SignInLinkSettings> {
  const parameters =
    typeof fragment === 'string' ? new URLSearchParams(fragment.replace(/^#/, '')) : fragment;
  const settings: Partial<SignInLinkSettings> = {};
  for (const field of ['authority', 'clientId', 'scopes'] as const) {
    const value = parameters.get(SIGN_IN_LINK_PARAMETERS[field])?.trim();
    if (value && value.length <= MAX_VALUE_LENGTH) settings[field] = value;
  }
  return settings;
}
