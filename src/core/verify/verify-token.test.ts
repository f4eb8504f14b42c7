import { generateKeyPairSync } from 'node:crypto';
import { importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken } from '../token/encode-token.ts';
import { parseKeys, type SecretEncoding } from './parse-keys.ts';
import { EC_CERTIFICATE, EC_CERTIFICATE_X5T, EC_PRIVATE_KEY_PKCS8 } from './test-fixtures.ts';
import { decode, makeKeyPair, signHs256Raw, signToken, utf8 } from './test-tokens.ts';
import { describeKeyMatch, verdictHeadline, verdictText } from './verdict.ts';
import type { KeyDiscovery } from './key-discovery.ts';
import type { KeySet } from './verification-key.ts';
import { DiscoveryError } from './verify-errors.ts';
import { assembleVerdict, immediateVerdict, verifyToken } from './verify-token.ts';
import { immediateOutcome, verifySignature } from './verify-signature.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const claims = {
  iss: 'https://issuer.example',
  sub: 'alice',
  aud: 'api://orders',
  exp: NOW / 1000 + 3600,
};

function keys(
  text: string,
  encoding?: SecretEncoding,
  origin: KeySet['origin'] = 'pasted',
): KeySet {
  const result = parseKeys(text, encoding);
  if (!result.ok) throw result.error;
  return { ...result.keySet, origin };
}

async function verdictFor(
  token: string,
  keySet: KeySet | undefined,
  extra: { expectedAudience?: string } = {},
) {
  return verifyToken({ decoded: decodeToken(token), keySet, now: NOW, ...extra });
}

