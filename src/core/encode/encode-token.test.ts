import fc from 'fast-check';
import {
  compactVerify,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  type CryptoKey,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { decryptToken } from '../decrypt/decrypt-token.ts';
import {
  CONTENT_ENCRYPTIONS,
  SIGNING_ALGORITHMS,
  type ContentEncryption,
  type KeyManagementAlgorithm,
  type SigningAlgorithm,
} from '../keys/jose-algorithms.ts';
import { KeyMaterialError } from '../keys/key-errors.ts';
import { decodeToken } from '../token/decode-token.ts';
import type { SecretEncoding } from '../verify/parse-keys.ts';
import { EC_CERTIFICATE, EC_PRIVATE_KEY_PKCS8, RSA_PKCS1 } from '../verify/test-fixtures.ts';
import { parseKeys } from '../verify/parse-keys.ts';
import { verifySignature } from '../verify/verify-signature.ts';
import { EncodeError } from './encode-errors.ts';
import { encodeToken, type EncodeRequest } from './encode-token.ts';

interface SigningFixture {
  keyText: string;
  secretEncoding: SecretEncoding;
  verifyKey: CryptoKey | Uint8Array;
}

/** One key per algorithm for the whole file, in a different text format per family. */
async function signingFixture(alg: SigningAlgorithm): Promise<SigningFixture> {
  if (alg.startsWith('HS')) {
    const secret = crypto.getRandomValues(new Uint8Array(64));
    return {
      keyText: Buffer.from(secret).toString('base64url'),
      secretEncoding: 'base64url',
      verifyKey: secret,
    };
  }
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const keyText = alg.startsWith('ES')
    ? JSON.stringify(await exportJWK(privateKey))
    : await exportPKCS8(privateKey);
  return { keyText, secretEncoding: 'utf8', verifyKey: publicKey };
}

const fixtures = new Map<SigningAlgorithm, SigningFixture>();
/** Generating RSA keys takes seconds on a busy machine; nothing here waits on a clock. */
const SLOW = 60_000;

beforeAll(async () => {
  for (const alg of SIGNING_ALGORITHMS) fixtures.set(alg, await signingFixture(alg));
}, SLOW);

function request(
  overrides: Partial<EncodeRequest> & Pick<EncodeRequest, 'algorithm'>,
): EncodeRequest {
  const fixture = fixtures.get(overrides.algorithm as SigningAlgorithm);
  return {
    headerText: '{"typ": "JWT"}',
    payloadText: '{"sub": "alice"}',
    keyText: fixture?.keyText ?? '',
    secretEncoding: fixture?.secretEncoding ?? 'utf8',
    ...overrides,
  };
}

async function encoded(input: EncodeRequest) {
  const result = await encodeToken(input);
  if (!result.ok) throw result.error;
  return result.encoded;
}

async function failure(input: EncodeRequest) {
  const result = await encodeToken(input);
  if (result.ok) throw new Error(`expected a failure, got ${result.encoded.token}`);
  return {
    field: result.field,
    code: result.error.code,
    message: result.error.message,
    error: result.error,
  };
}

const RSA_LIKE = /^(RS|PS)/;

describe('encodeToken → decodeToken → compactVerify', { timeout: SLOW }, () => {
  it.each(SIGNING_ALGORITHMS)('%s signs the exact bytes of any JSON payload', async (alg) => {
    const fixture = fixtures.get(alg)!;
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 4 }),
        fc.boolean(),
        async (value, pretty) => {
          const payloadText = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
          const { token, header, format } = await encoded(request({ algorithm: alg, payloadText }));
          expect(format).toBe('jws');
          expect(header).toEqual({ alg, typ: 'JWT' });

          const decoded = decodeToken(token);
          expect(decoded.errors).toEqual([]);
          expect(decoded.format).toBe('jws');
          expect(decoded.header?.value).toEqual({ alg, typ: 'JWT' });
          expect(decoded.payload).toEqual(
            payloadText.startsWith('{') || payloadText.startsWith('[')
              ? { type: 'json', value: JSON.parse(payloadText), text: payloadText, duplicates: [] }
              : { type: 'text', text: payloadText },
          );

          const verified = await compactVerify(token, fixture.verifyKey, { algorithms: [alg] });
          expect(new TextDecoder().decode(verified.payload)).toBe(payloadText);
        },
      ),
      { numRuns: RSA_LIKE.test(alg) ? 12 : 40 },
    );
  });

  it("verifies with the app's own verifier and the public key pasted as PEM", async () => {
    const { privateKey, publicKey } = await generateKeyPair('PS256', { extractable: true });
    const { token } = await encoded(
      request({ algorithm: 'PS256', keyText: await exportPKCS8(privateKey) }),
    );
    const keys = parseKeys(await exportSPKI(publicKey));
    if (!keys.ok) throw keys.error;
    const outcome = await verifySignature({ decoded: decodeToken(token), keySet: keys.keySet });
    expect(outcome.kind).toBe('verified');
  });
});

