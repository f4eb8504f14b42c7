import * as oauth from 'oauth4webapi';
import { savePendingSignIn, type StorageLike } from '../../../core/sign-in/pending-sign-in.ts';
import {
  chooseResponseMode,
  signInFlowInfo,
  type ResponseModeChoice,
} from '../../../core/sign-in/sign-in-flow.ts';
import type { SignInRequest } from '../../../core/sign-in/sign-in-form.ts';
import { discoverAuthorizationServer } from './discover-authorization-server.ts';
import type { SignInNetworkOptions } from './sign-in-fetch.ts';

export interface StartSignInOptions extends SignInNetworkOptions {
  /** sessionStorage in the browser: where the pending sign-in waits for the response. */
  storage: StorageLike;
  /** Milliseconds since the epoch; injected for the 10-minute expiry. */
  now?: () => number;
}

export interface StartedSignIn {
  /** Where to send the browser: `location.assign(authorizationUrl)`. */
  authorizationUrl: string;
  /** Where the response will come back, and why there. */
  responseMode: ResponseModeChoice;
  /** The issuer the discovery document named. */
  issuer: string;
}

/**
 * Begins a sign-in: discovery, a fresh PKCE verifier (S256), `state` and `nonce`
 * (oauth4webapi's generators, Web Crypto underneath), the pending sign-in saved to storage,
 * and the authorization URL. Throws a SignInError when discovery or storage fails; nothing is
 * saved then.
 */
export async function startSignIn(
  request: SignInRequest,
  options: StartSignInOptions,
): Promise<StartedSignIn> {
  const { authority, clientId, scopes, flow, redirectUri } = request;
  const server = await discoverAuthorizationServer(authority, flow, options);
  const info = signInFlowInfo(flow);
  const responseMode = chooseResponseMode(
    flow,
    server.response_modes_supported,
    server.issuer,
    authority.entra !== undefined,
  );
  const state = oauth.generateRandomState();
  const nonce = scopes.requestsIdToken ? oauth.generateRandomNonce() : undefined;
  const codeVerifier = flow === 'code' ? oauth.generateRandomCodeVerifier() : undefined;

  const url = new URL(server.authorization_endpoint!);
  const parameters = url.searchParams;
  parameters.set('client_id', clientId);
  parameters.set('response_type', info.responseType);
  parameters.set('redirect_uri', redirectUri);
  parameters.set('scope', scopes.value);
  parameters.set('state', state);
  if (nonce !== undefined) parameters.set('nonce', nonce);
  if (codeVerifier !== undefined) {
    parameters.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
    parameters.set('code_challenge_method', 'S256');
  }
  parameters.set('response_mode', responseMode.mode);
  for (const [name, value] of request.extraParameters) parameters.set(name, value);

  const error = savePendingSignIn(options.storage, {
    codeVerifier,
    state,
    nonce,
    authority: authority.input,
    clientId,
    scope: scopes.value,
    redirectUri,
    flow,
    responseMode: responseMode.mode,
    createdAt: (options.now ?? Date.now)(),
  });
  if (error) throw error;
  return { authorizationUrl: url.href, responseMode, issuer: server.issuer };
}
