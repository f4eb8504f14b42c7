import type { JsonObject } from '../token/parse-json.ts';
import { formatUtcText } from '../claims/format-date-time.ts';

export type IdTokenCheckName = 'signature' | 'iss' | 'aud' | 'exp' | 'nonce' | 'at_hash' | 'c_hash';
export type IdTokenCheckStatus = 'pass' | 'fail' | 'not-checked';

export interface IdTokenCheck {
  name: IdTokenCheckName;
  status: IdTokenCheckStatus;
  text: string;
}

export interface IdTokenCheckInput {
  /** The claims of an ID token that passed the protocol checks (oauth4webapi, or implicit). */
  claims: JsonObject;
  clientId: string;
  /** A nonce was sent, and the ID token's matched it. */
  nonceChecked: boolean;
  /** The implicit flow returned an access token next to the ID token in the fragment. */
  implicitWithAccessToken: boolean;
  /** From the existing verifier, against the issuer's keys. */
  signature: { status: IdTokenCheckStatus; text: string };
}

/**
 * The checks an accepted ID token went through, for the Token response region. `at_hash` and
 * `c_hash` are only reported here: they are compared with the access token and the code where
 * the tokens are inspected together.
 */
export function describeIdTokenChecks(input: IdTokenCheckInput): IdTokenCheck[] {
  const { claims } = input;
  const checks: IdTokenCheck[] = [{ name: 'signature', ...input.signature }];
  checks.push({
    name: 'iss',
    status: 'pass',
    text: `iss is ${JSON.stringify(claims.iss)}, the issuer this sign-in started at.`,
  });
  checks.push({
    name: 'aud',
    status: 'pass',
    text: `aud names this client, ${input.clientId}.`,
  });
  checks.push({
    name: 'exp',
    status: 'pass',
    text:
      typeof claims.exp === 'number'
        ? `It had not expired when it arrived (exp ${formatUtcText(claims.exp * 1000)}).`
        : 'It had not expired when it arrived.',
  });
  if (input.nonceChecked) {
    checks.push({
      name: 'nonce',
      status: 'pass',
      text: 'nonce is the one this sign-in sent, so it answers this sign-in and is not replayed.',
    });
  }
  if (typeof claims.at_hash === 'string') {
    checks.push({
      name: 'at_hash',
      status: 'not-checked',
      text: 'at_hash is present: it ties the ID token to the access token, and is compared when both are inspected together.',
    });
  } else if (input.implicitWithAccessToken) {
    checks.push({
      name: 'at_hash',
      status: 'fail',
      text: 'at_hash is missing, although OpenID Connect requires it when an ID token comes with an access token in the fragment (Core §3.2.2.10).',
    });
  }
  if (typeof claims.c_hash === 'string') {
    checks.push({
      name: 'c_hash',
      status: 'not-checked',
      text: 'c_hash is present: it ties the ID token to the code it was issued with.',
    });
  }
  return checks;
}
