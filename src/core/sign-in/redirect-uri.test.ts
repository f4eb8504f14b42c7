import { describe, expect, it } from 'vitest';
import { redirectUriFor } from './redirect-uri.ts';
import { SignInInputError } from './sign-in-errors.ts';

describe('redirectUriFor', () => {
  it('is the page origin and path, without query or fragment', () => {
    expect(
      redirectUriFor('https://tokenscope.example/tools/?x=1#token=eyJ.eyJ.sig&state=abc'),
    ).toEqual({
      ok: true,
      redirectUri: 'https://tokenscope.example/tools/',
      registration:
        'Register https://tokenscope.example/tools/ as a redirect URI under the Single-page application platform of your app registration (not Web): only there may a browser redeem the code without a client secret.',
    });
  });

  it('allows http on the loopback interface', () => {
    const result = redirectUriFor('http://127.0.0.1:4173/#');
    expect(result.ok && result.redirectUri).toBe('http://127.0.0.1:4173/');
  });

  it.each([
    [
      'http://tokenscope.example/',
      'This page is served from http://tokenscope.example, which cannot be a redirect URI: open Tokenscope over https (or http on localhost) to sign in.',
    ],
    [
      'file:///home/me/tokenscope/index.html',
      'This page is served from a file, which cannot be a redirect URI: open Tokenscope over https (or http on localhost) to sign in.',
    ],
    ['not a url', '"not a url" is not a URL this page can return to.'],
  ])('refuses %s', (pageUrl, message) => {
    const result = redirectUriFor(pageUrl);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SignInInputError);
    expect(result.error.code).toBe('redirect-uri-invalid');
    expect(result.error.message).toBe(message);
  });
});
