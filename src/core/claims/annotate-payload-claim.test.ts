import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../token/parse-json.ts';
import { annotatePayloadClaim } from './annotate-payload-claim.ts';
import type { ClaimAnnotation } from './claim-annotation.ts';
import { PERSONAL_ACCOUNT_TENANT_ID } from './microsoft-issuer.ts';
import {
  TEST_NOW,
  TEST_NOW_SECONDS,
  TEST_TENANT_ID,
  V1_ACCESS_PAYLOAD,
  V2_ACCESS_PAYLOAD,
  V2_APP_ONLY_PAYLOAD,
  V2_ID_TOKEN_PAYLOAD,
} from './test-tokens.ts';

function annotate(name: string, payload: JsonObject): ClaimAnnotation {
  return annotatePayloadClaim(name, payload[name]!, {
    header: { alg: 'RS256' },
    payload,
    now: TEST_NOW,
  });
}

const noteTexts = (annotation: ClaimAnnotation) => annotation.notes.map((note) => note.text);
const items = (annotation: ClaimAnnotation) => annotation.list?.items;

describe('NumericDate claims', () => {
  it.each(['exp', 'nbf', 'iat', 'auth_time', 'updated_at'])(
    'annotates %s with UTC and relative time',
    (name) => {
      const annotation = annotate(name, { [name]: TEST_NOW_SECONDS + 42 * 60 });
      expect(annotation.date).toMatchObject({
        epochSeconds: TEST_NOW_SECONDS + 42 * 60,
        utc: '2025-01-15T12:42:00Z',
        relative: 'in 42 min',
      });
      expect(annotation.notes).toEqual([]);
    },
  );

  it('says how long ago a past date was', () => {
    expect(annotate('iat', { iat: TEST_NOW_SECONDS - 3 * 86400 }).date?.relative).toBe(
      '3 days ago',
    );
  });

  it('warns when a date looks like milliseconds', () => {
    const annotation = annotate('exp', { exp: TEST_NOW + 3_600_000 });
    expect(annotation.notes).toEqual([
      {
        tone: 'warning',
        text: expect.stringMatching(/looks like milliseconds.*2025-01-15T13:00:00Z \(in 1 h\)/),
      },
    ]);
  });

  it('does not warn for a date in seconds', () => {
    expect(annotate('exp', { exp: TEST_NOW_SECONDS + 3600 }).notes).toEqual([]);
  });

  it('warns when a date is not a number', () => {
    const annotation = annotate('exp', { exp: '1736946000' });
    expect(annotation.date).toBeUndefined();
    expect(noteTexts(annotation)[0]).toMatch(/must be a number of seconds.*a string/);
  });

  it('reads a small pwd_exp as seconds after iat', () => {
    const annotation = annotate('pwd_exp', { iat: TEST_NOW_SECONDS, pwd_exp: 86400 });
    expect(annotation.date?.utc).toBe('2025-01-16T12:00:00Z');
    expect(noteTexts(annotation)).toEqual([
      '86400 seconds after iat: read as a duration, not as a date.',
    ]);
  });

  it('reads a pwd_exp that is a date as a date', () => {
    const annotation = annotate('pwd_exp', {
      iat: TEST_NOW_SECONDS,
      pwd_exp: TEST_NOW_SECONDS + 86400,
    });
    expect(annotation.date?.relative).toBe('in 24 h');
    expect(annotation.notes).toEqual([]);
  });
});

