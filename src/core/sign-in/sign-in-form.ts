import { isGuid } from '../claims/microsoft-issuer.ts';
import { expandAuthority, type ExpandedAuthority } from './authority.ts';
import {
  readExtraParameters,
  type ExtraParameterField,
  type ExtraParameterInput,
} from './extra-parameters.ts';
import { redirectUriFor } from './redirect-uri.ts';
import { parseScopes, type ParsedScopes } from './scopes.ts';
import type { SignInFlow } from './sign-in-flow.ts';
import { SignInInputError } from './sign-in-errors.ts';

/** The Sign in form as typed. */
export interface SignInFormInput extends ExtraParameterInput {
  authority: string;
  clientId: string;
  scopes: string;
  flow: SignInFlow;
}

export type SignInField = 'authority' | 'clientId' | 'scopes' | 'redirectUri' | ExtraParameterField;

/** Everything needed to send the user to the identity provider. */
export interface SignInRequest {
  authority: ExpandedAuthority;
  clientId: string;
  scopes: ParsedScopes;
  flow: SignInFlow;
  /** `prompt`, `login_hint`, `domain_hint`, `claims`, as filled in. */
  extraParameters: [string, string][];
  redirectUri: string;
}

export interface SignInFormReading {
  /** Undefined while any field has an error. */
  request: SignInRequest | undefined;
  /** At most one error per field, for an alert beside it. */
  errors: Partial<Record<SignInField, SignInInputError>>;
  /** How a field was read, and warnings that do not stop the sign-in. */
  notes: Partial<Record<SignInField, string[]>>;
  /** The read-only Redirect URI field and its registration sentence. */
  redirectUri: { value: string; registration: string } | undefined;
}

/**
 * Reads the whole form at once, so the UI can show every problem beside its field while the
 * user types and enable Sign in only when `request` is set. `pageUrl` is the page's own
 * address: it becomes the redirect URI.
 */
export function readSignInForm(form: SignInFormInput, pageUrl: string): SignInFormReading {
  const errors: SignInFormReading['errors'] = {};
  const notes: SignInFormReading['notes'] = {};

  const authority = expandAuthority(form.authority);
  if (authority.ok) notes.authority = authority.authority.notes;
  else errors.authority = authority.error;
  const entra = authority.ok && authority.authority.entra !== undefined;

  const clientId = form.clientId.trim();
  if (clientId === '') {
    errors.clientId = new SignInInputError(
      'client-id-empty',
      'Client ID is empty: copy the Application (client) ID of your app registration.',
    );
  } else if (/[\s\p{Cc}]/u.test(clientId)) {
    errors.clientId = new SignInInputError(
      'client-id-invalid',
      `The Client ID ${JSON.stringify(clientId)} contains a space or control character.`,
    );
  } else if (entra && !isGuid(clientId)) {
    notes.clientId = [
      `Microsoft Entra client IDs are GUIDs (Application (client) ID on the registration's Overview); ${JSON.stringify(clientId)} is not one.`,
    ];
  }

  const scopes = parseScopes(form.scopes, { entra });
  if (scopes.ok && form.flow !== 'code' && !scopes.scopes.requestsIdToken) {
    errors.scopes = new SignInInputError(
      'openid-required',
      'The implicit flows return an ID token, so Scopes must include openid.',
    );
  } else if (scopes.ok) {
    if (scopes.scopes.warnings.length > 0) {
      notes.scopes = scopes.scopes.warnings.map((warning) => warning.message);
    }
  } else {
    errors.scopes = scopes.error;
  }

  const extra = readExtraParameters(form);
  if (extra.ok) {
    if (extra.extra.warnings.length > 0) notes.claims = extra.extra.warnings;
  } else {
    Object.assign(errors, extra.errors);
  }

  const redirect = redirectUriFor(pageUrl);
  if (!redirect.ok) errors.redirectUri = redirect.error;

  const complete =
    Object.keys(errors).length === 0 && authority.ok && scopes.ok && extra.ok && redirect.ok;
  return {
    request: complete
      ? {
          authority: authority.authority,
          clientId,
          scopes: scopes.scopes,
          flow: form.flow,
          extraParameters: extra.extra.parameters,
          redirectUri: redirect.redirectUri,
        }
      : undefined,
    errors,
    notes,
    redirectUri: redirect.ok
      ? { value: redirect.redirectUri, registration: redirect.registration }
      : undefined,
  };
}
