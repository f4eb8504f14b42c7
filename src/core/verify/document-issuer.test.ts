import { describe, expect, it } from 'vitest';
import {
  checkDocumentIssuer,
  checkWellKnownUrl,
  issuerForDiscoveryUrl,
} from './document-issuer.ts';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const MS = 'https://login.microsoftonline.com';

describe('issuerForDiscoveryUrl', () => {
  it.each([
    ['https://id.example/.well-known/openid-configuration', 'https://id.example'],
    ['https://id.example/realms/a/.well-known/openid-configuration', 'https://id.example/realms/a'],
    [
      'https://id.example/.well-known/oauth-authorization-server/tenant',
      'https://id.example/tenant',
    ],
    ['https://id.example/.well-known/oauth-authorization-server', 'https://id.example'],
    [`${MS}/${TENANT}/v2.0/.well-known/openid-configuration?appid=x`, `${MS}/${TENANT}/v2.0`],
    ['https://id.example/metadata.json', undefined],
  ])('%s speaks for %s', (url, issuer) => {
    expect(issuerForDiscoveryUrl(url)).toBe(issuer);
  });
});

describe('checkDocumentIssuer (OpenID Connect Discovery 1.0 §4.3, RFC 8414 §3.3)', () => {
  it.each([
    ['https://id.example/.well-known/openid-configuration', 'https://id.example'],
    ['https://id.example/.well-known/openid-configuration', 'https://id.example/'],
    ['https://id.example/realms/a/.well-known/openid-configuration', 'https://id.example/realms/a'],
    ['https://id.example/.well-known/oauth-authorization-server/t', 'https://id.example/t'],
    ['http://127.0.0.1:4000/.well-known/openid-configuration', 'http://127.0.0.1:4000'],
    // Microsoft: the URL's tenant alias and the issuer's GUID or {tenantid} template.
    [`${MS}/${TENANT}/v2.0/.well-known/openid-configuration`, `${MS}/${TENANT}/v2.0`],
    [`${MS}/common/v2.0/.well-known/openid-configuration`, `${MS}/{tenantid}/v2.0`],
    [`${MS}/organizations/v2.0/.well-known/openid-configuration`, `${MS}/{tenantid}/v2.0`],
    [`${MS}/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration`, `${MS}/${TENANT}/v2.0`],
    [`${MS}/${TENANT}/.well-known/openid-configuration`, `https://sts.windows.net/${TENANT}/`],
    [`${MS}/common/.well-known/openid-configuration`, 'https://sts.windows.net/{tenantid}/'],
    [`${MS}/${TENANT}/v2.0/.well-known/openid-configuration?appid=abc`, `${MS}/${TENANT}/v2.0`],
  ])('accepts the document at %s naming %s', (url, issuer) => {
    expect(checkDocumentIssuer(url, issuer)).toBeUndefined();
  });

  it('refuses a document that claims another issuer than its address', () => {
    const url = 'http://127.0.0.1:4001/impostor/.well-known/openid-configuration';
    const error = checkDocumentIssuer(url, 'https://login.real.example');
    expect(error?.code).toBe('issuer-mismatch');
    expect(error?.message).toBe(
      `The discovery document at ${url} says its issuer is "https://login.real.example", but a document at that address can only be the discovery document of "http://127.0.0.1:4001/impostor" (OpenID Connect Discovery 1.0 §4.3, RFC 8414 §3.3). It may be an impostor's, so its keys are not used.`,
    );
  });

  it.each([
    // Another path on the same host is another issuer.
    ['https://id.example/a/.well-known/openid-configuration', 'https://id.example/b'],
    ['https://id.example/.well-known/openid-configuration', 'https://id.example/?x=1'],
    ['https://id.example/.well-known/openid-configuration', 'not a url'],
    // A Microsoft URL for one tenant GUID cannot name another tenant, nor another host.
    [
      `${MS}/${TENANT}/v2.0/.well-known/openid-configuration`,
      `${MS}/00000000-0000-0000-0000-000000000000/v2.0`,
    ],
    [`${MS}/${TENANT}/v2.0/.well-known/openid-configuration`, `${MS}/{tenantid}/v2.0`],
    [`${MS}/common/v2.0/.well-known/openid-configuration`, 'https://evil.example/{tenantid}/v2.0'],
    [`${MS}/common/v2.0/.well-known/openid-configuration`, 'https://sts.windows.net/{tenantid}/'],
    // The Microsoft rule is for Microsoft's host only.
    ['https://evil.example/common/v2.0/.well-known/openid-configuration', `${MS}/{tenantid}/v2.0`],
  ])('refuses the document at %s naming %s', (url, issuer) => {
    expect(checkDocumentIssuer(url, issuer)?.code).toBe('issuer-mismatch');
  });
});

describe('checkWellKnownUrl', () => {
  it('refuses an address no issuer could be read from', () => {
    const error = checkWellKnownUrl('https://id.example/keys.json');
    expect(error?.code).toBe('url-not-well-known');
    expect(error?.message).toBe(
      'The Discovery URL "https://id.example/keys.json" is not a well-known discovery address: an issuer followed by /.well-known/openid-configuration, or /.well-known/oauth-authorization-server before the issuer\'s path. A document anywhere else could claim any issuer (OpenID Connect Discovery 1.0 §4.3, RFC 8414 §3.3), so its keys would prove nothing. Paste the keys instead.',
    );
    expect(
      checkWellKnownUrl('https://id.example/.well-known/openid-configuration'),
    ).toBeUndefined();
  });
});
