import { describe, expect, it } from 'vitest';
import {
  readClaimsRequest,
  readExtraParameters,
  type ExtraParameterInput,
} from './extra-parameters.ts';
import { SignInInputError } from './sign-in-errors.ts';

const NONE: ExtraParameterInput = { prompt: '', loginHint: '', domainHint: '', claims: '' };

describe('readExtraParameters', () => {
  it('sends nothing for empty fields', () => {
    expect(readExtraParameters(NONE)).toEqual({
      ok: true,
      extra: { parameters: [], warnings: [] },
    });
  });

  it('sends every filled field, trimmed, the claims request as compact JSON', () => {
    expect(
      readExtraParameters({
        prompt: ' select_account ',
        loginHint: ' alice@contoso.com ',
        domainHint: 'contoso.com',
        claims: '{ "id_token": { "auth_time": { "essential": true } } }',
      }),
    ).toEqual({
      ok: true,
      extra: {
        parameters: [
          ['prompt', 'select_account'],
          ['login_hint', 'alice@contoso.com'],
          ['domain_hint', 'contoso.com'],
          ['claims', '{"id_token":{"auth_time":{"essential":true}}}'],
        ],
        warnings: [],
      },
    });
  });

  it.each(['none', 'login', 'consent', 'select_account'])('accepts prompt=%s', (prompt) => {
    expect(readExtraParameters({ ...NONE, prompt })).toEqual({
      ok: true,
      extra: { parameters: [['prompt', prompt]], warnings: [] },
    });
  });

  it('gives every bad field its own error', () => {
    const result = readExtraParameters({
      prompt: 'always',
      loginHint: 'alice\u0000',
      domainHint: 'contoso com',
      claims: '{"id_token": }',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = Object.entries(result.errors).map(([field, error]) => [
      field,
      error instanceof SignInInputError,
      error.code,
      error.message,
    ]);
    expect(errors).toEqual([
      [
        'prompt',
        true,
        'prompt-invalid',
        'Prompt "always" is not one of none, login, consent, select_account.',
      ],
      ['loginHint', true, 'hint-invalid', 'The login_hint contains a control character.'],
      [
        'domainHint',
        true,
        'hint-invalid',
        'The domain_hint contains a space or control character.',
      ],
      [
        'claims',
        true,
        'claims-json',
        'Claims is not valid JSON: expected a value at character 14.',
      ],
    ]);
  });
});

describe('readClaimsRequest', () => {
  it("accepts Entra's access_token member (client capabilities)", () => {
    expect(readClaimsRequest('{"access_token":{"xms_cc":{"values":["cp1"]}}}')).toEqual({
      ok: true,
      value: '{"access_token":{"xms_cc":{"values":["cp1"]}}}',
      warnings: [],
    });
  });

  it('warns about unknown members and duplicate names', () => {
    expect(readClaimsRequest('{"id_tokens":{},"userinfo":{"email":null,"email":null}}')).toEqual({
      ok: true,
      value: '{"id_tokens":{},"userinfo":{"email":null}}',
      warnings: [
        'Claims names userinfo.email more than once; the provider will most likely read only the last one.',
        'Claims member "id_tokens" is none of id_token, userinfo or access_token; providers ignore it.',
      ],
    });
  });

  it.each([
    [
      '[1]',
      'claims-invalid',
      'Claims must be a JSON object such as {"id_token":{"auth_time":{"essential":true}}}, not an array.',
    ],
    [
      '{"id_token":true}',
      'claims-invalid',
      'Claims: id_token must be an object of claim names, not a boolean.',
    ],
    [
      '{"userinfo":{"email":"yes"}}',
      'claims-invalid',
      'Claims: userinfo.email must be null or an object such as {"essential":true}, not a string.',
    ],
    [
      '{"id_token":{"acr":{"essential":"true"}}}',
      'claims-invalid',
      'Claims: id_token.acr.essential must be true or false, not a string.',
    ],
    [
      '{"id_token":{"acr":{"values":"urn:mace:incommon:iap:silver"}}}',
      'claims-invalid',
      'Claims: id_token.acr.values must be an array, not a string.',
    ],
    [
      "{'id_token':{}}",
      'claims-json',
      'Claims is not valid JSON: unexpected character at character 2.',
    ],
  ])('refuses %s', (text, code, message) => {
    const result = readClaimsRequest(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SignInInputError);
    expect(result.error.code).toBe(code);
    expect(result.error.message).toBe(message);
  });
});
