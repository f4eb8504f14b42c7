import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPES } from './scopes.ts';
import { readSignInForm, type SignInFormInput } from './sign-in-form.ts';

const FORM: SignInFormInput = {
  authority: 'contoso.onmicrosoft.com',
  clientId: '11112222-3333-4444-5555-666677778888',
  scopes: DEFAULT_SCOPES,
  flow: 'code',
  prompt: '',
  loginHint: '',
  domainHint: '',
  claims: '',
};
const PAGE = 'https://tokenscope.example/#token=eyJhbGciOiJub25lIn0.e30.';

describe('readSignInForm', () => {
  it('turns a good form into a request, with the redirect URI and its sentence', () => {
    const reading = readSignInForm({ ...FORM, prompt: 'login' }, PAGE);
    expect(reading.errors).toEqual({});
    expect(reading.redirectUri).toEqual({
      value: 'https://tokenscope.example/',
      registration:
        'Register https://tokenscope.example/ as a redirect URI under the Single-page application platform of your app registration (not Web): only there may a browser redeem the code without a client secret.',
    });
    expect(reading.request).toMatchObject({
      clientId: FORM.clientId,
      flow: 'code',
      extraParameters: [['prompt', 'login']],
      redirectUri: 'https://tokenscope.example/',
    });
    expect(reading.request?.authority.issuer).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0',
    );
    expect(reading.request?.scopes.value).toBe('openid profile offline_access');
    expect(reading.notes.authority).toHaveLength(1);
  });

  it('reports every field at once, and makes no request', () => {
    const reading = readSignInForm(
      { ...FORM, authority: '', clientId: ' ', scopes: '', claims: '[]' },
      'file:///tokenscope/index.html',
    );
    expect(reading.request).toBeUndefined();
    expect(
      Object.fromEntries(
        Object.entries(reading.errors).map(([field, error]) => [
          field,
          [error.code, error.message],
        ]),
      ),
    ).toEqual({
      authority: [
        'authority-empty',
        'Authority is empty: type the issuer of your identity provider (https://…), its discovery URL, or for Microsoft Entra a tenant id, a tenant domain, common, organizations or consumers.',
      ],
      clientId: [
        'client-id-empty',
        'Client ID is empty: copy the Application (client) ID of your app registration.',
      ],
      scopes: [
        'scopes-empty',
        'Scopes is empty: request at least openid for an ID token (the default is openid profile offline_access).',
      ],
      claims: [
        'claims-invalid',
        'Claims must be a JSON object such as {"id_token":{"auth_time":{"essential":true}}}, not an array.',
      ],
      redirectUri: [
        'redirect-uri-invalid',
        'This page is served from a file, which cannot be a redirect URI: open Tokenscope over https (or http on localhost) to sign in.',
      ],
    });
    expect(reading.redirectUri).toBeUndefined();
  });

  it('refuses a client id with spaces', () => {
    const error = readSignInForm({ ...FORM, clientId: 'my app' }, PAGE).errors.clientId;
    expect([error?.code, error?.message]).toEqual([
      'client-id-invalid',
      'The Client ID "my app" contains a space or control character.',
    ]);
  });

  it('notes a Microsoft Entra client id that is not a GUID, without refusing it', () => {
    const reading = readSignInForm({ ...FORM, clientId: 'tokenscope' }, PAGE);
    expect(reading.request).toBeDefined();
    expect(reading.notes.clientId).toEqual([
      'Microsoft Entra client IDs are GUIDs (Application (client) ID on the registration\'s Overview); "tokenscope" is not one.',
    ]);
  });

  it('applies the Entra scope rules only to Entra authorities', () => {
    const scopes = 'openid User.Read api://orders/read';
    expect(readSignInForm({ ...FORM, scopes }, PAGE).notes.scopes).toHaveLength(1);
    expect(
      readSignInForm({ ...FORM, authority: 'https://idp.example', scopes }, PAGE).notes.scopes,
    ).toBeUndefined();
  });

  it('needs openid for the implicit flows', () => {
    const error = readSignInForm({ ...FORM, flow: 'implicit-id-token', scopes: 'profile' }, PAGE)
      .errors.scopes;
    expect([error?.code, error?.message]).toEqual([
      'openid-required',
      'The implicit flows return an ID token, so Scopes must include openid.',
    ]);
  });

  it('passes claims-request warnings on as notes', () => {
    const reading = readSignInForm({ ...FORM, claims: '{"idtoken":{}}' }, PAGE);
    expect(reading.notes.claims).toEqual([
      'Claims member "idtoken" is none of id_token, userinfo or access_token; providers ignore it.',
    ]);
  });
});
