/** The placeholder in the issuer of Microsoft's multi-tenant discovery documents. */
const TENANT_PLACEHOLDER = '{tenantid}';

const V1_ISSUER = /^https:\/\/sts\.windows\.net\/([A-Za-z0-9.-]+)\/$/;

/**
 * On `common` and `organizations` the discovery document's issuer is a template
 * (`https://login.microsoftonline.com/{tenantid}/v2.0`); the token's `tid` fills it in.
 * Returns undefined when the template needs a tid that the token lacks.
 */
export function resolveIssuerTemplate(issuer: string, tid: unknown): string | undefined {
  if (!issuer.includes(TENANT_PLACEHOLDER)) return issuer;
  return typeof tid === 'string' && tid !== ''
    ? issuer.replaceAll(TENANT_PLACEHOLDER, tid)
    : undefined;
}

export function isIssuerTemplate(issuer: string): boolean {
  return issuer.includes(TENANT_PLACEHOLDER);
}

/**
 * v1.0 tokens are issued by `https://sts.windows.net/{tenant}/`, whose metadata lives under
 * login.microsoftonline.com (which also serves it with CORS headers).
 */
export function microsoftV1DiscoveryUrl(issuer: string): string | undefined {
  const tenant = V1_ISSUER.exec(issuer)?.[1];
  return tenant
    ? `https://login.microsoftonline.com/${tenant}/.well-known/openid-configuration`
    : undefined;
}
