import { describe, expect, it } from 'vitest';
import { chooseResponseMode, SIGN_IN_FLOWS, signInFlowInfo } from './sign-in-flow.ts';

describe('sign-in flows', () => {
  it('offers the code flow first and labels the implicit ones legacy', () => {
    expect(SIGN_IN_FLOWS.map((info) => [info.label, info.responseType, info.legacy])).toEqual([
      ['Authorization code with PKCE', 'code', false],
      ['Implicit: ID token (legacy)', 'id_token', true],
      ['Implicit: ID token and access token (legacy)', 'id_token token', true],
    ]);
    expect(signInFlowInfo('implicit-id-token').responseType).toBe('id_token');
  });
});

describe('chooseResponseMode', () => {
  const ISSUER = 'https://idp.example';

  it('asks for the fragment when the provider lists it', () => {
    expect(chooseResponseMode('code', ['query', 'fragment', 'form_post'], ISSUER, false)).toEqual({
      mode: 'fragment',
      note: 'The code comes back in the URL fragment (response_mode=fragment), so it never reaches a server or its logs.',
    });
  });

  it('asks for the fragment when the provider lists nothing (the default includes it)', () => {
    expect(chooseResponseMode('code', undefined, ISSUER, false).mode).toBe('fragment');
  });

  it('always asks Microsoft Entra for the fragment', () => {
    expect(chooseResponseMode('code', ['query'], ISSUER, true).mode).toBe('fragment');
  });

  it('falls back to the query string and says what that means', () => {
    expect(chooseResponseMode('code', ['query', 'form_post'], ISSUER, false)).toEqual({
      mode: 'query',
      note: 'https://idp.example does not offer response_mode=fragment (it lists query, form_post), so the code comes back in the query string, which reaches the server hosting Tokenscope and may be logged there. Tokenscope removes it from the address bar at once, and without the PKCE verifier kept in this tab the code is of no use to anyone else.',
    });
  });

  it('returns implicit tokens in the fragment whatever the provider lists', () => {
    expect(chooseResponseMode('implicit-id-token', ['query'], ISSUER, false)).toEqual({
      mode: 'fragment',
      note: 'The tokens come back in the URL fragment (response_mode=fragment), which the browser never sends to a server.',
    });
  });
});
