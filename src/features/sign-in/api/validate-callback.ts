import * as oauth from 'oauth4webapi';
import {
  describeResponseFailure,
  type ResponseFailure,
} from '../../../core/sign-in/describe-response-failure.ts';
import type { PendingSignIn } from '../../../core/sign-in/pending-sign-in.ts';
import type { SignInError } from '../../../core/sign-in/sign-in-errors.ts';
import type { AuthorizationResponse } from '../../../core/sign-in/sign-in-return.ts';
import type { IdentityProviderError } from '../../../core/token/normalize-input.ts';

/**
 * Checks the authorization response with oauth4webapi's `validateAuthResponse` — `state`
 * against the pending sign-in, the RFC 9207 `iss`, a provider `error` — and returns the
 * parameters the code exchange accepts. Throws a SignInError; nothing has been sent anywhere.
 *
 * The implicit flows' tokens are set aside first: oauth4webapi deliberately supports no
 * implicit flow, but its checks of everything else in the response still apply.
 */
export function validateCallback(
  server: oauth.AuthorizationServer,
  client: oauth.Client,
  pending: PendingSignIn,
  response: AuthorizationResponse,
): URLSearchParams {
  const parameters = new URLSearchParams(response.parameters);
  if (pending.flow !== 'code') parameters.delete('id_token');
  const describe = (failure: ResponseFailure): SignInError =>
    describeResponseFailure(failure, {
      redirectUri: pending.redirectUri,
      identityProviderError: providerError(parameters),
    });
  let validated: URLSearchParams;
  try {
    validated = oauth.validateAuthResponse(server, client, parameters, pending.state);
  } catch (error) {
    throw describe(responseFailure(error, server, pending, parameters));
  }
  if (pending.flow === 'code' && !validated.get('code')) throw describe({ kind: 'code-missing' });
  return validated;
}

function responseFailure(
  error: unknown,
  server: oauth.AuthorizationServer,
  pending: PendingSignIn,
  parameters: URLSearchParams,
): ResponseFailure {
  const providerSaid = providerError(parameters);
  if (error instanceof oauth.AuthorizationResponseError && providerSaid) {
    return { kind: 'provider-error', error: providerSaid };
  }
  if (error instanceof oauth.OperationProcessingError && error.code === oauth.INVALID_RESPONSE) {
    const expected = (error.cause as { expected?: unknown } | undefined)?.expected;
    if (expected === pending.state) {
      return parameters.has('state') ? { kind: 'state-mismatch' } : { kind: 'state-missing' };
    }
    if (expected === server.issuer) {
      return {
        kind: 'issuer-mismatch',
        received: parameters.get('iss') ?? '',
        expected: server.issuer,
      };
    }
  }
  if (error instanceof oauth.UnsupportedOperationError) {
    return { kind: 'invalid', detail: 'it carries tokens, which a code flow response never does' };
  }
  return { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) };
}

/** The provider's `error` / `error_description` / `error_uri`, in the decoder's shape. */
export function providerError(parameters: URLSearchParams): IdentityProviderError | undefined {
  const error = parameters.get('error');
  return error === null
    ? undefined
    : {
        error,
        description: parameters.get('error_description') ?? undefined,
        uri: parameters.get('error_uri') ?? undefined,
      };
}
