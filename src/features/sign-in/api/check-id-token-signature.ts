import type { IdTokenCheckStatus } from '../../../core/sign-in/id-token-checks.ts';
import { decodeToken } from '../../../core/token/decode-token.ts';
import { describeFetchFailure } from '../../../core/verify/describe-fetch-failure.ts';
import { readJwksResponse } from '../../../core/verify/read-jwks.ts';
import { VERDICT_TITLES, type SignatureOutcome } from '../../../core/verify/verdict.ts';
import { verifySignature } from '../../../core/verify/verify-signature.ts';
import {
  defaultFetcher,
  explainNetworkError,
  requestSignal,
  SIGN_IN_FETCH_INIT,
  type SignInNetworkOptions,
} from './sign-in-fetch.ts';

export interface IdTokenSignatureCheck {
  status: IdTokenCheckStatus;
  /** One sentence: the verifier's headline, or why the signature was not checked. */
  text: string;
  /** The verifier's whole outcome, when keys were tried. */
  outcome: SignatureOutcome | undefined;
}

/**
 * Checks the ID token's signature with the app's own verifier (src/core/verify) against the
 * keys at the discovery document's jwks_uri, fetched without credentials. oauth4webapi checks
 * the claims but leaves the signature to the caller for a token that came straight from the
 * token endpoint over TLS; Tokenscope checks it anyway, since showing what is wrong is its job.
 */
export async function checkIdTokenSignature(
  idToken: string,
  jwksUri: string | undefined,
  options: SignInNetworkOptions = {},
): Promise<IdTokenSignatureCheck> {
  if (jwksUri === undefined) {
    return notChecked(
      'the discovery document names no jwks_uri, so there are no keys to check it with.',
    );
  }
  let body: string;
  try {
    const response = await (options.fetcher ?? defaultFetcher)(jwksUri, {
      ...SIGN_IN_FETCH_INIT,
      method: 'GET',
      redirect: 'follow',
      signal: requestSignal(options.signal),
    });
    if (!response.ok) {
      const failure = {
        kind: 'http',
        status: response.status,
        statusText: response.statusText,
      } as const;
      return notChecked(describeFetchFailure(failure, jwksUri, 'JWKS').message);
    }
    body = await response.text();
  } catch (error) {
    const failure = await explainNetworkError(error, jwksUri, options);
    return notChecked(describeFetchFailure(failure, jwksUri, 'JWKS').message);
  }
  const keys = readJwksResponse(body, jwksUri);
  if (!keys.ok) return notChecked(keys.error.message);
  const outcome = await verifySignature({ decoded: decodeToken(idToken), keySet: keys.keySet });
  const text = `${VERDICT_TITLES[outcome.kind]}: ${outcome.summary}`;
  switch (outcome.kind) {
    case 'verified':
      return { status: 'pass', text, outcome };
    case 'cannot-verify':
      return { status: 'not-checked', text, outcome };
    default:
      return { status: 'fail', text, outcome };
  }
}

function notChecked(reason: string): IdTokenSignatureCheck {
  return {
    status: 'not-checked',
    text: `The signature was not checked: ${reason}`,
    outcome: undefined,
  };
}
