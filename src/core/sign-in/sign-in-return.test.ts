import { describe, expect, it } from 'vitest';
import { savePendingSignIn } from './pending-sign-in.ts';
import { SignInError } from './sign-in-errors.ts';
import { readSignInReturn, strayCodeError } from './sign-in-return.ts';
import { MINUTE, PENDING, T0, TestStorage } from './test-fixtures.ts';

const PAGE = 'https://tokenscope.example/';

function pendingStorage(pending = PENDING): TestStorage {
  const storage = new TestStorage();
  savePendingSignIn(storage, pending);
  return storage;
}

describe('readSignInReturn', () => {
  it('ignores an address with nothing for the sign-in, and keeps the pending record', () => {
    const storage = pendingStorage();
    for (const href of [
      PAGE,
      `${PAGE}#token=eyJhbGciOiJub25lIn0.e30.`,
      `${PAGE}#signin.authority=common&signin.client_id=abc`,
    ]) {
      expect(readSignInReturn(href, storage, T0)).toEqual({ kind: 'none' });
    }
    expect(storage.entries()).toHaveLength(1);
  });

  it('hands a response in the fragment to the pending sign-in and cleans the address', () => {
    const storage = pendingStorage();
    const result = readSignInReturn(
      `${PAGE}#code=c0de&state=state-abc&session_state=s1&signin.scopes=openid`,
      storage,
      T0 + MINUTE,
    );
    expect(result.kind).toBe('response');
    if (result.kind !== 'response') return;
    expect(result.pending).toEqual(PENDING);
    expect(result.response.where).toBe('fragment');
    expect([...result.response.parameters]).toEqual([
      ['code', 'c0de'],
      ['state', 'state-abc'],
      ['session_state', 's1'],
      ['signin.scopes', 'openid'],
    ]);
    expect(result.cleanedUrl).toBe(`${PAGE}#signin.scopes=openid`);
    expect(storage.entries()).toEqual([]);
  });

  it('reads a query response when the sign-in asked for one, and empties the query', () => {
    const storage = pendingStorage({ ...PENDING, responseMode: 'query' });
    const result = readSignInReturn(`${PAGE}?code=c0de&state=state-abc&iss=x`, storage, T0);
    expect(result.kind === 'response' && result.response.where).toBe('query');
    expect(result.kind === 'response' && result.cleanedUrl).toBe(PAGE);
  });

  it('takes an error response without state when a sign-in is pending', () => {
    const result = readSignInReturn(
      `${PAGE}#error=access_denied&error_description=User+cancelled`,
      pendingStorage(),
      T0,
    );
    expect(result.kind === 'response' && result.response.parameters.get('error')).toBe(
      'access_denied',
    );
    expect(result.kind === 'response' && result.cleanedUrl).toBe(PAGE);
  });

  it('leaves a jwt.ms-style token or error redirect to the decoder when nothing is pending', () => {
    const storage = new TestStorage();
    expect(readSignInReturn(`${PAGE}#id_token=eyJ.eyJ.sig`, storage, T0)).toEqual({
      kind: 'none',
    });
    expect(readSignInReturn(`${PAGE}#error=access_denied`, storage, T0)).toEqual({
      kind: 'none',
    });
  });

  it('explains a code that arrives with nothing pending, and removes it', () => {
    const result = readSignInReturn(
      `${PAGE}?code=0.AXoA-long-code&state=12345&session_state=abc#token=eyJhbGciOiJub25lIn0.e30.`,
      new TestStorage(),
      T0,
    );
    expect(result).toEqual({
      kind: 'stray-code',
      error: strayCodeError('query'),
      cleanedUrl: `${PAGE}#token=eyJhbGciOiJub25lIn0.e30.`,
    });
  });

  it('reports an expired sign-in and still cleans the address', () => {
    const storage = pendingStorage();
    const result = readSignInReturn(`${PAGE}#code=c0de&state=state-abc`, storage, T0 + 11 * MINUTE);
    expect(result.kind).toBe('failed');
    if (result.kind !== 'failed') return;
    expect(result.error.code).toBe('pending-expired');
    expect(result.cleanedUrl).toBe(PAGE);
    expect(storage.entries()).toEqual([]);
  });
});

describe('strayCodeError', () => {
  it('explains that a code is not a token', () => {
    const error = strayCodeError('query');
    expect(error).toBeInstanceOf(SignInError);
    expect(error.code).toBe('stray-code');
    expect(error.message).toBe(
      "This address carried an authorization code (?code=…), not a token. A code is single-use, expires within minutes, and only the app that asked for it can redeem it at the token endpoint, with the PKCE verifier it kept (and a web app also with its client secret). Tokenscope did not start this sign-in, so it cannot redeem the code; it has removed it from the address bar. To get tokens here, use Sign in with your app's client ID, or paste a token.",
    );
    expect(strayCodeError('fragment').message).toMatch(
      /^This address carried an authorization code \(#code=…\)/,
    );
  });
});
