import { ASPNETCORE_ENTRIES } from './catalogue-aspnetcore.ts';
import type { CatalogueEntry, DiagnosisFamily } from './catalogue-entry.ts';
import { ENTRA_ENTRIES } from './catalogue-entra.ts';
import { IDENTITY_MODEL_ENTRIES } from './catalogue-identity-model.ts';
import { JOSE_ENTRIES } from './catalogue-jose.ts';
import { JSONWEBTOKEN_ENTRIES } from './catalogue-jsonwebtoken.ts';
import { OAUTH_ENTRIES } from './catalogue-oauth.ts';

/** Every error Tokenscope can diagnose. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...IDENTITY_MODEL_ENTRIES,
  ...ASPNETCORE_ENTRIES,
  ...ENTRA_ENTRIES,
  ...OAUTH_ENTRIES,
  ...JOSE_ENTRIES,
  ...JSONWEBTOKEN_ENTRIES,
];

export const FAMILY_LABELS: Record<DiagnosisFamily, string> = {
  'identity-model': 'Microsoft.IdentityModel',
  aspnetcore: 'ASP.NET Core JWT bearer',
  entra: 'Microsoft Entra ID',
  oauth: 'OAuth 2.0',
  jose: 'jose',
  jsonwebtoken: 'jsonwebtoken',
};

/** Codes an error text can hold, whether or not the catalogue knows them. */
export const CODE_SHAPES: readonly RegExp[] = [
  /\bIDX\d{5}\b/g,
  /\bAADSTS\d{4,8}\b/g,
  /\bERR_J(?:WT|WS|WE|WK|WKS|OSE)_[A-Z_]+\b/g,
];
