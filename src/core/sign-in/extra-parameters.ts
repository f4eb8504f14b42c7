import { describeJsonType } from '../token/decode-token.ts';
import { describeJsonFailure, isJsonObject, parseJson } from '../token/parse-json.ts';
import { SignInInputError } from './sign-in-errors.ts';

/** OpenID Connect Core §3.1.2.1 `prompt` values that Microsoft Entra also accepts. */
export const PROMPT_VALUES = ['none', 'login', 'consent', 'select_account'] as const;
export type Prompt = (typeof PROMPT_VALUES)[number];

/** One line per choice, for the Prompt select. */
export const PROMPT_DESCRIPTIONS: Record<Prompt, string> = {
  none: 'none: no page at all; fails with login_required, consent_required or interaction_required unless you are already signed in and have consented.',
  login: 'login: ask for credentials even when a session exists.',
  consent: 'consent: show the consent page even when consent was given before.',
  select_account: 'select_account: show the account picker.',
};

/** The optional authorization parameters, as typed. Empty means "not sent". */
export interface ExtraParameterInput {
  prompt: string;
  loginHint: string;
  domainHint: string;
  claims: string;
}

export type ExtraParameterField = keyof ExtraParameterInput;

export interface ExtraParameters {
  /** Name/value pairs in the order they go into the authorization URL. */
  parameters: [string, string][];
  warnings: string[];
}

export type ExtraParametersResult =
  | { ok: true; extra: ExtraParameters }
  | { ok: false; errors: Partial<Record<ExtraParameterField, SignInInputError>> };

/** Known members of a claims request: OIDC Core §5.5, plus Entra's `access_token`. */
const CLAIMS_TARGETS = new Set(['id_token', 'userinfo', 'access_token']);
const CONTROL_OR_SPACE = /[\s\p{Cc}]/u;
const CONTROL = /\p{Cc}/u;

/**
 * Checks `prompt`, `login_hint`, `domain_hint` and `claims` (a JSON claims request, OIDC Core
 * §5.5) and returns them ready for the authorization URL; every bad field gets its own error.
 */
export function readExtraParameters(input: ExtraParameterInput): ExtraParametersResult {
  const parameters: [string, string][] = [];
  const warnings: string[] = [];
  const errors: Partial<Record<ExtraParameterField, SignInInputError>> = {};

  const prompt = input.prompt.trim();
  if (prompt !== '') {
    if ((PROMPT_VALUES as readonly string[]).includes(prompt)) parameters.push(['prompt', prompt]);
    else
      errors.prompt = new SignInInputError(
        'prompt-invalid',
        `Prompt ${JSON.stringify(prompt)} is not one of ${PROMPT_VALUES.join(', ')}.`,
      );
  }

  const loginHint = input.loginHint.trim();
  if (loginHint !== '') {
    if (CONTROL.test(loginHint)) errors.loginHint = hintError('login_hint', 'a control character');
    else parameters.push(['login_hint', loginHint]);
  }

  const domainHint = input.domainHint.trim();
  if (domainHint !== '') {
    if (CONTROL_OR_SPACE.test(domainHint))
      errors.domainHint = hintError('domain_hint', 'a space or control character');
    else parameters.push(['domain_hint', domainHint]);
  }

  const claims = input.claims.trim();
  if (claims !== '') {
    const request = readClaimsRequest(claims);
    if (request.ok) {
      parameters.push(['claims', request.value]);
      warnings.push(...request.warnings);
    } else {
      errors.claims = request.error;
    }
  }

  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, extra: { parameters, warnings } };
}

function hintError(name: string, what: string): SignInInputError {
  return new SignInInputError('hint-invalid', `The ${name} contains ${what}.`);
}

export type ClaimsRequestResult =
  { ok: true; value: string; warnings: string[] } | { ok: false; error: SignInInputError };

const EXAMPLE = '{"id_token":{"auth_time":{"essential":true}}}';

/** Validates a claims request and returns it as compact JSON for the `claims` parameter. */
export function readClaimsRequest(text: string): ClaimsRequestResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return claimsError('claims-json', `Claims is not valid JSON: ${describeJsonFailure(parsed)}.`);
  }
  const value = parsed.value;
  if (!isJsonObject(value)) {
    return claimsError(
      'claims-invalid',
      `Claims must be a JSON object such as ${EXAMPLE}, not ${describeJsonType(value)}.`,
    );
  }
  const warnings = parsed.duplicates.map(
    (duplicate) =>
      `Claims names ${duplicate.path} more than once; the provider will most likely read only the last one.`,
  );
  for (const [target, claims] of Object.entries(value)) {
    if (!CLAIMS_TARGETS.has(target)) {
      warnings.push(
        `Claims member ${JSON.stringify(target)} is none of id_token, userinfo or access_token; providers ignore it.`,
      );
      continue;
    }
    if (!isJsonObject(claims)) {
      return claimsError(
        'claims-invalid',
        `Claims: ${target} must be an object of claim names, not ${describeJsonType(claims)}.`,
      );
    }
    for (const [claim, request] of Object.entries(claims)) {
      if (request === null) continue;
      const where = `${target}.${claim}`;
      if (!isJsonObject(request)) {
        return claimsError(
          'claims-invalid',
          `Claims: ${where} must be null or an object such as {"essential":true}, not ${describeJsonType(request)}.`,
        );
      }
      if (request.essential !== undefined && typeof request.essential !== 'boolean') {
        return claimsError(
          'claims-invalid',
          `Claims: ${where}.essential must be true or false, not ${describeJsonType(request.essential)}.`,
        );
      }
      if (request.values !== undefined && !Array.isArray(request.values)) {
        return claimsError(
          'claims-invalid',
          `Claims: ${where}.values must be an array, not ${describeJsonType(request.values)}.`,
        );
      }
    }
  }
  return { ok: true, value: JSON.stringify(value), warnings };
}

function claimsError(code: SignInInputError['code'], message: string): ClaimsRequestResult {
  return { ok: false, error: new SignInInputError(code, message) };
}
