import { describe, expect, it } from 'vitest';
import {
  readSignInLinkParameters,
  SIGN_IN_LINK_PARAMETER_NAMES,
  signInLinkParameters,
} from './link-parameters.ts';
import { AUTHORIZATION_RESPONSE_PARAMETERS } from './sign-in-return.ts';

describe('sign-in link parameters', () => {
  it('names exactly three settings, none of them part of a response', () => {
    expect(SIGN_IN_LINK_PARAMETER_NAMES).toEqual([
      'signin.authority',
      'signin.client_id',
      'signin.scopes',
    ]);
    for (const name of SIGN_IN_LINK_PARAMETER_NAMES) {
      expect(AUTHORIZATION_RESPONSE_PARAMETERS as readonly string[]).not.toContain(name);
    }
  });

  it('writes the filled settings and reads them back', () => {
    const pairs = signInLinkParameters({
      authority: 'contoso.onmicrosoft.com',
      clientId: ' 11112222-3333-4444-5555-666677778888 ',
      scopes: 'openid profile api://orders/.default',
    });
    expect(pairs).toEqual([
      ['signin.authority', 'contoso.onmicrosoft.com'],
      ['signin.client_id', '11112222-3333-4444-5555-666677778888'],
      ['signin.scopes', 'openid profile api://orders/.default'],
    ]);
    const fragment = `#token=x&${new URLSearchParams(pairs).toString()}`;
    expect(readSignInLinkParameters(fragment)).toEqual({
      authority: 'contoso.onmicrosoft.com',
      clientId: '11112222-3333-4444-5555-666677778888',
      scopes: 'openid profile api://orders/.default',
    });
  });

  it('leaves out empty settings', () => {
    expect(signInLinkParameters({ authority: 'common', clientId: '', scopes: ' ' })).toEqual([
      ['signin.authority', 'common'],
    ]);
    expect(readSignInLinkParameters('signin.authority=&signin.scopes=openid')).toEqual({
      scopes: 'openid',
    });
  });

  it('reads nothing but its own names, and nothing oversized', () => {
    const parameters = new URLSearchParams({
      code: 'c0de',
      state: 's',
      code_verifier: 'v',
      'signin.client_id': 'x'.repeat(2049),
    });
    expect(readSignInLinkParameters(parameters)).toEqual({});
  });
});