describe('verifyToken: signatures', () => {
  it('picks the key by kid from a JWKS and says which verified', async () => {
    const a = await makeKeyPair('RS256', { kid: 'a' });
    const b = await makeKeyPair('RS256', { kid: 'b' });
    const token = await signToken({ alg: 'RS256', kid: 'b' }, claims, b.privateKey);
    const jwks = keys(JSON.stringify({ keys: [a.publicJwk, b.publicJwk] }), undefined, 'issuer');
    const verdict = await verdictFor(token, jwks);
    expect(verdictHeadline(verdict)).toBe(
      `Signature verified: key "b" (RSA 2048 public key, from the issuer's JWKS) verified the RS256 signature.`,
    );
    expect(verdict.selection?.exclusions.map((exclusion) => exclusion.message)).toEqual([
      `key "a": its kid is not the token's kid "b".`,
    ]);
  });

  it('tries every candidate when the token has no kid, and says which verified', async () => {
    const a = await makeKeyPair('ES256');
    const b = await makeKeyPair('ES256');
    const token = await signToken({ alg: 'ES256' }, claims, b.privateKey);
    const verdict = await verdictFor(
      token,
      keys(JSON.stringify({ keys: [a.publicJwk, b.publicJwk] })),
    );
    expect(verdict.kind).toBe('verified');
    expect(verdict.summary).toBe(
      'key 2 (EC P-256 public key, pasted) verified the ES256 signature after trying 2 keys.',
    );
    expect(verdict.attempts.map((attempt) => attempt.outcome)).toEqual(['mismatch', 'verified']);
  });

  it.each(['RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES384', 'ES512', 'EdDSA', 'Ed25519'])(
    'verifies %s',
    async (alg) => {
      const pair = await makeKeyPair(alg === 'Ed25519' ? 'EdDSA' : alg);
      const token = await signToken({ alg }, claims, pair.privateKey);
      expect((await verdictFor(token, keys(JSON.stringify(pair.publicJwk)))).kind).toBe('verified');
    },
  );

  it('says Invalid signature when the payload was altered', async () => {
    const pair = await makeKeyPair('RS256', { kid: 'k' });
    const token = await signToken({ alg: 'RS256', kid: 'k' }, claims, pair.privateKey);
    const [header, , signature] = token.split('.');
    const altered = `${header}.${encodeToken({}, { ...claims, sub: 'mallory' }).split('.')[1]}.${signature}`;
    const verdict = await verdictFor(altered, keys(JSON.stringify(pair.publicJwk)));
    expect(verdictHeadline(verdict)).toBe(
      'Invalid signature: the RS256 signature was checked and it does not match key "k" (RSA 2048 public key): the token was altered or signed with another key.',
    );
  });

  it('verifies with a pasted X.509 certificate, matching the x5t of a v1-style header', async () => {
    const privateKey = await importPKCS8(EC_PRIVATE_KEY_PKCS8, 'ES256');
    const token = await signToken({ alg: 'ES256', x5t: EC_CERTIFICATE_X5T }, claims, privateKey);
    const verdict = await verdictFor(token, keys(EC_CERTIFICATE));
    expect(verdict.kind).toBe('verified');
    expect(verdict.selection?.matchedBy).toBe('x5t');

    const other = await signToken({ alg: 'ES256', x5t: 'not-this-one' }, claims, privateKey);
    const mismatch = await verdictFor(other, keys(EC_CERTIFICATE));
    expect(mismatch.kind).toBe('no-matching-key');
    expect(mismatch.reasons).toEqual([
      `key 1: its x5t "${EC_CERTIFICATE_X5T}" is not the token's x5t "not-this-one".`,
    ]);
  });

  it('tries a pasted key without a kid, and says why', async () => {
    const pair = await makeKeyPair('ES256');
    const token = await signToken({ alg: 'ES256', kid: 'whatever' }, claims, pair.privateKey);
    const verdict = await verdictFor(token, keys(JSON.stringify(pair.publicJwk)));
    expect(verdict.kind).toBe('verified');
    expect(verdict.reasons[0]).toBe('key 1 has no kid, so it was tried because its type fits.');
  });

  it('reports a kid missing from the issuer set as a possible rotation', async () => {
    const a = await makeKeyPair('RS256', { kid: 'a' });
    const b = await makeKeyPair('RS256', { kid: 'b' });
    const token = await signToken({ alg: 'RS256', kid: 'b' }, claims, b.privateKey);
    const verdict = await verdictFor(
      token,
      keys(JSON.stringify({ keys: [a.publicJwk] }), undefined, 'issuer'),
    );
    expect(verdictHeadline(verdict)).toBe(
      'No matching key: no key has the token\'s kid "b" (JWKS with 1 key). The issuer may have rotated its keys, or the token was not issued by it.',
    );
    expect(verdict.selection?.missingKid).toBe('b');
  });

  it('says so when there are no keys yet', async () => {
    const pair = await makeKeyPair('RS256');
    const token = await signToken({ alg: 'RS256' }, claims, pair.privateKey);
    expect(verdictHeadline(await verdictFor(token, undefined))).toBe(
      "No matching key: there are no keys to check against yet. Press Fetch keys to get the issuer's keys, or paste a key into Keys.",
    );
  });
});

