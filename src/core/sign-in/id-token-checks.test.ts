import { describe, expect, it } from 'vitest';
import { describeIdTokenChecks, type IdTokenCheckInput } from './id-token-checks.ts';

const INPUT: IdTokenCheckInput = {
  claims: { iss: 'https://idp.example', aud: 'spa', exp: 1_700_000_000, nonce: 'n' },
  clientId: 'spa',
  nonceChecked: true,
  implicitWithAccessToken: false,
  signature: { status: 'pass', text: 'Signature verified: key "k1" verified the RS256 signature.' },
};

describe('describeIdTokenChecks', () => {
  it('lists what the ID token passed, signature first', () => {
    expect(describeIdTokenChecks(INPUT)).toEqual([
      {
        name: 'signature',
        status: 'pass',
        text: 'Signature verified: key "k1" verified the RS256 signature.',
      },
      {
        name: 'iss',
        status: 'pass',
        text: 'iss is "https://idp.example", the issuer this sign-in started at.',
      },
      { name: 'aud', status: 'pass', text: 'aud names this client, spa.' },
      {
        name: 'exp',
        status: 'pass',
        text: 'It had not expired when it arrived (exp 2023-11-14T22:13:20Z).',
      },
      {
        name: 'nonce',
        status: 'pass',
        text: 'nonce is the one this sign-in sent, so it answers this sign-in and is not replayed.',
      },
    ]);
  });

  it('reports at_hash and c_hash as present, compared elsewhere', () => {
    const checks = describeIdTokenChecks({
      ...INPUT,
      claims: { ...INPUT.claims, at_hash: 'x', c_hash: 'y' },
    });
    expect(checks.slice(-2)).toEqual([
      {
        name: 'at_hash',
        status: 'not-checked',
        text: 'at_hash is present: it ties the ID token to the access token, and is compared when both are inspected together.',
      },
      {
        name: 'c_hash',
        status: 'not-checked',
        text: 'c_hash is present: it ties the ID token to the code it was issued with.',
      },
    ]);
  });

  it('fails a missing at_hash when the implicit flow returned an access token', () => {
    expect(describeIdTokenChecks({ ...INPUT, implicitWithAccessToken: true }).at(-1)).toEqual({
      name: 'at_hash',
      status: 'fail',
      text: 'at_hash is missing, although OpenID Connect requires it when an ID token comes with an access token in the fragment (Core §3.2.2.10).',
    });
  });

  it('shows a signature that was not checked, and no nonce row without a nonce', () => {
    const checks = describeIdTokenChecks({
      ...INPUT,
      nonceChecked: false,
      signature: { status: 'not-checked', text: 'The signature was not checked: no keys.' },
    });
    expect(checks[0]).toEqual({
      name: 'signature',
      status: 'not-checked',
      text: 'The signature was not checked: no keys.',
    });
    expect(checks.map((check) => check.name)).toEqual(['signature', 'iss', 'aud', 'exp']);
  });
});
