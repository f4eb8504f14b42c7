import type { JsonObject } from '../token/parse-json.ts';

/**
 * A Microsoft first-party API: tokens addressed to it are its own business. Microsoft's APIs may
 * use token formats of their own (a nonce in the header, encryption) that nobody else can check,
 * so no third party can validate such a token, and a client must not parse it.
 */
export interface MicrosoftResource {
  name: string;
  /** The application (client) id of the API, the same in every tenant: aud in v2.0 tokens. */
  appId?: string;
  /** App ID URIs, as aud carries them in v1.0 tokens; compared without a trailing slash. */
  uris: readonly string[];
  /** A host suffix whose every https URL is this API (SharePoint's per-tenant sites). */
  hostSuffix?: string;
  /** Why the name carries a warning, for a retired API. */
  note?: string;
}

/**
 * Well-known first-party resources. Only ids and URIs we are sure of: a wrong entry would
 * tell someone that a token for their own API is Microsoft's.
 */
export const MICROSOFT_FIRST_PARTY_RESOURCES: readonly MicrosoftResource[] = [
  {
    name: 'Microsoft Graph',
    appId: '00000003-0000-0000-c000-000000000000',
    uris: ['https://graph.microsoft.com'],
  },
  {
    name: 'Azure Resource Manager',
    appId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    uris: ['https://management.azure.com', 'https://management.core.windows.net'],
  },
  {
    name: 'Azure Key Vault',
    appId: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093',
    uris: ['https://vault.azure.net'],
  },
  {
    name: 'Azure Storage',
    appId: 'e406a681-f3d4-42a8-90b6-c2b029497af1',
    uris: ['https://storage.azure.com'],
  },
  {
    name: 'SharePoint Online',
    appId: '00000003-0000-0ff1-ce00-000000000000',
    uris: [],
    hostSuffix: '.sharepoint.com',
  },
  {
    name: 'Exchange Online',
    appId: '00000002-0000-0ff1-ce00-000000000000',
    uris: ['https://outlook.office365.com'],
  },
  { name: 'Azure DevOps', appId: '499b84ac-1321-427f-aa17-267ca6975798', uris: [] },
  { name: 'Azure SQL Database', uris: ['https://database.windows.net'] },
  {
    name: 'Power BI',
    appId: '00000009-0000-0000-c000-000000000000',
    uris: ['https://analysis.windows.net/powerbi/api'],
  },
  { name: 'Azure Service Bus', uris: ['https://servicebus.azure.net'] },
  { name: 'Azure Event Hubs', uris: ['https://eventhubs.azure.net'] },
  {
    name: 'Azure AD Graph',
    appId: '00000002-0000-0000-c000-000000000000',
    uris: ['https://graph.windows.net'],
    note: 'retired: use Microsoft Graph',
  },
];

const BY_APP_ID = new Map(
  MICROSOFT_FIRST_PARTY_RESOURCES.flatMap((resource) =>
    resource.appId ? [[resource.appId, resource] as const] : [],
  ),
);
const BY_URI = new Map(
  MICROSOFT_FIRST_PARTY_RESOURCES.flatMap((resource) =>
    resource.uris.map((uri) => [uri, resource] as const),
  ),
);

/**
 * The Microsoft first-party API an audience names (aud as a string or a list), or undefined.
 * Exported for the verifier too: a token for one of these must not be called forged.
 */
export function microsoftFirstPartyResource(aud: unknown): MicrosoftResource | undefined {
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  for (const audience of audiences) {
    if (typeof audience !== 'string') continue;
    const found = lookupAudience(audience.trim().toLowerCase());
    if (found) return found;
  }
  return undefined;
}

function lookupAudience(audience: string): MicrosoftResource | undefined {
  const byId = BY_APP_ID.get(audience);
  if (byId) return byId;
  const byUri = BY_URI.get(audience.replace(/\/+$/, ''));
  if (byUri) return byUri;
  if (!audience.startsWith('https://')) return undefined;
  let host: string;
  try {
    host = new URL(audience).hostname;
  } catch {
    return undefined;
  }
  return MICROSOFT_FIRST_PARTY_RESOURCES.find(
    (resource) => resource.hostSuffix !== undefined && host.endsWith(resource.hostSuffix),
  );
}

/** Why a token is for a Microsoft API: a nonce in its header, its audience, or both. */
export interface MicrosoftApiToken {
  /** The header carries a nonce: the signature cannot be checked outside Microsoft. */
  nonce: boolean;
  resource: MicrosoftResource | undefined;
}

/** Undefined for a token that is not for a Microsoft API by either sign. */
export function detectMicrosoftApiToken(
  header: JsonObject | undefined,
  payload: JsonObject | undefined,
): MicrosoftApiToken | undefined {
  const nonce = header !== undefined && 'nonce' in header;
  const resource = microsoftFirstPartyResource(payload?.aud);
  return nonce || resource ? { nonce, resource } : undefined;
}

/** "Microsoft Graph", "Azure AD Graph (retired: use Microsoft Graph)". */
export function describeResource(resource: MicrosoftResource): string {
  return resource.note ? `${resource.name} (${resource.note})` : resource.name;
}
