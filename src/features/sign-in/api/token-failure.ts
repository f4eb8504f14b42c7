import * as oauth from 'oauth4webapi';
import type {
  IdTokenFailure,
  TokenEndpointFailure,
} from '../../../core/sign-in/describe-token-failure.ts';
import type { JsonObject } from '../../../core/token/parse-json.ts';

export type TokenFailure =
  | { kind: 'token-endpoint'; failure: TokenEndpointFailure }
  | { kind: 'id-token'; failure: IdTokenFailure };

interface ProtocolErrorCause {
  claim?: unknown;
  claims?: JsonObject;
  now?: unknown;
}

/**
 * Turns what `processAuthorizationCodeResponse` threw into facts core can explain: an OAuth
 * error from the token endpoint (ResponseBodyError, or a WWW-Authenticate challenge), an
 * answer that is not a token response, or an ID token claim that failed its check.
 */
export function readTokenFailure(
  error: unknown,
  response: Response,
  expected: { issuer: string; clientId: string },
): TokenFailure {
  const endpoint = (failure: TokenEndpointFailure): TokenFailure => ({
    kind: 'token-endpoint',
    failure,
  });
  const idToken = (failure: IdTokenFailure): TokenFailure => ({ kind: 'id-token', failure });
  if (error instanceof oauth.ResponseBodyError) {
    const uri = error.cause.error_uri;
    return endpoint({
      kind: 'oauth-error',
      status: error.status,
      error: {
        error: error.error,
        description: error.error_description,
        uri: typeof uri === 'string' ? uri : undefined,
      },
    });
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const parameters = error.cause[0]?.parameters;
    return endpoint({
      kind: 'oauth-error',
      status: error.status,
      error: {
        // A challenge without an error code answers missing or refused client authentication.
        error: parameters?.error ?? 'invalid_client',
        description: parameters?.error_description,
        uri: parameters?.error_uri,
      },
    });
  }
  if (!(error instanceof oauth.OperationProcessingError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return endpoint({ kind: 'invalid-response', detail });
  }
  const cause = (error.cause ?? {}) as ProtocolErrorCause;
  switch (error.code) {
    case oauth.RESPONSE_IS_NOT_CONFORM:
      return endpoint({ kind: 'http', status: response.status, statusText: response.statusText });
    case oauth.RESPONSE_IS_NOT_JSON:
      return endpoint({ kind: 'invalid-response', detail: 'it is not JSON' });
    case oauth.PARSE_ERROR:
      return error.message.includes('JWT')
        ? idToken({ kind: 'invalid', detail: 'it is not a readable JWT' })
        : endpoint({ kind: 'invalid-response', detail: 'it is not JSON' });
    case oauth.JWT_CLAIM_COMPARISON:
      return idToken(claimFailure(error.message, cause, expected));
    case oauth.JWT_TIMESTAMP_CHECK: {
      const claim = typeof cause.claim === 'string' ? cause.claim : 'exp';
      return idToken({
        kind: 'timestamp',
        claim,
        value: cause.claims?.[claim],
        now: typeof cause.now === 'number' ? cause.now : Math.floor(Date.now() / 1000),
      });
    }
    case oauth.INVALID_RESPONSE:
      if (error.message.includes('"id_token" property must be a string')) {
        return idToken({ kind: 'missing' });
      }
      if (/JWT|ID Token/.test(error.message)) {
        return idToken({ kind: 'invalid', detail: error.message });
      }
      return endpoint({ kind: 'invalid-response', detail: error.message });
    default:
      return endpoint({ kind: 'invalid-response', detail: error.message });
  }
}

function claimFailure(
  message: string,
  cause: ProtocolErrorCause,
  expected: { issuer: string; clientId: string },
): IdTokenFailure {
  const claims = cause.claims;
  switch (cause.claim) {
    case 'nonce':
      return { kind: 'nonce', received: claims?.nonce };
    case 'iss':
      return { kind: 'issuer', received: claims?.iss, expected: expected.issuer };
    case 'azp':
      return { kind: 'authorized-party', received: claims?.azp, clientId: expected.clientId };
    default:
      // "aud includes additional untrusted audiences": several audiences and no azp.
      return message.includes('untrusted')
        ? { kind: 'authorized-party', received: undefined, clientId: expected.clientId }
        : { kind: 'audience', received: claims?.aud, clientId: expected.clientId };
  }
}
