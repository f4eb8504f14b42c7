import { describe, expect, it } from 'vitest';
import {
  V2_ACCESS_PAYLOAD,
  V2_HEADER,
  V2_ID_TOKEN_PAYLOAD,
  V1_ACCESS_PAYLOAD,
  V1_HEADER,
} from '../claims/test-tokens.ts';
import { encodeToken } from '../token/encode-token.ts';
import { readTokenSet } from './read-token-set.ts';
import { TokenSetError } from './token-set-error.ts';
import type { TokenSet, TokenSetResult } from './token-set.ts';

const SIGNATURE = new Uint8Array([1, 2, 3, 4]);
const ID_TOKEN = encodeToken(V2_HEADER, V2_ID_TOKEN_PAYLOAD, SIGNATURE);
const ACCESS_TOKEN = encodeToken(V2_HEADER, V2_ACCESS_PAYLOAD, SIGNATURE);
const V1_ACCESS_TOKEN = encodeToken(V1_HEADER, V1_ACCESS_PAYLOAD, SIGNATURE);
/** Shaped like an Entra refresh token: dots, but not a JWT. */
const REFRESH_TOKEN = `0.AXoA${'Qm9vdGhTdHJhcA'.repeat(20)}.AgABAwEAAAApTwJmzXqdR4BN2miheQMYAgDs_wUA9P8`;

function readSet(input: string): TokenSet {
  const result = readTokenSet(input);
  if (!result.ok) throw new Error(`expected a set, got ${result.error.message}`);
  return result.set;
}

function readError(input: string): TokenSetError {
  const result: TokenSetResult = readTokenSet(input);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function tabs(set: TokenSet): string[] {
  return set.members.map((member) => member.label);
}

describe('readTokenSet: a token endpoint response', () => {
  const response = {
    token_type: 'Bearer',
    scope: 'api://contoso/access_as_user openid profile offline_access',
    expires_in: 4499,
    ext_expires_in: 4499,
    access_token: ACCESS_TOKEN,
    refresh_token: REFRESH_TOKEN,
    id_token: ID_TOKEN,
  };

  it('finds the ID token, the access token and the opaque refresh token, in that order', () => {
    const set = readSet(JSON.stringify(response, null, 2));
    expect(set.source).toBe('token-response');
    expect(tabs(set)).toEqual(['ID token', 'Access token', 'Refresh token']);
    expect(set.members.map((member) => [member.id, member.role, member.kind, member.type])).toEqual(
      [
        ['token-1', 'id_token', 'id-token', 'decoded'],
        ['token-2', 'access_token', 'access-token', 'decoded'],
        ['token-3', 'refresh_token', 'refresh-token', 'opaque'],
      ],
    );
    expect(set.summary).toBe(
      'Read 3 tokens from the JSON token response: id_token, access_token, refresh_token.',
    );
    expect(set.response).toEqual({
      tokenType: 'Bearer',
      expiresIn: 4499,
      scope: 'api://contoso/access_as_user openid profile offline_access',
    });
  });

  it('decodes each JWT member and never shows the refresh token', () => {
    const set = readSet(JSON.stringify(response));
    const [id, access, refresh] = set.members;
    expect(id?.type === 'decoded' && id.decoded.payload).toMatchObject({
      type: 'json',
      value: V2_ID_TOKEN_PAYLOAD,
    });
    expect(id?.type === 'decoded' && id.detected.id).toBe('id-token');
    expect(access?.type === 'decoded' && access.detected.id).toBe('access-token-delegated');
    expect(refresh).toMatchObject({ type: 'opaque', length: REFRESH_TOKEN.length });
    expect(refresh?.description).toBe(
      `From the refresh_token member of the token response. An opaque refresh token of ${REFRESH_TOKEN.length} characters: only the identity provider reads it, so there is nothing to decode. Its value is not shown.`,
    );
    const visible = JSON.stringify([set.summary, set.members.map((m) => [m.label, m.description])]);
    expect(visible).not.toContain('AXoA');
  });

  it('reads expires_in given as a string of digits', () => {
    const set = readSet(JSON.stringify({ ...response, expires_in: '3599' }));
    expect(set.response?.expiresIn).toBe(3599);
  });

  it('keeps a single-token response a set of one, decoded as the decoder decodes it', () => {
    const set = readSet(
      JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: ACCESS_TOKEN }),
    );
    expect(set.members).toHaveLength(1);
    expect(set.summary).toBeUndefined();
    const [member] = set.members;
    expect(member?.label).toBe('Access token');
    expect(
      member?.type === 'decoded' && member.decoded.input.steps.map((step) => step.message),
    ).toEqual(['Took access_token from the JSON token response.']);
    expect(set.response).toEqual({ tokenType: 'Bearer', expiresIn: 3599, scope: undefined });
  });

  it('treats a refresh-token-only response as one opaque member', () => {
    const set = readSet(JSON.stringify({ refresh_token: REFRESH_TOKEN }));
    expect(set.members).toEqual([
      expect.objectContaining({ type: 'opaque', kind: 'refresh-token', label: 'Refresh token' }),
    ]);
  });

  it('decodes a refresh token that is a clean JWT', () => {
    const jwtRefresh = encodeToken(
      { alg: 'HS256', typ: 'JWT' },
      { typ: 'Refresh', exp: 1 },
      SIGNATURE,
    );
    const set = readSet(JSON.stringify({ access_token: ACCESS_TOKEN, refresh_token: jwtRefresh }));
    expect(set.members[1]).toMatchObject({
      type: 'decoded',
      kind: 'refresh-token',
      label: 'Refresh token',
    });
  });

  it('keeps an opaque access token opaque', () => {
    const set = readSet(
      JSON.stringify({ access_token: 'EwBwA8l6BAAURSN' + 'x'.repeat(40), id_token: ID_TOKEN }),
    );
    expect(set.members[1]).toMatchObject({
      type: 'opaque',
      kind: 'access-token',
      label: 'Access token',
    });
    expect(set.members[1]?.description).toBe(
      'From the access_token member of the token response. An opaque access token of 55 characters: it is not a JWT, so only the API or identity provider it was issued for can read it. Its value is not shown.',
    );
  });
});