describe('verifyToken: hostile tokens', () => {
  it('refuses an HS256 token with an RSA key as algorithm confusion', async () => {
    const pair = await makeKeyPair('RS256');
    const token = await signHs256Raw(
      { alg: 'HS256' },
      claims,
      utf8(JSON.stringify(pair.publicJwk)),
    );
    const verdict = await verdictFor(token, keys(JSON.stringify({ keys: [pair.publicJwk] })));
    expect(verdictHeadline(verdict)).toMatch(
      /^Cannot verify: algorithm confusion\. The token says HS256/,
    );
    expect(verdict.error?.code).toBe('algorithm-confusion');
  });

  describe('a public key pasted bare is never an HMAC secret', () => {
    const { publicKey: rsa } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const { publicKey: ec } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { publicKey: ed } = generateKeyPairSync('ed25519');
    const spkiPem = rsa.export({ type: 'spki', format: 'pem' }).toString();
    const TEXTS: [string, string][] = [
      ['base64 DER SPKI (EC)', ec.export({ type: 'spki', format: 'der' }).toString('base64')],
      ['base64 DER SPKI (Ed25519)', ed.export({ type: 'spki', format: 'der' }).toString('base64')],
      ['base64 DER SPKI (RSA)', rsa.export({ type: 'spki', format: 'der' }).toString('base64')],
      ['base64 DER PKCS#1', rsa.export({ type: 'pkcs1', format: 'der' }).toString('base64')],
      ['base64url DER SPKI', ec.export({ type: 'spki', format: 'der' }).toString('base64url')],
      ['JSON-escaped PEM', spkiPem.trim().replaceAll('\n', '\\n')],
      ['quoted JSON-escaped PEM', JSON.stringify(spkiPem)],
    ];
    const cases = TEXTS.flatMap(([name, text]) =>
      (['utf8', 'base64', 'base64url'] as const).map((encoding) => [name, encoding, text] as const),
    );

    // The forger MACs with the text as the victim would paste it, and with its decoded bytes.
    it.each(cases)(
      '%s with secret encoding %s reads algorithm confusion',
      async (_n, encoding, text) => {
        const decoded = Buffer.from(text, encoding === 'base64url' ? 'base64url' : 'base64');
        for (const secret of [utf8(text), new Uint8Array(decoded)]) {
          const token = await signHs256Raw({ alg: 'HS256' }, claims, secret);
          const verdict = await verdictFor(token, keys(text, encoding));
          expect(verdict.error?.code).toBe('algorithm-confusion');
          expect(verdictHeadline(verdict)).toMatch(
            /^Cannot verify: algorithm confusion\. The token says HS256/,
          );
        }
      },
    );
  });

  it('refuses a symmetric key from an issuer JWKS as a critical misconfiguration', async () => {
    const secret = utf8('a-long-enough-secret-of-thirty-two-bytes!');
    const published = { kty: 'oct', kid: 's', k: Buffer.from(secret).toString('base64url') };
    const token = await signHs256Raw({ alg: 'HS256', kid: 's' }, claims, secret);
    const verdict = await verdictFor(
      token,
      keys(JSON.stringify({ keys: [published] }), undefined, 'issuer'),
    );
    expect(verdict.kind).toBe('cannot-verify');
    expect(verdict.error?.code).toBe('issuer-published-secret');
    expect(verdictHeadline(verdict)).toBe(
      'Cannot verify: critical issuer misconfiguration: the issuer\'s JWKS publishes a symmetric key (kty "oct": key "s"). A JWKS is public, so anyone who can read it can mint tokens with that key: an HMAC signature checked with it proves nothing, so it is refused. The issuer must remove it and sign with an asymmetric key (RS256, ES256…).',
    );
    // The same key pasted by the user is the user's own secret, and verifies.
    expect((await verdictFor(token, keys(JSON.stringify({ keys: [published] })))).kind).toBe(
      'verified',
    );
  });

  it('flags a symmetric key beside the asymmetric ones of an issuer JWKS', async () => {
    const pair = await makeKeyPair('RS256', { kid: 'r' });
    const token = await signToken({ alg: 'RS256', kid: 'r' }, claims, pair.privateKey);
    const jwks = {
      keys: [{ kty: 'oct', kid: 's', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQ' }, pair.publicJwk],
    };
    const verdict = await verdictFor(token, keys(JSON.stringify(jwks), undefined, 'issuer'));
    expect(verdict.kind).toBe('verified');
    expect(verdict.warnings).toContain(
      'Critical issuer misconfiguration: the issuer\'s JWKS publishes a symmetric key (kty "oct": key "s"). A JWKS is public, so anyone who can read it can mint tokens with that key. It is never used; the issuer must remove it.',
    );
  });

  it('refuses an RS256 token with an HMAC secret', async () => {
    const pair = await makeKeyPair('RS256');
    const token = await signToken({ alg: 'RS256' }, claims, pair.privateKey);
    const verdict = await verdictFor(token, keys('a-long-enough-secret-of-thirty-two-bytes!'));
    expect(verdict.error?.code).toBe('key-type-mismatch');
    expect(verdict.title).toBe('Cannot verify');
  });

  it.each(['none', 'None', 'NONE', 'nOnE'])('calls alg %s an unsecured token', async (alg) => {
    const token = encodeToken({ alg }, claims);
    const verdict = await verdictFor(token, keys('secret'));
    expect(verdictHeadline(verdict)).toBe(
      `Unsecured token: alg "${alg}" means the token carries no signature, so anyone could have written it. No verifier should accept it.`,
    );
  });

  it('never uses a key the token names, and explains when that is all there is', async () => {
    const attacker = await makeKeyPair('RS256');
    const token = await signToken(
      { alg: 'RS256', jku: 'https://attacker.example/keys', jwk: attacker.publicJwk },
      claims,
      attacker.privateKey,
    );
    const alone = await verdictFor(token, undefined);
    expect(verdictHeadline(alone)).toBe(
      "No matching key: the token only points to its own key (jku, jwk), which is never trusted. Fetch the issuer's keys or paste them into Keys.",
    );
    const issuer = await makeKeyPair('RS256');
    const withKeys = await verdictFor(token, keys(JSON.stringify(issuer.publicJwk)));
    expect(withKeys.kind).toBe('invalid-signature');
    expect(withKeys.warnings[0]).toBe(
      'The header names its own key ("jku", "jwk"). Tokenscope never fetches or trusts key material chosen by the token itself: a forger would simply name their own key.',
    );
  });

  it('calls a token with an unknown critical extension invalid', async () => {
    const secret = utf8('a-long-enough-secret-of-thirty-two-bytes!');
    const token = await signHs256Raw({ alg: 'HS256', crit: ['exp'], exp: 1 }, claims, secret);
    const verdict = await verdictFor(token, keys('a-long-enough-secret-of-thirty-two-bytes!'));
    expect(verdictHeadline(verdict)).toBe(
      'Invalid signature: the header marks "exp" as critical ("crit"), and Tokenscope does not understand that extension. RFC 7515 §4.1.11 makes such a token invalid whatever its signature.',
    );
  });

  it.each([
    [{ crit: [] }, 'crit must not be an empty list.'],
    [
      { crit: ['kid'], kid: 'x' },
      'crit lists "kid", a standard parameter that must never be listed there.',
    ],
    [{ crit: ['x-missing'] }, 'crit lists "x-missing", but the header has no such parameter.'],
  ])('calls a malformed crit invalid (%#)', async (extra, detail) => {
    const token = await signHs256Raw({ alg: 'HS256', ...extra }, claims, utf8('s'));
    const verdict = await verdictFor(token, keys('s'));
    expect(verdict.error?.code).toBe('crit-invalid');
    expect(verdict.summary).toContain(detail);
  });

  it('calls b64:false not a JWT', async () => {
    const token = await signHs256Raw(
      { alg: 'HS256', b64: false, crit: ['b64'] },
      claims,
      utf8('s'),
    );
    const verdict = await verdictFor(token, keys('s'));
    expect(verdictHeadline(verdict)).toBe(
      'Cannot verify: this is a JWS with an unencoded payload (b64: false, RFC 7797) — not a JWT, and not something a JWT verifier accepts.',
    );
  });

  it('explains that Microsoft-API tokens cannot be verified by third parties', async () => {
    const pair = await makeKeyPair('RS256', { kid: 'k' });
    const token = await signToken(
      { alg: 'RS256', kid: 'k', nonce: 'abc' },
      claims,
      pair.privateKey,
    );
    const verdict = await verdictFor(token, keys(JSON.stringify(pair.publicJwk)));
    expect(verdictHeadline(verdict)).toMatch(
      /^Cannot verify: tokens for Microsoft APIs are not verifiable by third parties\./,
    );
  });

  it('says a token for a Microsoft API without a nonce is that API’s to validate', async () => {
    const pair = await makeKeyPair('RS256', { kid: 'k' });
    const graph = { ...claims, aud: '00000003-0000-0000-c000-000000000000' };
    const good = await signToken({ alg: 'RS256', kid: 'k' }, graph, pair.privateKey);
    const verified = await verdictFor(good, keys(JSON.stringify(pair.publicJwk)));
    expect(verified.title).toBe('Signature verified');
    expect(verified.warnings).toContain(
      'This token is for Microsoft Graph: that API validates it, and a client should send it without parsing it. The signature checks out against these keys, but only that API decides whether it accepts the token.',
    );
    const other = await makeKeyPair('RS256', { kid: 'k' });
    const failed = await verdictFor(good, keys(JSON.stringify(other.publicJwk)));
    expect(failed.title).toBe('Invalid signature');
    expect(failed.warnings.at(-1)).toMatch(
      /this failure does not by itself mean the token is forged\.$/,
    );
    const own = await verdictFor(
      await signToken({ alg: 'RS256', kid: 'k' }, claims, pair.privateKey),
      keys(JSON.stringify(pair.publicJwk)),
    );
    expect(own.warnings.join(' ')).not.toMatch(/Microsoft/);
  });

  it('shows invisible characters in every message that quotes the token', async () => {
    const pair = await makeKeyPair('RS256', { kid: 'k\u202Eevil' });
    const token = await signToken(
      { alg: 'RS256', kid: 'k\u202Eevil' },
      { ...claims, aud: 'api://orders\u{E0041}' },
      pair.privateKey,
    );
    const verdict = await verdictFor(token, keys(JSON.stringify(pair.publicJwk)), {
      expectedAudience: 'api://orders',
    });
    const text = verdictText(verdict);
    expect(text).toContain('⟨U+202E⟩');
    expect(text).toContain('⟨U+E0041⟩');
    expect(text).not.toMatch(/[\u202E\u{E0041}]/u);
    expect(describeKeyMatch(verdict.selection!, decodeToken(token).header?.value)).toBe(
      'The token names its key by kid "k⟨U+202E⟩evil"; kids are compared as exact strings.',
    );
  });
  it('names an algorithm it does not verify', async () => {
    const token = encodeToken({ alg: 'ES256K' }, claims, new Uint8Array(64));
    expect(verdictHeadline(await verdictFor(token, undefined))).toBe(
      'Cannot verify: alg "ES256K" is not a signature algorithm Tokenscope verifies (HS256, HS384, HS512, RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519).',
    );
  });

  it('says when the browser lacks the algorithm', async () => {
    const pair = await makeKeyPair('EdDSA');
    const token = await signToken({ alg: 'EdDSA' }, claims, pair.privateKey);
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: keys(JSON.stringify(pair.publicJwk)),
      now: NOW,
      importKey: () => Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')),
    });
    expect(verdictHeadline(verdict)).toBe('Cannot verify: EdDSA is not supported by this browser.');
  });

  it.each([
    [
      'DataError',
      'Cannot verify: the key could not be used. key 1 could not be imported: the browser refused it (DataError) without saying why: its numbers do not form a valid key (an EC point that is not on its curve, for one).',
    ],
    [
      'OperationError',
      'Cannot verify: the key could not be used. key 1 could not be imported: the browser refused it (OperationError) without saying why: its numbers do not form a usable key.',
    ],
  ])('explains a browser %s that comes without a message', async (name, headline) => {
    const pair = await makeKeyPair('ES256');
    const token = await signToken({ alg: 'ES256' }, claims, pair.privateKey);
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: keys(JSON.stringify(pair.publicJwk)),
      now: NOW,
      importKey: () => Promise.reject(new DOMException('', name)),
    });
    expect(verdictHeadline(verdict)).toBe(headline);
  });

  it('warns about weak HMAC secrets against the token algorithm', async () => {
    const token = await signHs256Raw({ alg: 'HS256' }, claims, utf8('secret'));
    const verdict = await verdictFor(token, keys('secret'));
    expect(verdict.kind).toBe('verified');
    expect(verdict.warnings).toEqual([
      'key 1: This secret is a well-known default from tutorials and samples: anyone can forge tokens signed with it.',
      'key 1: The secret is 6 bytes; HS256 needs at least 32 (RFC 7518 §3.2). Short secrets can be brute-forced offline from a single token.',
    ]);
  });

  it('verifies a base64 secret only once the user says it is base64', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const text = btoa(String.fromCharCode(...secret));
    const token = await signHs256Raw({ alg: 'HS256' }, claims, secret);
    const asText = await verdictFor(token, keys(text));
    expect(asText.kind).toBe('invalid-signature');
    expect(asText.summary).toContain('If the secret is base64-encoded, say so in Secret encoding.');
    expect((await verdictFor(token, keys(text, 'base64'))).kind).toBe('verified');
  });

  it('reports a stripped signature as invalid, a JWE as encrypted and garbage as undecodable', async () => {
    const stripped = encodeToken({ alg: 'RS256' }, claims);
    expect((await verdictFor(stripped, undefined)).error?.code).toBe('signature-missing');
    const jwe = 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.AA.AA.AA.AA';
    expect((await verdictFor(jwe, undefined)).error?.code).toBe('encrypted');
    const garbage = 'eyJhbGciOiJIUzI1NiJ9.e30.a b';
    const verdict = await verdictFor(garbage, undefined);
    expect(verdict.error?.code).toBe('undecodable');
    expect(verdictHeadline(verdict)).toMatch(
      /^Cannot verify: the token does not decode\. Signature segment: character 2 is a space/,
    );
  });
});

