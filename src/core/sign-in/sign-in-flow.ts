/**
 * The flows the Sign in form offers. The authorization code flow with PKCE is the default and
 * what Microsoft recommends for single-page applications; the implicit ones exist for old
 * registrations (jwt.ms worked this way) and are labelled legacy.
 */
export type SignInFlow = 'code' | 'implicit-id-token' | 'implicit-id-token-token';

export interface SignInFlowInfo {
  flow: SignInFlow;
  label: string;
  /** The `response_type` sent. */
  responseType: 'code' | 'id_token' | 'id_token token';
  legacy: boolean;
  description: string;
}

export const SIGN_IN_FLOWS: readonly SignInFlowInfo[] = [
  {
    flow: 'code',
    label: 'Authorization code with PKCE',
    responseType: 'code',
    legacy: false,
    description:
      'The code comes back to this page, which redeems it at the token endpoint with its PKCE verifier and no client secret.',
  },
  {
    flow: 'implicit-id-token',
    label: 'Implicit: ID token (legacy)',
    responseType: 'id_token',
    legacy: true,
    description:
      'Legacy: the ID token comes back in the URL fragment, as with jwt.ms. The registration must allow ID tokens under Implicit grant and hybrid flows; prefer the authorization code flow.',
  },
  {
    flow: 'implicit-id-token-token',
    label: 'Implicit: ID token and access token (legacy)',
    responseType: 'id_token token',
    legacy: true,
    description:
      'Legacy: the ID token and an access token come back in the URL fragment, without a refresh token. The registration must allow ID tokens and access tokens under Implicit grant and hybrid flows; prefer the authorization code flow.',
  },
];

export function signInFlowInfo(flow: SignInFlow): SignInFlowInfo {
  return SIGN_IN_FLOWS.find((info) => info.flow === flow)!;
}

export function isSignInFlow(value: unknown): value is SignInFlow {
  return SIGN_IN_FLOWS.some((info) => info.flow === value);
}

export type ResponseMode = 'fragment' | 'query';

export interface ResponseModeChoice {
  mode: ResponseMode;
  /** Where the response will come back, and why, for the form. */
  note: string;
}

/**
 * Asks for `response_mode=fragment` wherever the provider offers it, so the code never
 * reaches a server or its logs. Microsoft Entra supports it; an absent
 * `response_modes_supported` means ["query", "fragment"] (OpenID Connect Discovery §3).
 */
export function chooseResponseMode(
  flow: SignInFlow,
  responseModesSupported: unknown,
  issuer: string,
  entra: boolean,
): ResponseModeChoice {
  if (flow !== 'code') {
    return {
      mode: 'fragment',
      note: 'The tokens come back in the URL fragment (response_mode=fragment), which the browser never sends to a server.',
    };
  }
  const listed = Array.isArray(responseModesSupported)
    ? responseModesSupported.filter((mode): mode is string => typeof mode === 'string')
    : undefined;
  if (entra || listed === undefined || listed.includes('fragment')) {
    return {
      mode: 'fragment',
      note: 'The code comes back in the URL fragment (response_mode=fragment), so it never reaches a server or its logs.',
    };
  }
  return {
    mode: 'query',
    note: `${issuer} does not offer response_mode=fragment (it lists ${listed.length > 0 ? listed.join(', ') : 'no response modes'}), so the code comes back in the query string, which reaches the server hosting Tokenscope and may be logged there. Tokenscope removes it from the address bar at once, and without the PKCE verifier kept in this tab the code is of no use to anyone else.`,
  };
}
