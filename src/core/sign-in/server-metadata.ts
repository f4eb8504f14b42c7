import type { DiscoveryFailure } from './describe-discovery-failure.ts';
import type { SignInFlow } from './sign-in-flow.ts';

/** The members of authorization server metadata a sign-in reads (RFC 8414 §2). */
export interface ServerMetadata {
  issuer: string;
  authorization_endpoint?: unknown;
  token_endpoint?: unknown;
  jwks_uri?: unknown;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks that the metadata names the endpoints this flow uses, as https URLs (http only on
 * loopback): the authorization endpoint always, the token endpoint for the code flow, and the
 * JWKS whose keys verify the ID token.
 */
export function checkServerMetadata(
  metadata: ServerMetadata,
  flow: SignInFlow,
): DiscoveryFailure | undefined {
  const needed: ('authorization_endpoint' | 'token_endpoint')[] =
    flow === 'code' ? ['authorization_endpoint', 'token_endpoint'] : ['authorization_endpoint'];
  for (const name of needed) {
    const problem = checkEndpoint(name, metadata[name]);
    if (problem) return problem;
  }
  if (metadata.jwks_uri !== undefined) return checkEndpoint('jwks_uri', metadata.jwks_uri);
  return undefined;
}

function checkEndpoint(name: string, value: unknown): DiscoveryFailure | undefined {
  if (value === undefined) return { kind: 'invalid', detail: `it names no ${name}` };
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return { kind: 'invalid', detail: `its ${name} ${JSON.stringify(value)} is not an https URL` };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { kind: 'endpoint-insecure', name, endpoint: url.href };
  }
  return undefined;
}

/** Plain http is allowed for this URL: a provider on this machine, during development. */
export function isLoopbackHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}