describe('immediateOutcome', () => {
  it('answers without cryptography when no key needs trying', async () => {
    const pair = await makeKeyPair('ES256');
    const token = await signToken({ alg: 'ES256' }, claims, pair.privateKey);
    const parsed = parseKeys('{"kty": "EC"');
    const keyProblem = parsed.ok ? undefined : parsed.error;
    expect(
      immediateOutcome({ decoded: decode(token), keySet: undefined, keyProblem })?.summary,
    ).toBe(
      "the keys pasted into Keys cannot be used. The keys look like JSON but are not valid JSON: expected '}' at character 13.",
    );
    expect(
      immediateOutcome({ decoded: decode(token), keySet: keys(JSON.stringify(pair.publicJwk)) }),
    ).toBeUndefined();
    expect(
      immediateOutcome({
        decoded: decodeToken(encodeToken({ alg: 'none' }, claims)),
        keySet: undefined,
      })?.kind,
    ).toBe('unsecured');
  });
});

describe('verifyToken: keys through a discovery document', () => {
  const document = {
    url: 'https://issuer.example/.well-known/openid-configuration',
    issuer: 'https://issuer.example',
    jwksUri: 'https://issuer.example/keys',
  };
  const discovery = (source: KeyDiscovery['source'], over: Partial<typeof document> = {}) => ({
    url: over.url ?? document.url,
    source,
    document: { ...document, ...over },
  });

  async function issuerToken(extra: Record<string, unknown> = {}) {
    const pair = await makeKeyPair('ES256', { kid: 'k' });
    const token = await signToken(
      { alg: 'ES256', kid: 'k' },
      { ...claims, ...extra },
      pair.privateKey,
    );
    return { token, jwks: keys(JSON.stringify({ keys: [pair.publicJwk] }), undefined, 'issuer') };
  }

  it('says nothing more when iss named the discovery URL', async () => {
    const { token, jwks } = await issuerToken();
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: jwks,
      now: NOW,
      discovery: discovery('token'),
    });
    expect(verdictHeadline(verdict)).toBe(
      `Signature verified: key "k" (EC P-256 public key, from the issuer's JWKS) verified the ES256 signature.`,
    );
    expect(verdict.provenance).toEqual([]);
    expect(verdict.claims.find((check) => check.claim === 'iss')?.status).toBe('pass');
  });

  it.each([
    ['link', 'came with the link that opened this page'],
    ['typed', 'was typed into Discovery URL'],
  ] as const)('says the keys came from a URL the token did not name (%s)', async (source, how) => {
    const { token, jwks } = await issuerToken({ iss: 'https://issuer.example' });
    const url = 'https://issuer.example/.well-known/openid-configuration?appid=x';
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: jwks,
      now: NOW,
      discovery: discovery(source, { url }),
    });
    expect(verdict.summary).toBe(
      'key "k" (EC P-256 public key, from the JWKS of a discovery URL the token did not name) verified the ES256 signature.',
    );
    expect(verdict.provenance).toEqual([
      `The keys came from a URL the token did not name: ${url} ${how}; the token's iss names https://issuer.example/.well-known/openid-configuration.`,
    ]);
    expect(verdictText(verdict).split('\n')[1]).toBe(verdict.provenance[0]);
  });

  it("never lets another issuer's keys vouch for the token", async () => {
    const { token, jwks } = await issuerToken({ iss: 'https://login.real.example' });
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: jwks,
      now: NOW,
      discovery: discovery('link'),
    });
    expect(verdict.kind).toBe('no-matching-key');
    expect(verdict.error?.code).toBe('issuer-mismatch');
    expect(verdictHeadline(verdict)).toBe(
      'No matching key: the keys came from the discovery document of "https://issuer.example", but the token\'s iss is "https://login.real.example": they are another issuer\'s keys and cannot vouch for this token.',
    );
    expect(verdict.attempts).toEqual([]);
  });

  it('fills a {tenantid} template from tid before comparing', async () => {
    const tid = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const iss = `https://login.microsoftonline.com/${tid}/v2.0`;
    const common = {
      url: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
      issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
      jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    };
    const { token, jwks } = await issuerToken({ iss, tid });
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: jwks,
      now: NOW,
      discovery: discovery('typed', common),
    });
    expect(verdict.kind).toBe('verified');
    const noTid = await issuerToken({ iss });
    const refused = await verifyToken({
      decoded: decode(noTid.token),
      keySet: noTid.jwks,
      now: NOW,
      discovery: discovery('typed', common),
    });
    expect(refused.error?.code).toBe('issuer-mismatch');
    expect(refused.summary).toBe(
      `the keys came from the discovery document of "https://login.microsoftonline.com/{tenantid}/v2.0", a template that needs the token's tid, and the token has none: they cannot be tied to the token's iss "${iss}".`,
    );
  });

  it('says plainly when the JWKS is on another host than the issuer', async () => {
    const { token, jwks } = await issuerToken();
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: jwks,
      now: NOW,
      discovery: discovery('token', { jwksUri: 'https://keys.elsewhere.example/jwks' }),
    });
    expect(verdict.kind).toBe('verified');
    expect(verdict.provenance).toEqual([
      "The keys are served by keys.elsewhere.example, another host than the issuer's (issuer.example): the discovery document names that jwks_uri (https://keys.elsewhere.example/jwks).",
    ]);
  });

  it("offers ?appid= when a Microsoft issuer has no key with the token's kid", async () => {
    const tid = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const api = '6e74172b-be56-4843-9ff4-e66a39bb12e3';
    const iss = `https://login.microsoftonline.com/${tid}/v2.0`;
    const tenantKey = await makeKeyPair('RS256', { kid: 'tenant-key' });
    const appKey = await makeKeyPair('RS256', { kid: 'app-key' });
    const token = await signToken(
      { alg: 'RS256', kid: 'app-key' },
      { ...claims, iss, tid, aud: api },
      appKey.privateKey,
    );
    const url = `${iss}/.well-known/openid-configuration`;
    const microsoft = {
      url,
      source: 'token' as const,
      document: {
        url,
        issuer: iss,
        jwksUri: `https://login.microsoftonline.com/${tid}/discovery/v2.0/keys`,
      },
    };
    const tenantJwks = keys(JSON.stringify({ keys: [tenantKey.publicJwk] }), undefined, 'issuer');
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: tenantJwks,
      now: NOW,
      discovery: microsoft,
    });
    expect(verdict.kind).toBe('no-matching-key');
    expect(verdict.appIdRetry?.url).toBe(`${url}?appid=${api}`);

    // Found: no retry offered; nor for pasted keys, nor for another issuer.
    const appJwks = keys(JSON.stringify({ keys: [appKey.publicJwk] }), undefined, 'issuer');
    expect(
      (
        await verifyToken({
          decoded: decode(token),
          keySet: appJwks,
          now: NOW,
          discovery: microsoft,
        })
      ).appIdRetry,
    ).toBeUndefined();
    const pasted = keys(JSON.stringify({ keys: [tenantKey.publicJwk] }));
    expect(
      (
        await verifyToken({
          decoded: decode(token),
          keySet: pasted,
          now: NOW,
          discovery: microsoft,
        })
      ).appIdRetry,
    ).toBeUndefined();
  });

  it('says why there are no issuer keys when the fetch failed', async () => {
    const { token } = await issuerToken();
    const fetchProblem = new DiscoveryError(
      'issuer-mismatch',
      'The discovery document at X says its issuer is Y.',
    );
    const verdict = await verifyToken({
      decoded: decode(token),
      keySet: undefined,
      now: NOW,
      fetchProblem,
    });
    expect(verdictHeadline(verdict)).toBe(
      "No matching key: the issuer's keys could not be fetched. The discovery document at X says its issuer is Y.",
    );
  });
});

