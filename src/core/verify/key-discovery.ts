import { isJsonObject, type JsonObject } from '../token/parse-json.ts';
import type { DecodedToken } from '../token/decode-token.ts';
import { discoveryUrlForIssuer } from './discovery-url.ts';
import { resolveIssuerTemplate } from './microsoft.ts';
import type { DiscoveryDocument } from './read-discovery-document.ts';
import { VerifyError } from './verify-errors.ts';

/**
 * How the Discovery URL was chosen: derived from the token's iss (Tokenscope's own choice),
 * typed by the user, or carried by the link that opened the page. Only the first is the
 * token's issuer speaking; the others are someone's claim about where its keys are.
 */
export type DiscoveryUrlSource = 'token' | 'typed' | 'link';

/** Where the issuer's keys came from. */
export interface KeyDiscovery {
  /** The Discovery URL as chosen (the document may have come from its RFC 8414 fallback). */
  url: string;
  source: DiscoveryUrlSource;
  document: DiscoveryDocument;
}

/** How a verdict names keys from a JWKS: "from the issuer's JWKS" only when iss led there. */
export function issuerKeysOriginName(discovery: KeyDiscovery | undefined): string {
  return discovery === undefined || discovery.source === 'token'
    ? "from the issuer's JWKS"
    : 'from the JWKS of a discovery URL the token did not name';
}

function claimsOf(decoded: DecodedToken): JsonObject | undefined {
  const payload = decoded.payload;
  return payload?.type === 'json' && isJsonObject(payload.value) ? payload.value : undefined;
}

/**
 * Keys from a discovery document belong to the issuer it names (bound to its address by
 * OpenID Connect Discovery §4.3): they can vouch only for a token whose iss is that issuer.
 * A token without iss is left to the iss claim check.
 */
export function checkKeysBelongToToken(
  discovery: KeyDiscovery,
  decoded: DecodedToken,
): VerifyError | undefined {
  const claims = claimsOf(decoded);
  const iss = claims?.iss;
  if (typeof iss !== 'string') return undefined;
  const issuer = discovery.document.issuer;
  const expected = resolveIssuerTemplate(issuer, claims?.tid);
  if (expected === iss) return undefined;
  return new VerifyError(
    'issuer-mismatch',
    expected === undefined
      ? `the keys came from the discovery document of ${JSON.stringify(issuer)}, a template that needs the token's tid, and the token has none: they cannot be tied to the token's iss ${JSON.stringify(iss)}.`
      : `the keys came from the discovery document of ${JSON.stringify(expected)}, but the token's iss is ${JSON.stringify(iss)}: they are another issuer's keys and cannot vouch for this token.`,
  );
}

/**
 * Where the keys came from, said next to the verdict: a Discovery URL the token did not name,
 * and a jwks_uri on another host than the issuer.
 */
export function describeKeyProvenance(discovery: KeyDiscovery, decoded: DecodedToken): string[] {
  const notes: string[] = [];
  if (discovery.source !== 'token') {
    const iss = claimsOf(decoded)?.iss;
    const derived = discoveryUrlForIssuer(iss);
    const chosen =
      discovery.source === 'link'
        ? 'came with the link that opened this page'
        : 'was typed into Discovery URL';
    const instead = derived.ok
      ? `; the token's iss names ${derived.url}`
      : typeof iss === 'string'
        ? ''
        : '; the token has no iss';
    notes.push(
      `The keys came from a URL the token did not name: ${discovery.url} ${chosen}${instead}.`,
    );
  }
  const issuerHost = hostOf(discovery.document.issuer.replaceAll('{tenantid}', 'tenant'));
  const jwksHost = hostOf(discovery.document.jwksUri);
  if (issuerHost !== undefined && jwksHost !== undefined && issuerHost !== jwksHost) {
    notes.push(
      `The keys are served by ${jwksHost}, another host than the issuer's (${issuerHost}): the discovery document names that jwks_uri (${discovery.document.jwksUri}).`,
    );
  }
  return notes;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** The hint under Discovery URL: where the address in the field came from. */
export function describeDiscoveryUrlSource(source: DiscoveryUrlSource): string {
  switch (source) {
    case 'token':
      return 'Prefilled from the token’s iss. Fetching reveals the issuer to its server, never the token. Add ?appid=… for apps with custom signing keys.';
    case 'link':
      return 'This address came with the link that opened this page, not from the token’s iss: whoever made the link chose it. It is fetched only when you press Fetch keys, and the verdict says the keys came from a URL the token did not name.';
    case 'typed':
      return 'Typed in, not derived from the token’s iss: the verdict says the keys came from a URL the token did not name.';
  }
}
