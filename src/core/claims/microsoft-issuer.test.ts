import { describe, expect, it } from 'vitest';
import {
  detectTokenVersion,
  findTenantId,
  isPersonalAccountTenant,
  parseMicrosoftIssuer,
  PERSONAL_ACCOUNT_TENANT_ID,
} from './microsoft-issuer.ts';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('parseMicrosoftIssuer', () => {
  it('recognises the v1.0 issuer', () => {
    expect(parseMicrosoftIssuer(`https://sts.windows.net/${TENANT}/`)).toEqual({
      version: 'v1.0',
      tenantId: TENANT,
    });
  });

  it('recognises the v2.0 issuer', () => {
    expect(parseMicrosoftIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)).toEqual({
      version: 'v2.0',
      tenantId: TENANT,
    });
  });

  it('ignores other issuers and look-alikes', () => {
    expect(parseMicrosoftIssuer('https://accounts.google.com')).toBeUndefined();
    expect(parseMicrosoftIssuer(`https://sts.windows.net.evil.example/${TENANT}/`)).toBeUndefined();
    expect(parseMicrosoftIssuer(`http://sts.windows.net/${TENANT}/`)).toBeUndefined();
    expect(parseMicrosoftIssuer(42)).toBeUndefined();
  });
});

describe('detectTokenVersion', () => {
  it('reads ver first', () => {
    expect(
      detectTokenVersion({ ver: '1.0', iss: `https://login.microsoftonline.com/${TENANT}/v2.0` }),
    ).toEqual({
      version: 'v1.0',
      from: 'ver',
    });
    expect(detectTokenVersion({ ver: '2.0' })).toEqual({ version: 'v2.0', from: 'ver' });
  });

  it('falls back to the issuer format', () => {
    expect(detectTokenVersion({ iss: `https://sts.windows.net/${TENANT}/` })).toEqual({
      version: 'v1.0',
      from: 'iss',
    });
  });

  it('says nothing for a token that is not from Microsoft', () => {
    expect(detectTokenVersion({ iss: 'https://issuer.example', ver: '3' })).toBeUndefined();
  });
});

describe('findTenantId', () => {
  it('prefers tid, then the issuer', () => {
    expect(findTenantId({ tid: TENANT.toUpperCase() })).toBe(TENANT);
    expect(findTenantId({ iss: `https://sts.windows.net/${TENANT}/` })).toBe(TENANT);
    expect(findTenantId({ iss: 'https://issuer.example' })).toBeUndefined();
  });
});

describe('isPersonalAccountTenant', () => {
  it('recognises the personal-account tenant only', () => {
    expect(isPersonalAccountTenant(PERSONAL_ACCOUNT_TENANT_ID)).toBe(true);
    expect(isPersonalAccountTenant(PERSONAL_ACCOUNT_TENANT_ID.toUpperCase())).toBe(true);
    expect(isPersonalAccountTenant(TENANT)).toBe(false);
  });
});
