import { describe, expect, it } from 'vitest';
import {
  describeResource,
  detectMicrosoftApiToken,
  MICROSOFT_FIRST_PARTY_RESOURCES,
  microsoftFirstPartyResource,
} from './microsoft-resources.ts';

const nameOf = (aud: unknown) => microsoftFirstPartyResource(aud)?.name;

describe('microsoftFirstPartyResource', () => {
  it.each([
    ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
    ['https://graph.microsoft.com', 'Microsoft Graph'],
    ['https://graph.microsoft.com/', 'Microsoft Graph'],
    ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Azure Resource Manager'],
    ['https://management.azure.com/', 'Azure Resource Manager'],
    ['https://management.core.windows.net/', 'Azure Resource Manager'],
    ['cfa8b339-82a2-471a-a3c9-0fc0be7a4093', 'Azure Key Vault'],
    ['https://vault.azure.net', 'Azure Key Vault'],
    ['e406a681-f3d4-42a8-90b6-c2b029497af1', 'Azure Storage'],
    ['https://storage.azure.com/', 'Azure Storage'],
    ['00000003-0000-0ff1-ce00-000000000000', 'SharePoint Online'],
    ['https://contoso.sharepoint.com', 'SharePoint Online'],
    ['https://contoso-my.sharepoint.com/', 'SharePoint Online'],
    ['00000002-0000-0ff1-ce00-000000000000', 'Exchange Online'],
    ['https://outlook.office365.com', 'Exchange Online'],
    ['499b84ac-1321-427f-aa17-267ca6975798', 'Azure DevOps'],
    ['https://database.windows.net/', 'Azure SQL Database'],
    ['00000009-0000-0000-c000-000000000000', 'Power BI'],
    ['https://analysis.windows.net/powerbi/api', 'Power BI'],
    ['https://servicebus.azure.net', 'Azure Service Bus'],
    ['https://eventhubs.azure.net/', 'Azure Event Hubs'],
    ['00000002-0000-0000-c000-000000000000', 'Azure AD Graph'],
    ['https://graph.windows.net/', 'Azure AD Graph'],
  ])('knows %s as %s', (aud, name) => {
    expect(nameOf(aud)).toBe(name);
    expect(nameOf(aud.toUpperCase())).toBe(name);
  });

  it('finds the Microsoft API among several audiences', () => {
    expect(nameOf(['api://contoso-orders', 'https://graph.microsoft.com'])).toBe('Microsoft Graph');
  });

  it.each([
    'api://contoso-orders',
    'a3c1e5f7-9b2d-4f6a-8c0e-1d3f5a7b9c2e',
    'https://graph.microsoft.com.evil.example',
    'https://graph.microsoft.com/other',
    'https://evilsharepoint.com',
    'https://contoso.sharepoint.com.evil.example',
    'http://contoso.sharepoint.com',
    '00000003-0000-0000-c000-00000000000',
    '',
  ])('does not claim %j for Microsoft', (aud) => {
    expect(microsoftFirstPartyResource(aud)).toBeUndefined();
  });

  it('ignores audiences that are not strings', () => {
    expect(microsoftFirstPartyResource(3)).toBeUndefined();
    expect(microsoftFirstPartyResource([3, null])).toBeUndefined();
    expect(microsoftFirstPartyResource(undefined)).toBeUndefined();
  });

  it('lists each app id once', () => {
    const ids = MICROSOFT_FIRST_PARTY_RESOURCES.flatMap((resource) =>
      resource.appId ? [resource.appId] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks the retired Azure AD Graph as such', () => {
    expect(describeResource(microsoftFirstPartyResource('https://graph.windows.net')!)).toBe(
      'Azure AD Graph (retired: use Microsoft Graph)',
    );
  });
});

describe('detectMicrosoftApiToken', () => {
  it('recognises a token for a Microsoft API by its nonce header, its audience, or both', () => {
    const graph = { aud: '00000003-0000-0000-c000-000000000000' };
    expect(detectMicrosoftApiToken({ alg: 'RS256', nonce: 'x' }, graph)).toMatchObject({
      nonce: true,
      resource: { name: 'Microsoft Graph' },
    });
    expect(detectMicrosoftApiToken({ alg: 'RS256' }, graph)).toMatchObject({ nonce: false });
    expect(detectMicrosoftApiToken({ alg: 'RS256', nonce: 'x' }, { aud: 'api://x' })).toEqual({
      nonce: true,
      resource: undefined,
    });
    expect(detectMicrosoftApiToken({ alg: 'RS256' }, { aud: 'api://x' })).toBeUndefined();
  });
});
