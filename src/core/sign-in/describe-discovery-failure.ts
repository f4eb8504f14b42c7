import type { ExpandedAuthority } from './authority.ts';
import { SignInError } from './sign-in-errors.ts';

/** What went wrong reading the authorization server's metadata, as facts. */
export type DiscoveryFailure =
  /** `reachedWithoutCors`: a `no-cors` probe got an answer, so only CORS headers were missing. */
  | { kind: 'network'; reachedWithoutCors: boolean }
  | { kind: 'timeout'; seconds: number }
  /** Status 0 is a redirect the browser did not follow (fetch with redirect: "manual"). */
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'not-json' }
  | { kind: 'invalid'; detail: string }
  | { kind: 'issuer-mismatch'; stated: string }
  | { kind: 'endpoint-insecure'; name: string; endpoint: string };

export function describeDiscoveryFailure(
  failure: DiscoveryFailure,
  authority: ExpandedAuthority,
): SignInError {
  const url = authority.discoveryUrl;
  const origin = new URL(url).origin;
  switch (failure.kind) {
    case 'network':
      return failure.reachedWithoutCors
        ? new SignInError(
            'discovery-cors',
            `${origin} answered, but does not let this page read its discovery document (no Access-Control-Allow-Origin header), so Tokenscope cannot sign in there. Providers that support single-page applications allow it: check the Authority.`,
          )
        : new SignInError(
            'discovery-network',
            `Could not reach ${origin}: the request for the discovery document ${url} failed before any answer. Check the Authority and your connection.`,
          );
    case 'timeout':
      return new SignInError(
        'discovery-timeout',
        `${origin} did not answer within ${failure.seconds} s when asked for its discovery document. Try again later.`,
      );
    case 'http':
      return new SignInError('discovery-http-status', describeStatus(failure, url, authority));
    case 'not-json':
      return new SignInError(
        'discovery-not-json',
        `${url} did not answer with a JSON discovery document: check the Authority.`,
      );
    case 'invalid':
      return new SignInError(
        'discovery-invalid',
        `The discovery document at ${url} cannot be used to sign in: ${failure.detail}.`,
      );
    case 'issuer-mismatch':
      return new SignInError(
        'discovery-issuer-mismatch',
        authority.issuerCheck === 'exact'
          ? `The discovery document at ${url} names the issuer ${failure.stated}, not ${authority.issuer}. Its tokens will carry ${failure.stated}: if that is the provider you mean, type it as the Authority.`
          : `The discovery document at ${url} names the issuer ${failure.stated}, which is not on ${new URL(authority.issuer).origin}: Tokenscope does not sign in where the document and the authority disagree.`,
      );
    case 'endpoint-insecure':
      return new SignInError(
        'endpoint-insecure',
        `The discovery document at ${url} names ${failure.endpoint} as its ${failure.name}, over plain http: the code and tokens would cross the network unencrypted. Only https (or http on localhost) is used.`,
      );
  }
}

function describeStatus(
  failure: { status: number; statusText: string },
  url: string,
  authority: ExpandedAuthority,
): string {
  if (failure.status === 0 || (failure.status >= 300 && failure.status < 400)) {
    return `${url} answered with a redirect instead of the discovery document; Tokenscope does not follow it. Type the address it leads to as the Authority.`;
  }
  const status = `${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}`;
  const answered = `${url} answered ${status} instead of the discovery document.`;
  if (authority.entra && failure.status === 400) {
    return `${answered} Microsoft Entra does not know the tenant ${authority.entra.tenant}: check the tenant id or domain.`;
  }
  if (failure.status === 404) {
    return `${answered} There is no discovery document at this address: the Authority should be the issuer (the iss of its tokens), or for Microsoft Entra the tenant.`;
  }
  if (failure.status >= 500)
    return `${answered} The identity provider has a problem; try again later.`;
  return answered;
}