describe('encodeToken builds the header from the choices', { timeout: SLOW }, () => {
  it('puts a missing alg first and keeps the typed order', async () => {
    const { token } = await encoded(
      request({ algorithm: 'HS256', headerText: '{"typ": "JWT", "kid": "k1"}' }),
    );
    expect(Buffer.from(token.split('.')[0]!, 'base64url').toString()).toBe(
      '{"alg":"HS256","typ":"JWT","kid":"k1"}',
    );
  });

  it('says so when the typed alg disagreed with Algorithm', async () => {
    const result = await encoded(
      request({ algorithm: 'ES256', headerText: '{"typ": "JWT", "alg": "RS256"}' }),
    );
    expect(result.header).toEqual({ typ: 'JWT', alg: 'ES256' });
    expect(result.notices).toEqual([
      'The header said "alg": "RS256"; the token says "alg": "ES256", the algorithm chosen.',
    ]);
    expect(result.summary).toBe('Signed with ES256 using the EC P-256 private key (JWK).');
  });

  it('warns about duplicate members, enc in a JWS header and a weak secret', async () => {
    const result = await encoded(
      request({
        algorithm: 'HS256',
        headerText: '{"typ": "JWT", "typ": "at+jwt", "enc": "A256GCM"}',
        payloadText: '{"sub": "a", "sub": "b"}',
        keyText: 'secret',
        secretEncoding: 'utf8',
      }),
    );
    expect(result.header).toEqual({ alg: 'HS256', typ: 'at+jwt', enc: 'A256GCM' });
    expect(result.warnings).toEqual([
      'The header gives "typ" 2 times; the token carries only the last value, as JSON.parse reads it.',
      'The header has "enc", which only an encrypted token (JWE) uses; a receiver may mistake this signed token for an encrypted one.',
      'The payload gives "sub" 2 times; the token keeps every copy as typed, and a last-wins parser reads the last.',
      'This secret is a well-known default from tutorials and samples: anyone can forge tokens signed with it.',
      'The secret is 6 bytes; HS256 needs at least 32 (RFC 7518 §3.2). Short secrets can be brute-forced offline from a single token.',
    ]);
    const decoded = decodeToken(result.token);
    expect(decoded.payload?.type === 'json' && decoded.payload.duplicates).toHaveLength(1);
  });

  it('picks the JWKS entry named by the header kid', async () => {
    const one = await generateKeyPair('ES256', { extractable: true });
    const two = await generateKeyPair('ES256', { extractable: true });
    const jwks = JSON.stringify({
      keys: [
        { ...(await exportJWK(one.privateKey)), kid: 'one' },
        { ...(await exportJWK(two.privateKey)), kid: 'two' },
      ],
    });
    const { token } = await encoded(
      request({ algorithm: 'ES256', headerText: '{"kid": "two"}', keyText: jwks }),
    );
    await expect(compactVerify(token, two.publicKey)).resolves.toBeDefined();
    await expect(compactVerify(token, one.publicKey)).rejects.toThrow();
  });

  it('makes a token with an unknown critical parameter, as a tester may want', async () => {
    const { header } = await encoded(
      request({ algorithm: 'HS512', headerText: '{"crit": ["tenant"], "tenant": "contoso"}' }),
    );
    expect(header).toEqual({ alg: 'HS512', crit: ['tenant'], tenant: 'contoso' });
  });
});