describe('aud', () => {
  it('says a single audience is single, listing it only when the token does', () => {
    const annotation = annotate('aud', { aud: 'api://orders' });
    expect(annotation.list).toBeUndefined();
    expect(noteTexts(annotation)).toEqual([
      'Single audience: only this recipient may accept the token.',
    ]);
    const listed = annotate('aud', { aud: ['api://orders'] });
    expect(listed.list).toEqual({ label: '1 audience', items: [{ value: 'api://orders' }] });
    expect(noteTexts(listed)[0]).toMatch(/^Single audience, in a list/);
  });

  it('lists several audiences', () => {
    const annotation = annotate('aud', { aud: ['a', 'b'] });
    expect(annotation.list?.label).toBe('2 audiences');
    expect(noteTexts(annotation)[0]).toMatch(/^Several audiences/);
  });

  it('names a Microsoft first-party API and says only it validates the token', () => {
    expect(noteTexts(annotate('aud', { aud: '00000003-0000-0000-c000-000000000000' }))).toEqual([
      'Single audience: only this recipient may accept the token.',
      'Microsoft Graph, a Microsoft API: only Microsoft Graph validates this token. Third parties cannot validate it, and clients must not parse it.',
    ]);
    const listed = annotate('aud', { aud: ['api://orders', 'https://management.azure.com/'] });
    expect(items(listed)).toEqual([
      { value: 'api://orders' },
      { value: 'https://management.azure.com/', meaning: 'Azure Resource Manager' },
    ]);
  });

  it('shows invisible characters in listed values and in notes that quote them', () => {
    expect(items(annotate('aud', { aud: ['api://orders\u3164', 'b'] }))?.[0]).toEqual({
      value: 'api://orders⟨U+3164⟩',
    });
    expect(noteTexts(annotate('acct', { acct: '1\u034F' }))).toEqual([
      '"1⟨U+034F⟩" is not an account status value Tokenscope knows.',
    ]);
  });

  it('warns about an empty or malformed audience', () => {
    expect(noteTexts(annotate('aud', { aud: [] }))[0]).toMatch(/empty/);
    expect(noteTexts(annotate('aud', { aud: 42 }))[0]).toMatch(/a number/);
  });
});

describe('URL values', () => {
  it('say why a deceptive URL is not linked', () => {
    expect(noteTexts(annotate('website', { website: 'https://\u0430pple.com' }))).toEqual([
      'Not a link: it shows \u0430pple.com but opens xn--pple-43d.com, its punycode form: an internationalised domain name can imitate a familiar one, and it mixes Latin and Cyrillic letters in one name.',
    ]);
    expect(noteTexts(annotate('website', { website: 'https://example.com/' }))).toEqual([]);
  });
});

describe('scp and scope', () => {
  it('splits scp into scopes', () => {
    expect(annotate('scp', V1_ACCESS_PAYLOAD).list).toEqual({
      label: '2 scopes',
      items: [{ value: 'Orders.Read' }, { value: 'Orders.Write' }],
    });
  });

  it('splits scope and explains the OpenID Connect scopes', () => {
    expect(items(annotate('scope', { scope: ' openid  offline_access api:read ' }))).toEqual([
      { value: 'openid', meaning: 'sign the user in with OpenID Connect' },
      {
        value: 'offline_access',
        meaning: 'get a refresh token, to keep access while the user is away',
      },
      { value: 'api:read' },
    ]);
  });

  it('warns when scopes are not one string', () => {
    const annotation = annotate('scp', { scp: ['a', 'b'] });
    expect(annotation.list).toBeUndefined();
    expect(noteTexts(annotation)[0]).toMatch(/space-separated string/);
  });
});

describe('roles', () => {
  it('calls roles in an app-only token application permissions', () => {
    const annotation = annotate('roles', V2_APP_ONLY_PAYLOAD);
    expect(annotation.list).toEqual({ label: '1 role', items: [{ value: 'Orders.Read.All' }] });
    expect(noteTexts(annotation)[0]).toMatch(/application permissions/);
  });

  it('calls roles next to scp the user’s app roles', () => {
    const annotation = annotate('roles', { scp: 'x', roles: ['Admin', 'Reader'] });
    expect(annotation.list?.label).toBe('2 roles');
    expect(noteTexts(annotation)[0]).toMatch(/signed-in user/);
  });

  it('calls roles in an ID token the user’s app roles, agreeing with the token kind', () => {
    const idToken = { ...V2_ID_TOKEN_PAYLOAD, roles: ['Approver'] };
    expect(noteTexts(annotate('roles', idToken))).toEqual([
      'Roles given to the signed-in user in this application.',
    ]);
    const withoutNonce = Object.fromEntries(
      Object.entries(idToken).filter(([name]) => name !== 'nonce'),
    ) as JsonObject;
    expect(noteTexts(annotate('roles', withoutNonce))).toEqual([
      'Roles given to the signed-in user in this application.',
    ]);
  });

  it('warns about roles that are not strings', () => {
    expect(noteTexts(annotate('roles', { roles: [1] }))[0]).toMatch(/Expected a list of strings/);
  });
});

