import { describe, expect, it } from 'vitest';
import { describeFetchFailure } from './describe-fetch-failure.ts';

const URL_ = 'https://issuer.example/.well-known/openid-configuration';

describe('describeFetchFailure', () => {
  it('says CORS when a no-cors probe reached the server', () => {
    const error = describeFetchFailure(
      { kind: 'network', reachedWithoutCors: true },
      URL_,
      'discovery document',
    );
    expect(error.code).toBe('cors');
    expect(error.message).toMatch(
      /^The issuer does not allow cross-origin requests — paste the JWKS instead\. /,
    );
  });

  it('still mentions CORS when nothing answered at all', () => {
    const error = describeFetchFailure(
      { kind: 'network', reachedWithoutCors: false },
      URL_,
      'JWKS',
    );
    expect(error.code).toBe('network');
    expect(error.message).toBe(
      'Could not reach https://issuer.example: the request for the JWKS failed before any answer. Check the address and your connection. If it opens in a new tab, the issuer does not allow cross-origin requests — paste the JWKS instead.',
    );
  });

  it('explains a 404 discovery document', () => {
    const error = describeFetchFailure(
      { kind: 'http', status: 404, statusText: 'Not Found' },
      URL_,
      'discovery document',
    );
    expect(error.message).toBe(
      `${URL_} answered 404 Not Found instead of the discovery document. There is no discovery document at this address: check the Discovery URL (the issuer in iss plus /.well-known/openid-configuration).`,
    );
  });

  it('explains a timeout', () => {
    expect(describeFetchFailure({ kind: 'timeout', seconds: 10 }, URL_, 'JWKS').message).toBe(
      'https://issuer.example did not answer within 10 s. Try again later, or paste the JWKS instead.',
    );
  });
});
