import { HEADER_PARAMETERS } from './header-parameters.ts';
import { JWT_CLAIMS } from './jwt-claims.ts';
import { MICROSOFT_CLAIMS } from './microsoft-claims.ts';
import { OIDC_CLAIMS } from './oidc-claims.ts';
import type { RegistryEntry } from './registry-entry.ts';

export type ClaimLocation = 'header' | 'payload';

export const PAYLOAD_CLAIMS: readonly RegistryEntry[] = [
  ...JWT_CLAIMS,
  ...OIDC_CLAIMS,
  ...MICROSOFT_CLAIMS,
];

// Maps, not object literals: a claim named "constructor" or "__proto__" must not find
// Object.prototype members.
const BY_LOCATION: Record<ClaimLocation, ReadonlyMap<string, RegistryEntry>> = {
  header: new Map(HEADER_PARAMETERS.map((entry) => [entry.name, entry])),
  payload: new Map(PAYLOAD_CLAIMS.map((entry) => [entry.name, entry])),
};

/** The registry entry for a header parameter or payload claim; undefined for a custom one. */
export function lookupClaim(location: ClaimLocation, name: string): RegistryEntry | undefined {
  return BY_LOCATION[location].get(name);
}

export function isNumericDateClaim(name: string): boolean {
  return lookupClaim('payload', name)?.numericDate === true;
}