describe('amr', () => {
  it('explains authentication methods', () => {
    expect(
      items(
        annotate('amr', {
          amr: ['pwd', 'mfa', 'ngcmfa', 'wiaormfa', 'fed', 'rsa', 'otp', 'wia', 'none', 'xyz'],
        }),
      ),
    ).toEqual([
      { value: 'pwd', meaning: 'password' },
      { value: 'mfa', meaning: 'multi-factor authentication' },
      { value: 'ngcmfa', meaning: expect.stringMatching(/multi-factor/) },
      { value: 'wiaormfa', meaning: expect.stringMatching(/Windows integrated/) },
      { value: 'fed', meaning: expect.stringMatching(/federated/) },
      { value: 'rsa', meaning: expect.stringMatching(/RSA key/) },
      { value: 'otp', meaning: 'one-time code' },
      { value: 'wia', meaning: 'Windows integrated authentication' },
      { value: 'none', meaning: 'no authentication was completed' },
      { value: 'xyz' },
    ]);
  });
});

describe('appidacr, azpacr and acct', () => {
  it.each([
    ['appidacr', '0', /public client/],
    ['appidacr', '1', /client secret/],
    ['azpacr', '2', /client certificate/],
    ['acct', 0, /member/],
    ['acct', '1', /guest/],
  ] as [string, JsonValue, RegExp][])('explains %s %j', (name, value, meaning) => {
    const annotation = annotate(name, { [name]: value });
    expect(annotation.notes).toEqual([{ tone: 'info', text: expect.stringMatching(meaning) }]);
  });

  it('warns about values it does not know', () => {
    expect(annotate('azpacr', { azpacr: '7' }).notes[0]?.tone).toBe('warning');
  });
});

describe('acr', () => {
  it('explains the v1.0 values', () => {
    expect(noteTexts(annotate('acr', V1_ACCESS_PAYLOAD))[0]).toMatch(/met the ISO\/IEC 29115/);
    expect(noteTexts(annotate('acr', { acr: '0' }))[0]).toMatch(/did not meet/);
  });

  it('leaves other values alone', () => {
    expect(annotate('acr', { acr: 'urn:mace:incommon:iap:silver' }).notes).toEqual([]);
    expect(annotate('acr', { acr: '1', iss: 'https://issuer.example' }).notes).toEqual([]);
  });
});

describe('wids', () => {
  it('names built-in directory roles', () => {
    expect(items(annotate('wids', V1_ACCESS_PAYLOAD))).toEqual([
      { value: '62e90394-69f5-4237-9190-012177145e10', meaning: 'Global Administrator' },
      {
        value: 'b79fbf4d-3ef9-4689-8143-76b194e85509',
        meaning: expect.stringMatching(/ordinary member users/),
      },
    ]);
  });

  it('says when a role is not one it knows', () => {
    expect(items(annotate('wids', { wids: ['11111111-2222-3333-4444-555555555555'] }))).toEqual([
      {
        value: '11111111-2222-3333-4444-555555555555',
        meaning: 'not a built-in role Tokenscope knows',
      },
    ]);
  });
});

describe('tid', () => {
  it('recognises the personal-account tenant', () => {
    expect(noteTexts(annotate('tid', { tid: PERSONAL_ACCOUNT_TENANT_ID }))[0]).toMatch(
      /^Personal Microsoft account/,
    );
  });

  it('says nothing about an organisation’s tenant', () => {
    expect(annotate('tid', { tid: TEST_TENANT_ID }).notes).toEqual([]);
  });
});

