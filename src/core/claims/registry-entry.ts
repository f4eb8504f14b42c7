/** Where a claim or header parameter is defined, so the UI can name the spec and link to it. */
export interface SpecReference {
  /** "RFC 7519", "OpenID Connect Core 1.0", "Microsoft identity platform". */
  spec: string;
  /** "§4.1.4"; absent for platform documentation, which has no numbered sections. */
  section?: string;
  /** An https link to the section. The app only links to it; it never fetches it. */
  url: string;
}

export type TokenVersion = 'v1.0' | 'v2.0';

/**
 * One claim or header parameter. Header parameters and payload claims are separate namespaces:
 * `nonce`, `typ` and `cty` mean different things in each, so each namespace has its own list.
 */
export interface RegistryEntry {
  name: string;
  /** A short human name: "Expiration time". */
  title: string;
  /** What it means, in plain words. */
  description: string;
  /** The defining spec first, then others that profile or reuse it. */
  sources: readonly SpecReference[];
  /** How Microsoft identity platform tokens use it, where that differs or adds something. */
  microsoft?: string;
  /** Microsoft token versions that carry it, when only one does. */
  versions?: readonly TokenVersion[];
  /** A NumericDate: seconds since 1970-01-01T00:00:00Z. */
  numericDate?: true;
}
