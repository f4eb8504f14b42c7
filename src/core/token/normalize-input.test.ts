import { describe, expect, it } from 'vitest';
import { normalizeInput } from './normalize-input.ts';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln';

function steps(input: string): string[] {
  return normalizeInput(input).steps.map((step) => step.message);
}

describe('normalizeInput', () => {
  it('leaves a bare token alone', () => {
    expect(normalizeInput(TOKEN)).toMatchObject({ token: TOKEN, offset: 0, steps: [] });
  });

  it('removes surrounding whitespace and line breaks', () => {
    const result = normalizeInput(`\n  ${TOKEN}\r\n`);
    expect(result.token).toBe(TOKEN);
    expect(result.offset).toBe(3);
    expect(steps(`\n  ${TOKEN}\r\n`)).toEqual(['Removed surrounding whitespace.']);
  });

  it.each(['Bearer ', 'bearer ', 'BEARER   ', 'Bearer\t'])('removes the %j prefix', (prefix) => {
    const result = normalizeInput(prefix + TOKEN);
    expect(result.token).toBe(TOKEN);
    expect(result.offset).toBe(prefix.length);
    expect(result.steps.map((step) => step.code)).toEqual(['bearer-prefix']);
    expect(result.steps[0]?.message).toBe('Removed the Bearer prefix.');
  });

  it('removes the DPoP prefix', () => {
    expect(normalizeInput(`DPoP ${TOKEN}`).token).toBe(TOKEN);
    expect(steps(`DPoP ${TOKEN}`)).toEqual(['Removed the DPoP prefix.']);
  });

  it.each([`"${TOKEN}"`, `'${TOKEN}'`, `\`${TOKEN}\``])('removes quotes: %s', (input) => {
    expect(normalizeInput(input).token).toBe(TOKEN);
    expect(steps(input)).toEqual(['Removed the surrounding quotes.']);
  });

  it('removes an Authorization header line', () => {
    const input = `Authorization: Bearer ${TOKEN}`;
    expect(normalizeInput(input).token).toBe(TOKEN);
    expect(steps(input)).toEqual([
      'Removed the "Authorization:" header name.',
      'Removed the Bearer prefix.',
    ]);
  });

  it('peels nested layers in any order', () => {
    const input = ` "authorization:bearer ${TOKEN}" `;
    expect(normalizeInput(input).token).toBe(TOKEN);
    expect(normalizeInput(input).steps.map((step) => step.code)).toEqual([
      'whitespace',
      'quotes',
      'authorization-header',
      'bearer-prefix',
    ]);
  });

  it('takes id_token from a redirect URL fragment', () => {
    const input = `https://app.example/callback#id_token=${TOKEN}&state=abc&session_state=x`;
    const result = normalizeInput(input);
    expect(result.token).toBe(TOKEN);
    expect(result.offset).toBe(input.indexOf(TOKEN));
    expect(steps(input)).toEqual(['Took the id_token parameter from the URL fragment.']);
  });

  it('prefers id_token and says the fragment also holds an access token', () => {
    const input = `https://app.example/#access_token=x.y.z&id_token=${TOKEN}&token_type=Bearer`;
    expect(normalizeInput(input).token).toBe(TOKEN);
    expect(steps(input)).toEqual([
      'Took the id_token parameter from the URL fragment (it also holds access_token).',
    ]);
  });

  it('takes access_token from a query string', () => {
    const input = `http://localhost:3000/cb?access_token=${TOKEN}`;
    expect(normalizeInput(input).token).toBe(TOKEN);
    expect(steps(input)).toEqual(['Took the access_token parameter from the URL query string.']);
  });

  it('takes token from a bare fragment and from a parameter string', () => {
    expect(normalizeInput(`#token=${TOKEN}`).token).toBe(TOKEN);
    expect(normalizeInput(`id_token=${TOKEN}&state=1`).token).toBe(TOKEN);
    expect(steps(`id_token=${TOKEN}&state=1`)).toEqual([
      'Took the id_token parameter from the parameter string.',
    ]);
  });

  it('does not mistake a padded token for a parameter string', () => {
    const padded = 'eyJhbGciOiJIUzI1NiJ9=.eyJzdWIiOiJhIn0=.c2ln';
    expect(normalizeInput(padded).token).toBe(padded);
  });

  it('reports a URL that holds no token', () => {
    expect(normalizeInput('https://app.example/cb?code=1').missingToken).toBe('url');
  });

  it('reads an identity provider error', () => {
    const result = normalizeInput(
      '#error=invalid_request&error_description=AADSTS900144%3A%20The%20request%20body%20must%20contain%20client_id&error_uri=https%3A%2F%2Flogin.example%2Ferror',
    );
    expect(result.identityProviderError).toEqual({
      error: 'invalid_request',
      description: 'AADSTS900144: The request body must contain client_id',
      uri: 'https://login.example/error',
    });
  });

  it('takes the token from a JSON token response', () => {
    const input = JSON.stringify({ token_type: 'Bearer', access_token: TOKEN, id_token: 'a.b.c' });
    expect(normalizeInput(input).token).toBe(TOKEN.replace(TOKEN, 'a.b.c'));
    expect(steps(input)).toEqual([
      'Took id_token from the JSON token response (it also holds access_token).',
    ]);
  });

  it('recognises the JSON serialisation of a JWS', () => {
    expect(
      normalizeInput('{"payload":"x","signatures":[{"protected":"y","signature":"z"}]}')
        .jsonSerialization,
    ).toBe(true);
  });

  it('has no offset when the token was percent-decoded', () => {
    const result = normalizeInput('#id_token=a%2Eb.c');
    expect(result.token).toBe('a.b.c');
    expect(result.offset).toBeUndefined();
  });

  it('keeps every parameter of the string a token was taken from', () => {
    expect(
      normalizeInput(`https://app.example/cb#id_token=${TOKEN}&access_token=x.y.z&state=s`)
        .parameters,
    ).toEqual({
      where: 'URL fragment',
      entries: [
        ['id_token', TOKEN],
        ['access_token', 'x.y.z'],
        ['state', 's'],
      ],
    });
    expect(normalizeInput(`code=c&id_token=${TOKEN}`).parameters).toEqual({
      where: 'parameter string',
      entries: [
        ['code', 'c'],
        ['id_token', TOKEN],
      ],
    });
    expect(normalizeInput(TOKEN).parameters).toBeUndefined();
  });
});