describe('idp', () => {
  it('detects a guest when idp differs from iss', () => {
    const payload = {
      ...V1_ACCESS_PAYLOAD,
      idp: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    };
    expect(noteTexts(annotate('idp', payload))[0]).toMatch(
      /^Guest: the user was authenticated by https:\/\/sts\.windows\.net\/72f988bf/,
    );
  });

  it('recognises a guest with a personal account', () => {
    expect(noteTexts(annotate('idp', { ...V1_ACCESS_PAYLOAD, idp: 'live.com' }))[0]).toMatch(
      /personal Microsoft account/,
    );
  });

  it('says nothing when idp equals iss', () => {
    expect(annotate('idp', { ...V1_ACCESS_PAYLOAD, idp: V1_ACCESS_PAYLOAD.iss }).notes).toEqual([]);
  });
});

describe('group overage', () => {
  const overage = {
    _claim_names: { groups: 'src1' },
    _claim_sources: {
      src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/x/getMemberObjects' },
    },
  };

  it('explains _claim_names and _claim_sources that point to groups', () => {
    expect(noteTexts(annotate('_claim_names', overage))[0]).toMatch(/^Group overage/);
    expect(noteTexts(annotate('_claim_sources', overage))[0]).toMatch(/^Group overage/);
  });

  it('says nothing about distributed claims other than groups', () => {
    expect(annotate('_claim_names', { _claim_names: { address: 'src1' } }).notes).toEqual([]);
  });

  it('explains hasgroups', () => {
    expect(noteTexts(annotate('hasgroups', { hasgroups: true }))[0]).toMatch(/Microsoft Graph/);
    expect(annotate('hasgroups', { hasgroups: false }).notes).toEqual([]);
  });
});

describe('ver and iss', () => {
  it('names the token version', () => {
    expect(noteTexts(annotate('ver', V1_ACCESS_PAYLOAD))).toEqual(['v1.0 token format.']);
    expect(noteTexts(annotate('ver', V2_ACCESS_PAYLOAD))).toEqual(['v2.0 token format.']);
  });

  it('warns when ver and the issuer format disagree', () => {
    const annotation = annotate('ver', { ...V2_ACCESS_PAYLOAD, ver: '1.0' });
    expect(annotation.notes[1]).toEqual({
      tone: 'warning',
      text: 'The issuer has the v2.0 format, but ver says v1.0.',
    });
  });

  it('warns about a version it does not know', () => {
    expect(annotate('ver', { ver: '3.0' }).notes[0]?.tone).toBe('warning');
  });

  it('reads the version and tenant from a Microsoft issuer', () => {
    expect(noteTexts(annotate('iss', V1_ACCESS_PAYLOAD))).toEqual([
      `Microsoft identity platform v1.0 issuer format, tenant ${TEST_TENANT_ID}.`,
    ]);
    expect(noteTexts(annotate('iss', V2_ACCESS_PAYLOAD))[0]).toMatch(/v2\.0 issuer format/);
  });

  it('says nothing about other issuers', () => {
    expect(annotate('iss', { iss: 'https://accounts.google.com' }).notes).toEqual([]);
  });
});

describe('idtyp and xms_cc', () => {
  it('explains app-only and user tokens', () => {
    expect(noteTexts(annotate('idtyp', { idtyp: 'app' }))[0]).toMatch(/^App-only/);
    expect(noteTexts(annotate('idtyp', { idtyp: 'user' }))[0]).toMatch(/user/);
    expect(annotate('idtyp', { idtyp: 'device' }).notes).toEqual([]);
  });

  it('explains cp1', () => {
    expect(noteTexts(annotate('xms_cc', { xms_cc: ['cp1'] }))[0]).toMatch(/^cp1/);
    expect(annotate('xms_cc', { xms_cc: ['cp2'] }).notes).toEqual([]);
  });
});

describe('custom claims', () => {
  it('get no annotation', () => {
    expect(annotate('favourite_colour', { favourite_colour: 'teal' })).toEqual({ notes: [] });
  });
});