describe('the UI path: immediateVerdict, then verifySignature and assembleVerdict', () => {
  it('gives the same verdict as verifyToken when no key needs trying', async () => {
    const token = encodeToken({ alg: 'none' }, claims);
    const input = { decoded: decodeToken(token), keySet: undefined, now: NOW };
    expect(immediateVerdict(input)).toEqual(await verifyToken(input));
    expect(verdictHeadline(immediateVerdict(input)!)).toMatch(/^Unsecured token: /);
  });

  it('has no immediate verdict when keys must be tried, and assembles the same one after', async () => {
    const pair = await makeKeyPair('ES256', { kid: 'k' });
    const token = await signToken({ alg: 'ES256', kid: 'k' }, claims, pair.privateKey);
    const input = {
      decoded: decode(token),
      keySet: keys(JSON.stringify(pair.publicJwk)),
      now: NOW,
      expectedAudience: 'api://orders',
    };
    expect(immediateVerdict(input)).toBeUndefined();
    const outcome = await verifySignature(input);
    expect(assembleVerdict(outcome, input)).toEqual(await verifyToken(input));
  });

  it('re-checks the claims for a later clock without trying the keys again', async () => {
    const pair = await makeKeyPair('ES256');
    const token = await signToken({ alg: 'ES256' }, claims, pair.privateKey);
    const input = {
      decoded: decode(token),
      keySet: keys(JSON.stringify(pair.publicJwk)),
      now: NOW,
    };
    const outcome = await verifySignature(input);
    const later = assembleVerdict(outcome, { ...input, now: NOW + 2 * 3600_000 });
    expect(later.kind).toBe('verified');
    expect(later.claims.find((check) => check.claim === 'exp')?.status).toBe('fail');
    expect(verdictText(later)).toContain('exp FAILED: Expired at');
  });
});

describe('verdictText', () => {
  it('starts with the verdict and ends with the claim checks', async () => {
    const pair = await makeKeyPair('ES256', { kid: 'k' });
    const token = await signToken({ alg: 'ES256', kid: 'k' }, claims, pair.privateKey);
    const verdict = await verdictFor(token, keys(JSON.stringify(pair.publicJwk)), {
      expectedAudience: 'api://other',
    });
    const lines = verdictText(verdict).split('\n');
    expect(lines[0]).toMatch(/^Signature verified: /);
    expect(lines).toContain(
      'aud FAILED: aud is "api://orders", not the expected "api://other": this token was issued for another audience.',
    );
  });
});
