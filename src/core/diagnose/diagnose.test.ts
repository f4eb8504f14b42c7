import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeParts, TEST_NOW, V2_ACCESS_PAYLOAD, V2_HEADER } from '../claims/test-tokens.ts';
import { CATALOGUE } from './catalogue.ts';
import { diagnose } from './diagnose.ts';

const TOKEN = decodeParts(V2_HEADER, V2_ACCESS_PAYLOAD);
const API = V2_ACCESS_PAYLOAD.aud;

function ids(text: string): string[] {
  return diagnose(text, TOKEN, TEST_NOW).findings.map((finding) => finding.id);
}

describe('diagnose', () => {
  it('diagnoses IDX10214 against the token’s aud, naming both audiences', () => {
    const diagnosis = diagnose(
      "SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'a3c1e5f7-9b2d-4f6a-8c0e-1d3f5a7b9c2e'. Did not match: validationParameters.ValidAudience: 'api://orders' or validationParameters.ValidAudiences: 'null'.",
      TOKEN,
      TEST_NOW,
    );
    expect(diagnosis.status).toBe('diagnosed');
    expect(diagnosis.summary).toBe('Found IDX10214 (Audience validation failed).');
    expect(diagnosis.findings).toEqual([
      expect.objectContaining({
        id: 'IDX10214',
        code: 'IDX10214',
        familyLabel: 'Microsoft.IdentityModel',
        title: 'Audience validation failed',
        token: {
          verdict: 'causes',
          message: `The token's aud "${API}" is not among the audiences the validator accepts: "api://orders".`,
          claims: [{ where: 'payload', claim: 'aud', value: `"${API}"` }],
        },
      }),
    ]);
    expect(diagnosis.quoted.map((value) => [value.label, value.value])).toEqual([
      ['Audience in the rejected token', API],
      ['Expected audience', 'api://orders'],
    ]);
  });

  it('finds every code of an MSAL exception, in the order they appear', () => {
    const diagnosis = diagnose(
      "MsalServiceException: AADSTS50013: Assertion failed signature validation. [Reason - IDX10503: Signature validation failed. The token's kid is: 'abc'.] Trace ID: 1",
      TOKEN,
      TEST_NOW,
    );
    expect(diagnosis.findings.map((finding) => finding.code)).toEqual(['AADSTS50013', 'IDX10503']);
    expect(diagnosis.summary).toBe(
      "Found 2 known errors: AADSTS50013 (Assertion rejected) and IDX10503 (No key with the token's kid).",
    );
  });

  it('reads the numeric error_codes of an Entra error response', () => {
    expect(
      ids(
        '{"error":"invalid_grant","error_description":"The grant expired.","error_codes":[70008, 50173]}',
      ),
    ).toEqual(['oauth:invalid_grant', 'AADSTS70008', 'AADSTS50173']);
  });

  it('tells AADSTS50013 from AADSTS500133', () => {
    expect(ids('AADSTS500133: Assertion is not within its valid time range.')).toEqual([
      'AADSTS500133',
    ]);
    expect(ids('AADSTS50013: Assertion failed signature validation.')).toEqual(['AADSTS50013']);
  });

  it('prefers the entry that read the failing claim over the bare jose code', () => {
    expect(
      ids(
        `JWTExpired: "exp" claim timestamp check failed { code: 'ERR_JWT_EXPIRED', claim: 'exp' }`,
      ),
    ).toEqual(['jose:exp']);
  });

  it('lists a WWW-Authenticate challenge and the ASP.NET Core description it carries', () => {
    const diagnosis = diagnose(
      `WWW-Authenticate: Bearer error="invalid_token", error_description="The audience 'api://other' is invalid"`,
      TOKEN,
      TEST_NOW,
    );
    expect(diagnosis.findings.map((finding) => finding.id)).toEqual([
      'oauth:invalid_token',
      'aspnetcore:audience',
    ]);
    expect(diagnosis.challenge?.errorDescription).toBe("The audience 'api://other' is invalid");
    expect(diagnosis.findings[1]?.token.verdict).toBe('other-token');
  });

  it('says which codes it does not know, and still shows what the message names', () => {
    const diagnosis = diagnose(
      "IDX19999: Something new. Audiences: 'api://orders'. kid: 'k1'.",
      TOKEN,
      TEST_NOW,
    );
    expect(diagnosis).toMatchObject({
      status: 'unknown-code',
      summary:
        "IDX19999 is not in Tokenscope's catalogue of errors. The values the message names are listed below.",
      findings: [],
      unknownCodes: ['IDX19999'],
    });
    expect(diagnosis.quoted.map((value) => [value.kind, value.value])).toEqual([
      ['audience', 'api://orders'],
      ['key-id', 'k1'],
    ]);
    expect(diagnose('AADSTS9999999 and ERR_JWT_WHATEVER', TOKEN, TEST_NOW).summary).toBe(
      "AADSTS9999999, ERR_JWT_WHATEVER are not in Tokenscope's catalogue of errors. The message names no audience, issuer, key, scope or time that Tokenscope can read.",
    );
  });

  it('names unknown codes next to known ones, and unknown OAuth errors', () => {
    expect(diagnose('IDX10223 then IDX10999', TOKEN, TEST_NOW).summary).toBe(
      "Found IDX10223 (Token expired). Not in Tokenscope's catalogue: IDX10999.",
    );
    expect(
      diagnose('Bearer error="weird_error", error_description="x"', TOKEN, TEST_NOW).unknownCodes,
    ).toEqual(['error "weird_error"']);
  });

  it('says clearly when the text holds no code at all', () => {
    const diagnosis = diagnose('Something went wrong, please try again.', TOKEN, TEST_NOW);
    expect(diagnosis).toEqual({
      status: 'no-code',
      summary:
        "No error code or known error message found: Tokenscope recognises Microsoft.IdentityModel IDX codes, Entra AADSTS codes, WWW-Authenticate Bearer errors, ASP.NET Core's error descriptions and jose and jsonwebtoken messages.",
      findings: [],
      unknownCodes: [],
      quoted: [],
      challenge: undefined,
      notes: [],
    });
    expect(diagnose('It failed at 2025-01-15T11:00:00Z.', TOKEN, TEST_NOW).summary).toMatch(
      / The values the message names are listed below\.$/,
    );
  });

  it('asks for text when there is none', () => {
    expect(diagnose('  \n', TOKEN, TEST_NOW)).toMatchObject({
      status: 'empty',
      summary: 'Paste an error message, a WWW-Authenticate header or an exception to diagnose it.',
    });
  });

  it('explains hidden values and reads at most 64 KiB', () => {
    expect(
      diagnose(
        "IDX10214: Audience validation failed. Audiences: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.",
        TOKEN,
        TEST_NOW,
      ).notes,
    ).toEqual([
      'Microsoft.IdentityModel hid the values in this message ("PII is hidden"). In development, set IdentityModelEventSource.ShowPII = true to see which audience, issuer or key it compared.',
    ]);
    const long = diagnose(`${'x'.repeat(70000)} IDX10214`, TOKEN, TEST_NOW);
    expect(long.notes).toEqual(['Only the first 65,536 characters of the text were read.']);
    expect(long.status).toBe('no-code');
  });

  it('judges time claims at the time given', () => {
    const text = 'TokenExpiredError: jwt expired';
    const exp = V2_ACCESS_PAYLOAD.exp * 1000;
    expect(diagnose(text, TOKEN, exp - 1000).findings[0]?.token.verdict).toBe('passes');
    expect(diagnose(text, TOKEN, exp + 1000).findings[0]?.token.verdict).toBe('causes');
  });

  it('never links to anything but the catalogue’s own pages', () => {
    const urls = new Set(CATALOGUE.map((entry) => entry.source.url));
    const catalogueText = fc.constantFrom(...CATALOGUE.map((entry) => entry.code));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), catalogueText, fc.constant('https://evil.example/?q=')), {
          maxLength: 8,
        }),
        (parts) => {
          const diagnosis = diagnose(parts.join(' '), TOKEN, TEST_NOW);
          for (const finding of diagnosis.findings) expect(urls.has(finding.source.url)).toBe(true);
          expect(JSON.stringify(diagnosis.findings.map((finding) => finding.source))).not.toContain(
            'evil',
          );
        },
      ),
    );
  });

  it('reads hostile text without getting stuck', () => {
    const hostile = `${"Audiences: '".repeat(3000)}${'IDX1'.repeat(3000)}${'Bearer a="'.repeat(2000)}`;
    expect(diagnose(hostile, TOKEN, TEST_NOW).status).toBe('no-code');
  });
});