describe('encodeToken says which box is wrong', () => {
  it('a header that is not JSON, with the position', async () => {
    const result = await failure(
      request({ algorithm: 'HS256', headerText: '{\n  "typ" "JWT"\n}' }),
    );
    expect(result.error).toBeInstanceOf(EncodeError);
    expect(result).toMatchObject({
      field: 'header',
      code: 'json-syntax',
      message: "The header is not valid JSON: expected ':' (line 2, column 9).",
    });
    expect((result.error as EncodeError).position).toEqual({ offset: 10, line: 2, column: 9 });
  });

  it('a header that is not an object', async () => {
    expect(await failure(request({ algorithm: 'HS256', headerText: 'null' }))).toMatchObject({
      field: 'header',
      code: 'header-not-object',
      message: 'The header must be a JSON object, but this is null.',
    });
  });

  it('a header jose will not put in a token', async () => {
    expect(
      await failure(request({ algorithm: 'HS256', headerText: '{"crit": []}' })),
    ).toMatchObject({
      field: 'header',
      code: 'header-rejected',
      message:
        'jose refused the header: "crit" (Critical) Header Parameter MUST be an array of non-empty strings when present.',
    });
    expect(
      await failure(request({ algorithm: 'HS256', headerText: '{"b64": false, "crit": ["b64"]}' })),
    ).toMatchObject({
      field: 'header',
      code: 'header-rejected',
      message:
        'The header says "b64": false (RFC 7797, unencoded payload), but the encoder makes ordinary compact tokens, whose payload is base64url-encoded: remove "b64".',
    });
  });

  it('a payload that is not JSON', async () => {
    expect(
      await failure(request({ algorithm: 'HS256', payloadText: '{"sub": alice}' })),
    ).toMatchObject({
      field: 'payload',
      code: 'json-syntax',
      message: 'The payload is not valid JSON: unexpected character (line 1, column 9).',
    });
  });

  it('a key that does not fit, as a KeyMaterialError on the key box', async () => {
    const result = await failure(
      request({ algorithm: 'RS256', keyText: fixtures.get('ES256')!.keyText }),
    );
    expect(result.error).toBeInstanceOf(KeyMaterialError);
    expect(result).toMatchObject({
      field: 'key',
      code: 'wrong-algorithm',
      message: 'This is a P-256 EC key: it signs ES256, not RS256.',
    });
  });
});