describe('readTokenSet: redirects and parameter strings', () => {
  it('opens both tokens of an implicit-flow fragment, with expires_in and scope', () => {
    const set = readSet(
      `https://app.example/callback#access_token=${ACCESS_TOKEN}&token_type=Bearer&expires_in=3599&scope=openid%20profile&id_token=${ID_TOKEN}&state=xyz`,
    );
    expect(set.source).toBe('url-fragment');
    expect(tabs(set)).toEqual(['ID token', 'Access token']);
    expect(set.summary).toBe('Read 2 tokens from the URL fragment: id_token, access_token.');
    expect(set.members[0]?.description).toBe('From the id_token parameter of the URL fragment.');
    expect(set.response).toEqual({ tokenType: 'Bearer', expiresIn: 3599, scope: 'openid profile' });
  });

  it('opens a bare fragment and a parameter string', () => {
    expect(tabs(readSet(`#id_token=${ID_TOKEN}&access_token=${ACCESS_TOKEN}`))).toEqual([
      'ID token',
      'Access token',
    ]);
    const set = readSet(`id_token=${ID_TOKEN}&access_token=${ACCESS_TOKEN}`);
    expect(set.source).toBe('parameter-string');
    expect(set.members).toHaveLength(2);
  });

  it('keeps a hybrid-flow code for c_hash, and a single ID token a set of one', () => {
    const set = readSet(
      `https://app.example/cb#code=SplxlOBeZQQYbYS6WxSbIA&id_token=${ID_TOKEN}&state=af0`,
    );
    expect(set.members).toHaveLength(1);
    expect(set.source).toBe('url-fragment');
    expect(set.authorizationCode).toBe('SplxlOBeZQQYbYS6WxSbIA');
    expect(set.members[0]).toMatchObject({ role: 'id_token', label: 'ID token' });
    expect(JSON.stringify(set.members.map((m) => m.description))).not.toContain('SplxlOBe');
  });

  it('leaves an identity provider error to the decoder', () => {
    const set = readSet('#error=access_denied&error_description=No');
    expect(set.members).toHaveLength(1);
    const [member] = set.members;
    expect(member?.type === 'decoded' && member.decoded.errors[0]?.code).toBe('error-response');
  });
});

describe('readTokenSet: tokens pasted one per line', () => {
  it('reads one token per line and numbers two of a kind', () => {
    const set = readSet(`${ACCESS_TOKEN}\n${ID_TOKEN}\r\n\n  ${V1_ACCESS_TOKEN}  \n`);
    expect(set.source).toBe('list');
    expect(tabs(set)).toEqual(['Access token', 'ID token', 'Access token 2']);
    expect(set.summary).toBe('Read 3 tokens pasted one after another.');
    expect(set.members[2]?.description).toBe('Token 3 of the 3 pasted.');
  });

  it('reads tokens separated by spaces and tabs, and Bearer lines', () => {
    expect(tabs(readSet(`${ACCESS_TOKEN} \t ${ID_TOKEN}`))).toEqual(['Access token', 'ID token']);
    const set = readSet(`Bearer ${ACCESS_TOKEN}\nBearer ${ID_TOKEN}`);
    expect(tabs(set)).toEqual(['Access token', 'ID token']);
    expect(set.members[0]?.type === 'decoded' && set.members[0].decoded.input.steps[0]?.code).toBe(
      'bearer-prefix',
    );
  });

  it('takes the role from labelled lines, opaque refresh tokens included', () => {
    const set = readSet(
      `"id_token": "${ID_TOKEN}",\naccess_token: ${ACCESS_TOKEN}\nrefresh_token=${REFRESH_TOKEN}`,
    );
    expect(set.members.map((member) => [member.role, member.label, member.type])).toEqual([
      ['id_token', 'ID token', 'decoded'],
      ['access_token', 'Access token', 'decoded'],
      ['refresh_token', 'Refresh token', 'opaque'],
    ]);
  });

  it('labels unnamed opaque pieces as opaque tokens', () => {
    const set = readSet(`${ACCESS_TOKEN}\n${ID_TOKEN}\n${'A'.repeat(32)}`);
    expect(tabs(set)).toEqual(['Access token', 'ID token', 'Opaque token']);
  });

  it('keeps a JWT wrapped over several lines a single token, so the decoder can point at the break', () => {
    const wrapped = ACCESS_TOKEN.match(/.{1,76}/g)!.join('\n');
    const set = readSet(wrapped);
    expect(set.members).toHaveLength(1);
    const [member] = set.members;
    expect(member?.type === 'decoded' && member.decoded.errors.length).toBeGreaterThan(0);
  });

  it('keeps prose around one token a single (undecodable) input', () => {
    expect(readSet(`my token is ${ACCESS_TOKEN}`).members).toHaveLength(1);
  });
});

