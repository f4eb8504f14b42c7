import * as oauth from 'oauth4webapi';
import { expandAuthority } from '../../../core/sign-in/authority.ts';
import {
  describeIdTokenFailure,
  describeTokenEndpointFailure,
  type TokenEndpointFailure,
} from '../../../core/sign-in/describe-token-failure.ts';
import { describeIdTokenChecks, type IdTokenCheck } from '../../../core/sign-in/id-token-checks.ts';
import type { PendingSignIn } from '../../../core/sign-in/pending-sign-in.ts';
import { isLoopbackHttp } from '../../../core/sign-in/server-metadata.ts';
import { SignInError } from '../../../core/sign-in/sign-in-errors.ts';
import type { AuthorizationResponse } from '../../../core/sign-in/sign-in-return.ts';
import {
  describeTokenResponse,
  type TokenResponseView,
} from '../../../core/sign-in/token-response.ts';
import type { JsonObject } from '../../../core/token/parse-json.ts';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../../../core/verify/check-claims.ts';
import { checkIdTokenSignature, type IdTokenSignatureCheck } from './check-id-token-signature.ts';
import { discoverAuthorizationServer } from './discover-authorization-server.ts';
import { acceptImplicitIdToken } from './implicit-response.ts';
import { RejectedIdToken } from './rejected-id-token.ts';
import {
  explainNetworkError,
  isFetchError,
  requestSignal,
  signInCustomFetch,
  type SignInNetworkOptions,
} from './sign-in-fetch.ts';
import { readTokenFailure } from './token-failure.ts';
import { validateCallback } from './validate-callback.ts';

export type SignInResult =
  | {
      ok: true;
      /** The `Token response` region. */
      tokenResponse: TokenResponseView;
      /** How the ID token was checked; empty when no ID token came back. */
      idTokenChecks: IdTokenCheck[];
      /** The verifier's outcome for the ID token, when one came back. */
      signature: IdTokenSignatureCheck | undefined;
    }
  | {
      ok: false;
      error: SignInError;
      /**
       * An ID token that came back but was refused (nonce, issuer, audience, signature…),
       * still there to inspect: nothing is lost, but it is never presented as a sign-in.
       */
      rejectedIdToken: string | undefined;
    };

export interface FinishSignInOptions extends SignInNetworkOptions {
  /** Milliseconds since the epoch, for the implicit flows' exp/nbf checks. */
  now?: () => number;
}

/**
 * Finishes the sign-in this tab started, given what readSignInReturn found: discovery again,
 * the callback checked (validateCallback), the code redeemed with oauth4webapi
 * (`authorizationCodeGrantRequest`, PKCE verifier, `None()` client authentication, a
 * credential-less fetch) and the ID token checked (`processAuthorizationCodeResponse`: iss,
 * aud, azp, exp, iat, nonce; the signature through the app's verifier). Never throws but to
 * pass on the caller's own cancellation.
 */
export async function finishSignIn(
  pending: PendingSignIn,
  response: AuthorizationResponse,
  options: FinishSignInOptions = {},
): Promise<SignInResult> {
  try {
    return pending.flow === 'code'
      ? await finishCodeFlow(pending, response, options)
      : await finishImplicitFlow(pending, response, options);
  } catch (error) {
    if (error instanceof SignInError) return { ok: false, error, rejectedIdToken: undefined };
    if (error instanceof RejectedIdToken) {
      return { ok: false, error: error.error, rejectedIdToken: error.idToken };
    }
    throw error;
  }
}

async function setUp(pending: PendingSignIn, options: SignInNetworkOptions) {
  const expanded = expandAuthority(pending.authority);
  if (!expanded.ok) throw expanded.error;
  const authority = expanded.authority;
  const server = await discoverAuthorizationServer(authority, pending.flow, options);
  const client: oauth.Client = {
    client_id: pending.clientId,
    token_endpoint_auth_method: 'none',
    [oauth.clockTolerance]: DEFAULT_CLOCK_TOLERANCE_SECONDS,
  };
  return { server, client, entra: authority.entra !== undefined };
}