describe('encodeToken encrypts (JWE)', { timeout: SLOW }, () => {
  let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
  let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
  let x25519: { privateKey: CryptoKey; publicKey: CryptoKey };
  beforeAll(async () => {
    rsa = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    ec = await generateKeyPair('ECDH-ES', { crv: 'P-384', extractable: true });
    x25519 = await generateKeyPair('ECDH-ES', { crv: 'X25519', extractable: true });
  }, SLOW);

  const SECRET_BYTES: Record<ContentEncryption, number> = {
    A128GCM: 16,
    A256GCM: 32,
    'A128CBC-HS256': 32,
  };

  async function keysFor(
    alg: KeyManagementAlgorithm,
    enc: ContentEncryption,
    curve: 'P-384' | 'X25519',
  ) {
    if (alg === 'A256KW' || alg === 'dir') {
      const secret = Buffer.from(
        new Uint8Array(alg === 'dir' ? SECRET_BYTES[enc] : 32).map((_, i) => i * 7 + 3),
      );
      return { encryptWith: secret.toString('base64'), decryptWith: secret.toString('base64') };
    }
    const pair = alg === 'RSA-OAEP-256' ? rsa : curve === 'X25519' ? x25519 : ec;
    return {
      encryptWith: JSON.stringify(await exportJWK(pair.publicKey)),
      decryptWith: await exportPKCS8(pair.privateKey),
    };
  }

  const CASES = (['RSA-OAEP-256', 'ECDH-ES', 'ECDH-ES+A256KW', 'A256KW', 'dir'] as const).flatMap(
    (alg) => CONTENT_ENCRYPTIONS.map((enc) => [alg, enc] as const),
  );

  it.each(CASES)('%s with %s: decryptToken gives back the payload', async (alg, enc) => {
    for (const curve of alg.startsWith('ECDH')
      ? (['P-384', 'X25519'] as const)
      : (['P-384'] as const)) {
      const keys = await keysFor(alg, enc, curve);
      const payloadText = '{\n  "sub": "alice",\n  "emoji": "😀"\n}';
      const result = await encoded({
        headerText: '{"typ": "JWT"}',
        payloadText,
        algorithm: alg,
        enc,
        keyText: keys.encryptWith,
        secretEncoding: 'base64',
      });
      expect(result.format).toBe('jwe');
      expect(result.header).toEqual({ alg, typ: 'JWT', enc });
      expect(result.notices).toEqual([]);
      const decoded = decodeToken(result.token);
      expect(decoded.format).toBe('jwe');
      expect(decoded.errors).toEqual([]);
      const decrypted = await decryptToken({
        token: result.token,
        keyText: keys.decryptWith,
        secretEncoding: 'base64',
      });
      if (!decrypted.ok) throw decrypted.error;
      expect(decrypted.decrypted.plaintext).toEqual({
        type: 'json',
        value: { sub: 'alice', emoji: '😀' },
        text: payloadText,
        prettyText: payloadText,
      });
    }
  });

  it('nests a signed token, adding cty: JWT and saying so', async () => {
    const inner = await encoded(request({ algorithm: 'ES256' }));
    const outer = await encoded({
      headerText: '{"alg": "HS256", "typ": "JWT"}',
      payloadText: `\n${inner.token}\n`,
      algorithm: 'RSA-OAEP-256',
      keyText: await exportSPKI(rsa.publicKey),
      secretEncoding: 'utf8',
    });
    expect(outer.header).toEqual({ alg: 'RSA-OAEP-256', typ: 'JWT', enc: 'A256GCM', cty: 'JWT' });
    expect(outer.notices).toEqual([
      'The header said "alg": "HS256"; the token says "alg": "RSA-OAEP-256", the algorithm chosen.',
      'The payload is a signed token, so the header says "cty": "JWT" (RFC 7519 §5.2): receivers then decode and verify the inner token.',
    ]);
    expect(outer.summary).toBe(
      'Encrypted with RSA-OAEP-256 and A256GCM using the RSA 2048 public key (PEM SPKI).',
    );
    const decrypted = await decryptToken({
      token: outer.token,
      keyText: await exportPKCS8(rsa.privateKey),
      secretEncoding: 'utf8',
    });
    expect(decrypted.ok && decrypted.decrypted.plaintext).toEqual({
      type: 'nested-jwt',
      token: inner.token,
      because: 'cty',
    });
  });

  it('warns when cty says JWT but the payload is JSON, and notes a changed enc', async () => {
    const result = await encoded({
      headerText: '{"cty": "JWT", "enc": "A128GCM"}',
      payloadText: '{}',
      algorithm: 'dir',
      enc: 'A256GCM',
      keyText: Buffer.alloc(32, 1).toString('base64url'),
      secretEncoding: 'base64url',
    });
    expect(result.notices).toEqual([
      'The header said "enc": "A128GCM"; the token says "enc": "A256GCM", the content encryption chosen.',
    ]);
    expect(result.warnings).toEqual([
      'The header says "cty": "JWT", but the payload is not a signed token: a receiver will try to read it as a nested JWT and fail.',
    ]);
  });

  it('hints that a JWE payload may be a token when it is neither JSON nor one', async () => {
    expect(
      await failure({
        headerText: '{}',
        payloadText: 'eyJhbGciOi.broken',
        algorithm: 'A256KW',
        keyText: Buffer.alloc(32).toString('base64'),
        secretEncoding: 'base64',
      }),
    ).toMatchObject({
      field: 'payload',
      code: 'json-syntax',
      message:
        'The payload is not valid JSON: unexpected character (line 1, column 1). The payload of an encrypted token may also be a compact JWS (a nested JWT).',
    });
  });

  it('refuses keys that do not fit the alg and enc', async () => {
    const base = { headerText: '{}', payloadText: '{}', secretEncoding: 'base64' as const };
    expect(
      await failure({ ...base, algorithm: 'A256KW', keyText: Buffer.alloc(16).toString('base64') }),
    ).toMatchObject({
      field: 'key',
      code: 'key-length-mismatch',
      message:
        'A256KW wraps the content key with an AES key, which is 32 bytes (256 bits); this key is 16 bytes.',
    });
    expect(
      await failure({
        ...base,
        algorithm: 'dir',
        enc: 'A128CBC-HS256',
        keyText: Buffer.alloc(16).toString('base64'),
      }),
    ).toMatchObject({
      field: 'key',
      code: 'key-length-mismatch',
      message:
        'dir uses the key itself as the A128CBC-HS256 content encryption key, which is 32 bytes (256 bits); this key is 16 bytes.',
    });
    expect(
      await failure({
        ...base,
        algorithm: 'RSA-OAEP-256',
        keyText: await exportPKCS8(rsa.privateKey),
      }),
    ).toMatchObject({
      field: 'key',
      code: 'private-key',
      message:
        'This is the RSA 2048 private key (PEM PKCS#8): encrypting with RSA-OAEP-256 needs the recipient\'s public key (a JWK without "d", or a PEM PUBLIC KEY or CERTIFICATE block). Key tools can derive it from this private key.',
    });
    expect(
      await failure({ ...base, algorithm: 'ECDH-ES', keyText: await exportSPKI(rsa.publicKey) }),
    ).toMatchObject({
      field: 'key',
      code: 'wrong-algorithm',
      message: 'This is an RSA 2048 key: it encrypts with RSA-OAEP-256, not ECDH-ES.',
    });
    const ed = await generateKeyPair('EdDSA', { extractable: true });
    expect(
      await failure({
        ...base,
        algorithm: 'RSA-OAEP-256',
        keyText: JSON.stringify(await exportJWK(ed.publicKey)),
      }),
    ).toMatchObject({
      field: 'key',
      code: 'wrong-algorithm',
      message:
        'This is an Ed25519 key: it only signs (EdDSA) and cannot encrypt with RSA-OAEP-256.',
    });
    expect(
      await failure({ ...base, algorithm: 'ECDH-ES+A256KW', keyText: 'c2VjcmV0' }),
    ).toMatchObject({
      field: 'key',
      code: 'not-a-key',
      message:
        "This is not a key: ECDH-ES+A256KW needs the recipient's EC (P-256, P-384, P-521) or X25519 public key (JWK, or PEM: PUBLIC KEY or CERTIFICATE).",
    });
  });

  it('encrypts to a certificate or a PKCS#1 public key', async () => {
    const toCertificate = await encoded({
      headerText: '{}',
      payloadText: '{"to": "certificate"}',
      algorithm: 'ECDH-ES+A256KW',
      keyText: EC_CERTIFICATE,
      secretEncoding: 'utf8',
    });
    expect(toCertificate.summary).toBe(
      'Encrypted with ECDH-ES+A256KW and A256GCM using the EC P-256 public key (X.509 certificate).',
    );
    const decrypted = await decryptToken({
      token: toCertificate.token,
      keyText: EC_PRIVATE_KEY_PKCS8,
      secretEncoding: 'utf8',
    });
    expect(decrypted.ok && decrypted.decrypted.plaintext).toMatchObject({
      type: 'json',
      value: { to: 'certificate' },
    });
    const toPkcs1 = await encoded({
      headerText: '{}',
      payloadText: '{}',
      algorithm: 'RSA-OAEP-256',
      keyText: RSA_PKCS1,
      secretEncoding: 'utf8',
    });
    expect(toPkcs1.summary).toBe(
      'Encrypted with RSA-OAEP-256 and A256GCM using the RSA 2048 public key (PEM PKCS#1).',
    );
  });

  it('uses only the public half of a private JWK, and says so', async () => {
    const result = await encoded({
      headerText: '{}',
      payloadText: '{}',
      algorithm: 'ECDH-ES',
      keyText: JSON.stringify(await exportJWK(ec.privateKey)),
      secretEncoding: 'utf8',
    });
    expect(result.warnings).toEqual([
      "This JWK holds a private key; only its public members were used: encrypting needs only the recipient's public key.",
    ]);
  });
});
