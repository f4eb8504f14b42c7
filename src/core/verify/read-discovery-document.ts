import { isJsonObject } from '../token/parse-json.ts';
import { checkFetchUrl } from './discovery-url.ts';
import { checkDocumentIssuer } from './document-issuer.ts';
import { readJsonBody } from './read-json-body.ts';
import { DiscoveryError } from './verify-errors.ts';

/** The two members of a discovery document (OIDC Discovery §3, RFC 8414 §2) verification needs. */
export interface DiscoveryDocument {
  /** Where it was fetched from. */
  url: string;
  /** May be a `{tenantid}` template on Microsoft's multi-tenant endpoints. */
  issuer: string;
  jwksUri: string;
}

export type DiscoveryReadResult =
  { ok: true; document: DiscoveryDocument } | { ok: false; error: DiscoveryError };

/** Reads a discovery document's body, with one precise message for each way it can be wrong. */
export function readDiscoveryDocument(body: string, url: string): DiscoveryReadResult {
  const parsed = readJsonBody(body, url, 'discovery document');
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isJsonObject(value)) {
    return failure(
      'not-object',
      `${url} returned JSON, but not an object: it is not a discovery document.`,
    );
  }
  if (typeof value.issuer !== 'string' || value.issuer === '') {
    return failure('document-issuer-missing', `The discovery document at ${url} has no "issuer".`);
  }
  if (value.jwks_uri === undefined) {
    return failure(
      'jwks-uri-missing',
      `The discovery document at ${url} has no "jwks_uri": this issuer does not publish its signing keys there. Paste the keys instead.`,
    );
  }
  if (typeof value.jwks_uri !== 'string') {
    return failure('jwks-uri-invalid', `The discovery document's "jwks_uri" is not a string.`);
  }
  const jwksUri = checkFetchUrl(value.jwks_uri, 'jwks_uri');
  if (!jwksUri.ok)
    return failure(
      'jwks-uri-invalid',
      `The discovery document at ${url}: ${jwksUri.error.message}`,
    );
  const impostor = checkDocumentIssuer(url, value.issuer);
  if (impostor) return { ok: false, error: impostor };
  return { ok: true, document: { url, issuer: value.issuer, jwksUri: jwksUri.url } };
}

function failure(
  code: DiscoveryError['code'],
  message: string,
): { ok: false; error: DiscoveryError } {
  return { ok: false, error: new DiscoveryError(code, message) };
}