async function finishCodeFlow(
  pending: PendingSignIn,
  response: AuthorizationResponse,
  options: FinishSignInOptions,
): Promise<SignInResult> {
  const { server, client, entra } = await setUp(pending, options);
  const callback = validateCallback(server, client, pending, response);
  const tokenEndpoint = server.token_endpoint!;
  const endpointError = (failure: TokenEndpointFailure) =>
    describeTokenEndpointFailure(failure, { tokenEndpoint, redirectUri: pending.redirectUri });
  let answer: Response;
  try {
    answer = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      callback,
      pending.redirectUri,
      pending.codeVerifier!,
      {
        signal: requestSignal(options.signal),
        [oauth.allowInsecureRequests]: isLoopbackHttp(tokenEndpoint),
        ...signInCustomFetch(options.fetcher),
      },
    );
  } catch (error) {
    if (!isFetchError(error)) throw error;
    throw endpointError(await explainNetworkError(error, tokenEndpoint, options));
  }
  // Read again only if the ID token is refused, so that it can still be inspected.
  const copy = answer.clone();
  let result: oauth.TokenEndpointResponse;
  try {
    result = await oauth.processAuthorizationCodeResponse(server, client, answer, {
      expectedNonce: pending.nonce ?? oauth.expectNoNonce,
      requireIdToken: pending.nonce !== undefined,
    });
  } catch (error) {
    const failure = readTokenFailure(error, answer, {
      issuer: server.issuer,
      clientId: pending.clientId,
    });
    if (failure.kind === 'token-endpoint') throw endpointError(failure.failure);
    throw new RejectedIdToken(describeIdTokenFailure(failure.failure), await idTokenIn(copy));
  }
  const claims = oauth.getValidatedIdTokenClaims(result) as JsonObject | undefined;
  const signature = await checkSignature(result.id_token, server, options);
  return {
    ok: true,
    tokenResponse: describeTokenResponse({
      source: 'token-endpoint',
      tokenType: result.token_type,
      expiresIn: result.expires_in,
      scope: result.scope,
      requestedScope: pending.scope,
      idToken: result.id_token,
      accessToken: result.access_token,
      refreshToken: result.refresh_token,
      idTokenClaims: claims,
      entra,
    }),
    idTokenChecks:
      claims && signature
        ? describeIdTokenChecks({
            claims,
            clientId: pending.clientId,
            nonceChecked: pending.nonce !== undefined,
            implicitWithAccessToken: false,
            signature,
          })
        : [],
    signature,
  };
}

async function finishImplicitFlow(
  pending: PendingSignIn,
  response: AuthorizationResponse,
  options: FinishSignInOptions,
): Promise<SignInResult> {
  const { server, client, entra } = await setUp(pending, options);
  const now = (options.now ?? Date.now)();
  const { idToken, claims } = acceptImplicitIdToken(server, client, pending, response, now);
  const signature = (await checkSignature(idToken, server, options))!;
  const parameters = response.parameters;
  const accessToken = parameters.get('access_token') ?? undefined;
  const expiresIn = Number(parameters.get('expires_in') ?? Number.NaN);
  return {
    ok: true,
    tokenResponse: describeTokenResponse({
      source: 'fragment',
      tokenType: parameters.get('token_type')?.toLowerCase() ?? undefined,
      expiresIn: Number.isFinite(expiresIn) ? expiresIn : undefined,
      scope: parameters.get('scope') ?? undefined,
      requestedScope: pending.scope,
      idToken,
      accessToken,
      refreshToken: undefined,
      idTokenClaims: claims,
      entra,
    }),
    idTokenChecks: describeIdTokenChecks({
      claims,
      clientId: pending.clientId,
      nonceChecked: true,
      implicitWithAccessToken: accessToken !== undefined,
      signature,
    }),
    signature,
  };
}

/** The signature through the app's verifier; a bad one refuses the whole sign-in. */
async function checkSignature(
  idToken: string | undefined,
  server: oauth.AuthorizationServer,
  options: SignInNetworkOptions,
): Promise<IdTokenSignatureCheck | undefined> {
  if (idToken === undefined) return undefined;
  const signature = await checkIdTokenSignature(idToken, server.jwks_uri, options);
  if (signature.status === 'fail') {
    const failure = {
      kind: 'signature',
      verdict: signature.text,
      jwksUri: server.jwks_uri ?? '',
    } as const;
    throw new RejectedIdToken(describeIdTokenFailure(failure), idToken);
  }
  return signature;
}

async function idTokenIn(copy: Response): Promise<string | undefined> {
  try {
    const body = (await copy.json()) as { id_token?: unknown };
    return typeof body.id_token === 'string' ? body.id_token : undefined;
  } catch {
    return undefined;
  }
}
