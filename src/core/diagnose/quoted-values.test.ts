import { describe, expect, it } from 'vitest';
import { hidesPersonalData, readQuotedValues } from './quoted-values.ts';

function pairs(text: string) {
  return readQuotedValues(text).map((value) => [value.label, value.value, value.epochSeconds]);
}

describe('readQuotedValues', () => {
  it('reads the issuers of IDX10205, leaving out placeholders', () => {
    expect(
      pairs(
        "IDX10205: Issuer validation failed. Issuer: 'https://sts.windows.net/t/'. Did not match: validationParameters.ValidIssuer: 'null' or validationParameters.ValidIssuers: 'https://a/v2.0, https://b/v2.0' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0'.",
      ),
    ).toEqual([
      ['Issuer in the rejected token', 'https://sts.windows.net/t/', undefined],
      ['Expected issuer', 'https://a/v2.0', undefined],
      ['Expected issuer', 'https://b/v2.0', undefined],
      [
        'Issuer of the discovery document',
        'https://login.microsoftonline.com/{tenantid}/v2.0',
        undefined,
      ],
    ]);
  });

  it('reads .NET and ISO times with what they are', () => {
    expect(
      pairs(
        "IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '1/15/2025 11:00:00 AM', Current time (UTC): '1/15/2025 12:30:05 PM'.",
      ),
    ).toEqual([
      ['Valid to (exp, as the validator read it)', '1/15/2025 11:00:00 AM', 1736938800],
      ["Current time (the validator's clock)", '1/15/2025 12:30:05 PM', 1736944205],
    ]);
    expect(
      pairs('expiredAt: 2025-01-15T11:00:00.000Z and Timestamp: 2025-01-15 11:58:02Z'),
    ).toEqual([
      ['Expired at (exp)', '2025-01-15T11:00:00.000Z', 1736938800],
      ['When the error happened', '2025-01-15 11:58:02Z', 1736942282],
    ]);
    expect(
      readQuotedValues("ValidTo (UTC): '13/45/2025 11:00:00'")[0]?.epochSeconds,
    ).toBeUndefined();
    expect(readQuotedValues("ValidTo (UTC): '1/15/2025 12:00:00 AM'")[0]?.epochSeconds).toBe(
      1736899200,
    );
  });

  it('reads the expected values of jsonwebtoken and the scope of a challenge', () => {
    expect(pairs('jwt audience invalid. expected: api://a or api://b\nat verify')).toEqual([
      ['Expected audience', 'api://a', undefined],
      ['Expected audience', 'api://b', undefined],
    ]);
    expect(pairs('Bearer error="insufficient_scope", scope="Orders.Read Orders.Write"')).toEqual([
      ['Scope the API requires', 'Orders.Read', undefined],
      ['Scope the API requires', 'Orders.Write', undefined],
    ]);
  });

  it('shows hidden characters and cuts long values', () => {
    const [value] = readQuotedValues(`kid: 'a\u202Eb${'c'.repeat(300)}'`);
    expect(value?.value.startsWith('a⟨U+202E⟩bccc')).toBe(true);
    expect(value?.value.length).toBe(201);
  });

  it('notices values hidden as personal data', () => {
    expect(
      hidesPersonalData(
        "Audiences: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'",
      ),
    ).toBe(true);
    expect(hidesPersonalData("securitytoken: '[PII is hidden]'")).toBe(true);
    expect(hidesPersonalData("Audiences: 'api://x'")).toBe(false);
  });
});