describe('readTokenSet: a single token', () => {
  it('is a set of one, decoded exactly as decodeToken does', () => {
    const set = readSet(`Bearer ${ACCESS_TOKEN}`);
    expect(set).toMatchObject({ source: 'single', summary: undefined, response: undefined });
    expect(tabs(set)).toEqual(['Access token']);
    expect(set.members[0]?.description).toBe('The pasted token.');
  });

  it('keeps an opaque single value decoded, so the decoder explains it', () => {
    const [member] = readSet('not-a-jwt-at-all-but-long-enough').members;
    expect(member).toMatchObject({ type: 'decoded', kind: 'undecodable' });
    expect(member?.type === 'decoded' && member.decoded.errors[0]?.code).toBe('not-compact');
  });

  it('takes its role from the URL parameter it came from', () => {
    expect(readSet(`#access_token=${ID_TOKEN}`).members[0]).toMatchObject({
      role: 'access_token',
      kind: 'access-token',
      label: 'Access token',
    });
  });

  it('is empty for empty input', () => {
    expect(readSet('  ').members[0]).toMatchObject({ kind: 'empty', label: 'No token' });
  });

  it('leaves the JSON serialisation of a JWS to the decoder', () => {
    const [member] = readSet('{"payload":"x","signatures":[]}').members;
    expect(member?.type === 'decoded' && member.decoded.errors[0]?.code).toBe('json-serialization');
  });
});

describe('readTokenSet: bad input', () => {
  it('says where malformed JSON that looks like a token response breaks', () => {
    const error = readError('{"access_token": "a.b.c", "expires_in": 3599,}');
    expect(error).toBeInstanceOf(TokenSetError);
    expect(error.code).toBe('response-not-json');
    expect(error.position).toBe(46);
    expect(error.message).toBe(
      'This looks like a token endpoint response, but it is not valid JSON: expected a member name in double quotes at character 46.',
    );
  });

  it('says so when a response is cut short', () => {
    const error = readError(`{"token_type":"Bearer","access_token":"${ACCESS_TOKEN.slice(0, 20)}`);
    expect(error.code).toBe('response-not-json');
    expect(error.message).toBe(
      'This looks like a token endpoint response, but it is not valid JSON: unterminated string at character 39.',
    );
  });

  it('lists the members of a response with no tokens', () => {
    const error = readError('{"token_type":"Bearer","expires_in":3599,"scope":"openid"}');
    expect(error.code).toBe('response-no-tokens');
    expect(error.message).toBe(
      'This JSON holds no token: a token response carries id_token, access_token or refresh_token as a string. Its members are "token_type", "expires_in", "scope".',
    );
  });

  it('does not count a token member that is not a string', () => {
    expect(readError('{"access_token":null}').message).toBe(
      'This JSON holds no token: a token response carries id_token, access_token or refresh_token as a string. Its members are "access_token".',
    );
  });

  it('shortens long and many member names', () => {
    const record = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [`${'m'.repeat(45)}${index}`, index]),
    );
    const message = readError(JSON.stringify(record)).message;
    expect(message).toContain(`"${'m'.repeat(40)}…"`);
    expect(message.endsWith(' and 2 more.')).toBe(true);
  });

  it('says an empty object holds nothing', () => {
    expect(readError('{}').message).toBe(
      'This JSON holds no token: a token response carries id_token, access_token or refresh_token as a string. It is an empty object.',
    );
  });

  it('reports a token endpoint error response with its description', () => {
    const error = readError(
      JSON.stringify({
        error: 'invalid_grant',
        error_description:
          'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
        error_codes: [70008],
      }),
    );
    expect(error.code).toBe('error-response');
    expect(error.message).toBe(
      'The token endpoint sent an error instead of tokens: invalid_grant — AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
    );
  });

  it('leaves other malformed JSON to the decoder', () => {
    expect(readTokenSet('{"alg":"HS256"').ok).toBe(true);
  });
});
