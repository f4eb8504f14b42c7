/**
 * The Content-Security-Policy and the other security headers, written once: vite.config.ts
 * puts the policy into index.html's <meta> and serves the headers from `vite preview`
 * (`npm start`), and security-headers.test.ts checks that the static-host configs in public/
 * and the README's nginx snippet carry exactly these.
 */

/**
 * Nothing from other origins but the key fetches the user asks for: discovery documents and
 * JWKS over https, or over http from this machine (an identity provider under development).
 * No inline script or style, no plugins, no base or form targets.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' https: http://127.0.0.1:* http://localhost:*"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

function policy(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as index.html's <meta> carries it (a <meta> policy cannot say frame-ancestors). */
export const META_CONTENT_SECURITY_POLICY = policy(DIRECTIVES);

/** The policy as a response header: the same, and no page may frame this one (clickjacking). */
export const CONTENT_SECURITY_POLICY = policy([...DIRECTIVES, ['frame-ancestors', "'none'"]]);

/** Every response of the app carries these. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};
