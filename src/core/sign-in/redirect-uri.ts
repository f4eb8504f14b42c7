import { SignInInputError } from './sign-in-errors.ts';

export type RedirectUriResult =
  { ok: true; redirectUri: string; registration: string } | { ok: false; error: SignInInputError };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Tokenscope is its own redirect target: the page's origin and path, without the query or the
 * fragment (which hold tokens and the authorization response, never part of a registration).
 */
export function redirectUriFor(pageUrl: string): RedirectUriResult {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return refuse(`${JSON.stringify(pageUrl)} is not a URL this page can return to.`);
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) {
    return refuse(
      `This page is served from ${url.protocol === 'file:' ? 'a file' : url.origin}, which cannot be a redirect URI: open Tokenscope over https (or http on localhost) to sign in.`,
    );
  }
  const redirectUri = `${url.origin}${url.pathname}`;
  return { ok: true, redirectUri, registration: describeRedirectUriRegistration(redirectUri) };
}

/** The one sentence under the read-only Redirect URI field. */
export function describeRedirectUriRegistration(redirectUri: string): string {
  return `Register ${redirectUri} as a redirect URI under the Single-page application platform of your app registration (not Web): only there may a browser redeem the code without a client secret.`;
}

function refuse(message: string): RedirectUriResult {
  return { ok: false, error: new SignInInputError('redirect-uri-invalid', message) };
}
