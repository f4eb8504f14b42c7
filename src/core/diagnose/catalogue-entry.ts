import type { SpecReference } from '../claims/registry-entry.ts';

export type DiagnosisFamily =
  'identity-model' | 'aspnetcore' | 'entra' | 'oauth' | 'jose' | 'jsonwebtoken';

/** Which claim of the current token an entry is about, and so how the token is assessed. */
export type DiagnosisCheck =
  | 'audience'
  | 'audience-present'
  | 'configure-audience'
  | 'issuer'
  | 'issuer-present'
  | 'configure-issuer'
  | 'expiry'
  | 'not-before'
  | 'lifetime'
  | 'expiry-present'
  | 'nbf-after-exp'
  | 'issued-at'
  | 'max-age'
  | 'sign-in-age'
  | 'type'
  | 'type-present'
  | 'subject'
  | 'required-claim'
  | 'signing-key'
  | 'signing-key-present'
  | 'signature'
  | 'signature-present'
  | 'algorithm'
  | 'format'
  | 'size'
  | 'discovery'
  | 'mfa'
  | 'scope'
  | 'claims-challenge'
  | 'assertion'
  | 'token-validity'
  /** Not about a claim of the token: the app registration, the user, the request. */
  | 'none';

/** One known error: how to recognise it, what it means and how to fix it, in our words. */
export interface CatalogueEntry {
  /** Stable: "IDX10214", "AADSTS50013", "oauth:invalid_token", "jose:aud". */
  id: string;
  family: DiagnosisFamily;
  /** The code or message as people see it: "IDX10214", "ERR_JWT_EXPIRED", "jwt expired". */
  code: string;
  /** Finds the error in pasted text. Linear (no nested quantifiers): the text is hostile. */
  pattern: RegExp;
  /**
   * Dropped when another entry with the same code matches too: a bare "ERR_JWT_EXPIRED"
   * yields to the entry that also read which claim failed.
   */
  generic?: true;
  /** The failing check, in a few words: "Audience validation failed". */
  title: string;
  /** What the error means. */
  meaning: string;
  /** The fix, in one or two sentences. */
  fix: string;
  check: DiagnosisCheck;
  /** The validator's default clock tolerance, for lifetime checks (seconds). */
  clockSkewSeconds?: number;
  source: SpecReference;
}
