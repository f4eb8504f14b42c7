import * as oauth from 'oauth4webapi';
import type { ExpandedAuthority } from '../../../core/sign-in/authority.ts';
import {
  describeDiscoveryFailure,
  type DiscoveryFailure,
} from '../../../core/sign-in/describe-discovery-failure.ts';
import { checkServerMetadata, isLoopbackHttp } from '../../../core/sign-in/server-metadata.ts';
import type { SignInFlow } from '../../../core/sign-in/sign-in-flow.ts';
import { resolveIssuerTemplate } from '../../../core/verify/microsoft.ts';
import {
  explainNetworkError,
  isFetchError,
  requestSignal,
  signInCustomFetch,
  type SignInNetworkOptions,
} from './sign-in-fetch.ts';

/**
 * Hooks oauth4webapi exports without documenting them, which openid-client (by the same
 * author) uses for exactly this case: Microsoft Entra's multi-tenant documents state the issuer
 * `https://login.microsoftonline.com/{tenantid}/v2.0`, and a tenant named by domain has a GUID
 * issuer. `_nodiscoverycheck` skips the library's exact issuer comparison (the origin is then
 * compared here instead); `_expectedIssuer` fills `{tenantid}` with the ID token's `tid`
 * before the library compares `iss`. The version is pinned, and the tests fail if they go.
 */
const internals = oauth as unknown as {
  _nodiscoverycheck: symbol;
  _expectedIssuer: symbol;
};

/**
 * Reads the authorization server's metadata with oauth4webapi (`discoveryRequest` and
 * `processDiscoveryResponse`) and checks that it names the endpoints the flow needs.
 * Throws a SignInError explaining any failure.
 */
export async function discoverAuthorizationServer(
  authority: ExpandedAuthority,
  flow: SignInFlow,
  options: SignInNetworkOptions = {},
): Promise<oauth.AuthorizationServer> {
  const fail = (failure: DiscoveryFailure) => describeDiscoveryFailure(failure, authority);
  const base = new URL(authority.issuer);
  // The appid= of a discovery URL stays on the request, not on the issuer.
  base.search = new URL(authority.discoveryUrl).search;
  let response: Response;
  try {
    response = await oauth.discoveryRequest(base, {
      algorithm: authority.discoveryAlgorithm,
      signal: requestSignal(options.signal),
      [oauth.allowInsecureRequests]: isLoopbackHttp(authority.issuer),
      ...signInCustomFetch(options.fetcher),
    });
  } catch (error) {
    if (!isFetchError(error)) throw error;
    throw fail(await explainNetworkError(error, authority.discoveryUrl, options));
  }
  let server: oauth.AuthorizationServer;
  try {
    server = await oauth.processDiscoveryResponse(
      authority.issuerCheck === 'exact'
        ? new URL(authority.issuer)
        : (internals._nodiscoverycheck as unknown as URL),
      response,
    );
  } catch (error) {
    throw fail(discoveryFailure(error, response));
  }
  if (
    authority.issuerCheck === 'same-origin' &&
    originOf(server.issuer) !== new URL(authority.issuer).origin
  ) {
    throw fail({ kind: 'issuer-mismatch', stated: server.issuer });
  }
  const problem = checkServerMetadata(server, flow);
  if (problem) throw fail(problem);
  return withIssuerTemplate(server);
}

function discoveryFailure(error: unknown, response: Response): DiscoveryFailure {
  if (!(error instanceof oauth.OperationProcessingError)) {
    return { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
  switch (error.code) {
    case oauth.RESPONSE_IS_NOT_CONFORM:
      return { kind: 'http', status: response.status, statusText: response.statusText };
    case oauth.RESPONSE_IS_NOT_JSON:
    case oauth.PARSE_ERROR:
      return { kind: 'not-json' };
    case oauth.JSON_ATTRIBUTE_COMPARISON: {
      const body = (error.cause as { body?: { issuer?: unknown } } | undefined)?.body;
      return { kind: 'issuer-mismatch', stated: String(body?.issuer) };
    }
    default:
      return { kind: 'invalid', detail: describeInvalid(error) };
  }
}

function describeInvalid(error: Error): string {
  if (error.message.includes('"issuer"')) return 'it names no issuer';
  if (error.message.includes('top level object')) return 'it is not a JSON object';
  return error.message;
}

/** Fills `{tenantid}` in a multi-tenant issuer with the ID token's `tid` (see `internals`). */
function withIssuerTemplate(server: oauth.AuthorizationServer): oauth.AuthorizationServer {
  if (!server.issuer.includes('{tenantid}')) return server;
  return {
    ...server,
    [internals._expectedIssuer]: ({ claims }: { claims: { tid?: unknown } }) =>
      resolveIssuerTemplate(server.issuer, claims.tid) ?? server.issuer,
  } as oauth.AuthorizationServer;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
