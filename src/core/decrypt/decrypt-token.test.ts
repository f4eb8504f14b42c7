import { readFileSync } from 'node:fs';
import { CompactEncrypt, exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { KeyMaterialError } from '../keys/key-errors.ts';
import { decodeToken } from '../token/decode-token.ts';
import { parseKeys } from '../verify/parse-keys.ts';
import { verifySignature } from '../verify/verify-signature.ts';
import { DecryptError } from './decrypt-errors.ts';
import { decryptToken, type DecryptRequest } from './decrypt-token.ts';

interface JweVector {
  input: { plaintext: string; key?: JWK; pwd?: string; alg: string; enc: string };
  output: { compact?: string };
}

function vector(path: string): JweVector {
  const url = new URL(`../../test-vectors/jose-cookbook/${path}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as JweVector;
}

const PRIVATE_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi']);
const publicPart = (key: JWK) =>
  Object.fromEntries(Object.entries(key).filter(([name]) => !PRIVATE_MEMBERS.has(name)));

async function decrypt(request: Partial<DecryptRequest> & { token: string; keyText: string }) {
  return decryptToken({ secretEncoding: 'utf8', ...request });
}

async function failure(request: Partial<DecryptRequest> & { token: string; keyText: string }) {
  const result = await decrypt(request);
  if (result.ok) throw new Error(`expected a failure, got ${result.decrypted.summary}`);
  return { code: result.error.code, message: result.error.message, error: result.error };
}

/**
 * RFC 7520 §5 examples with a compact serialization, and RFC 8037's X25519 one. §5.10–5.13
 * use what compact JWE cannot express (AAD, unprotected headers, several recipients).
 */
const DECRYPTABLE = [
  [
    'RFC 7520 §5.2 RSA-OAEP, A256GCM',
    'jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json',
    'RSA 4096 private key (JWK)',
  ],
  [
    'RFC 7520 §5.3 PBES2-HS512+A256KW, A128CBC-HS256',
    'jwe/5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json',
    'password',
  ],
  [
    'RFC 7520 §5.4 ECDH-ES+A128KW, A128GCM',
    'jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json',
    'EC P-384 private key (JWK)',
  ],
  [
    'RFC 7520 §5.5 ECDH-ES, A128CBC-HS256',
    'jwe/5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json',
    'EC P-256 private key (JWK)',
  ],
  [
    'RFC 7520 §5.6 dir, A128GCM',
    'jwe/5_6.direct_encryption_using_aes-gcm.json',
    'symmetric key, 16 bytes (JWK)',
  ],
  [
    'RFC 7520 §5.7 A256GCMKW, A128CBC-HS256',
    'jwe/5_7.key_wrap_using_aes-gcm_keywrap_with_aes-cbc-hmac-sha2.json',
    'symmetric key, 32 bytes (JWK)',
  ],
  [
    'RFC 7520 §5.8 A128KW, A128GCM',
    'jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json',
    'symmetric key, 16 bytes (JWK)',
  ],
  [
    'RFC 7520 §5.9 A128KW, A128GCM, zip DEF',
    'jwe/5_9.compressed_content.json',
    'symmetric key, 16 bytes (JWK)',
  ],
  ['RFC 8037 ECDH-ES with X25519, A128GCM', 'curve25519/ecdh-es.json', 'X25519 private key (JWK)'],
] as const;

const RSA_OAEP = vector('jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json');
const ECDH_P384 = vector(
  'jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json',
);
const ECDH_P256 = vector('jwe/5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json');
const PBES2 = vector('jwe/5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json');
const A128KW = vector('jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json');

describe('decryptToken decrypts the RFC 7520 vectors jose supports', () => {
  it.each(DECRYPTABLE)('%s', async (_name, path, keyName) => {
    const { input, output } = vector(path);
    const keyText = input.key ? JSON.stringify(input.key) : input.pwd!;
    const result = await decrypt({ token: output.compact!, keyText });
    if (!result.ok) throw result.error;
    const { decrypted } = result;
    expect([decrypted.alg, decrypted.enc]).toEqual([input.alg, input.enc]);
    expect(decrypted.summary).toBe(
      `Decrypted with the ${keyName}: ${input.alg} with ${input.enc}.`,
    );
    const text =
      decrypted.plaintext.type === 'text' || decrypted.plaintext.type === 'json'
        ? decrypted.plaintext.text
        : '';
    expect(text).toBe(input.plaintext);
    expect(decrypted.headerText).toBe(JSON.stringify(decrypted.header, null, 2));
  });

  it('RFC 7520 §5.1 (RSA1_5) is refused by name: Web Crypto and jose 6 do not do RSAES-PKCS1-v1_5', async () => {
    const { input, output } = vector('jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json');
    const result = await failure({ token: output.compact!, keyText: JSON.stringify(input.key) });
    expect(result.error).toBeInstanceOf(DecryptError);
    expect(result).toMatchObject({
      code: 'unsupported-alg',
      message:
        'RSA1_5 (RSAES-PKCS1-v1_5) cannot be decrypted here: Web Crypto does not implement it and jose 6 dropped it, because the scheme is open to padding-oracle attacks (Bleichenbacher). Re-encrypt with RSA-OAEP-256.',
    });
  });

  it('RFC 7520 §6: a nested JWT comes out as a token to decode and verify like any other', async () => {
    const nested = JSON.parse(
      readFileSync(
        new URL(
          '../../test-vectors/jose-cookbook/6.nesting_signatures_and_encryption.json',
          import.meta.url,
        ),
        'utf8',
      ),
    ) as { sign: { input: { key: JWK }; output: { compact: string } }; encrypt: JweVector };
    const result = await decrypt({
      token: nested.encrypt.output.compact!,
      keyText: JSON.stringify(nested.encrypt.input.key),
    });
    if (!result.ok) throw result.error;
    expect(result.decrypted.plaintext).toEqual({
      type: 'nested-jwt',
      token: nested.sign.output.compact,
      because: 'cty',
    });
    expect(result.decrypted.warnings).toEqual([]);
    const keys = parseKeys(JSON.stringify(publicPart(nested.sign.input.key)));
    if (!keys.ok) throw keys.error;
    const inner = decodeToken(nested.sign.output.compact);
    const outcome = await verifySignature({ decoded: inner, keySet: keys.keySet });
    expect(outcome.kind).toBe('verified');
  });
});

/** Generating RSA keys takes seconds on a busy machine; nothing here waits on a clock. */
const KEYGEN = { timeout: 60_000 };

describe('decryptToken explains failures without saying more than "wrong key"', KEYGEN, () => {
  const WRONG_KEY =
    'This key did not decrypt it: it was encrypted to another key, or altered after it was encrypted. A failed decryption says nothing more, by design.';

  it('another RSA key', async () => {
    const other = await generateKeyPair('RSA-OAEP', { extractable: true });
    expect(
      await failure({
        token: RSA_OAEP.output.compact!,
        keyText: JSON.stringify(await exportJWK(other.privateKey)),
      }),
    ).toMatchObject({ code: 'wrong-key', message: WRONG_KEY });
  });

  it('the right key, but a changed ciphertext', async () => {
    const segments = A128KW.output.compact!.split('.');
    segments[3] = `${segments[3]![0] === 'A' ? 'B' : 'A'}${segments[3]!.slice(1)}`;
    expect(
      await failure({ token: segments.join('.'), keyText: JSON.stringify(A128KW.input.key) }),
    ).toMatchObject({
      code: 'wrong-key',
      message: WRONG_KEY,
    });
  });

  it('the public key where the private key is needed', async () => {
    const result = await failure({
      token: RSA_OAEP.output.compact!,
      keyText: JSON.stringify(publicPart(RSA_OAEP.input.key!)),
    });
    expect(result.error).toBeInstanceOf(KeyMaterialError);
    expect(result).toMatchObject({
      code: 'public-key',
      message:
        'This is the RSA 4096 public key (JWK): decrypting RSA-OAEP needs the private key (a JWK with "d", or a PEM PRIVATE KEY block).',
    });
  });

  it('a key for another algorithm', async () => {
    expect(
      await failure({
        token: RSA_OAEP.output.compact!,
        keyText: JSON.stringify(ECDH_P384.input.key),
      }),
    ).toMatchObject({
      code: 'wrong-algorithm',
      message:
        'This is a P-384 EC key: it decrypts ECDH-ES, ECDH-ES+A128KW, ECDH-ES+A192KW and ECDH-ES+A256KW, not RSA-OAEP.',
    });
  });

  it('an EC key on another curve than the token was encrypted to', async () => {
    expect(
      await failure({
        token: ECDH_P256.output.compact!,
        keyText: JSON.stringify(ECDH_P384.input.key),
      }),
    ).toMatchObject({
      code: 'wrong-key',
      message:
        'This key did not decrypt it: the token was encrypted to a P-256 key (its "epk" is on P-256), and this is a P-384 EC key.',
    });
  });

  it('a shared key of the wrong length', async () => {
    expect(
      await failure({
        token: A128KW.output.compact!,
        keyText: Buffer.alloc(32).toString('base64'),
        secretEncoding: 'base64',
      }),
    ).toMatchObject({
      code: 'key-length-mismatch',
      message:
        'A128KW unwraps the content key with an AES key, which is 16 bytes (128 bits); this key is 32 bytes.',
    });
  });

  it('no key at all', async () => {
    expect(await failure({ token: RSA_OAEP.output.compact!, keyText: '' })).toMatchObject({
      code: 'empty',
      message:
        'Paste a key into Decryption key: this token (RSA-OAEP, A256GCM) needs the RSA private key (a JWK with "d", or a PEM PRIVATE KEY or RSA PRIVATE KEY block).',
    });
  });
});

describe('decryptToken with a password (PBES2)', () => {
  it('says a password is needed, not a key', async () => {
    const token = PBES2.output.compact!;
    expect(await failure({ token, keyText: ' ' })).toMatchObject({
      code: 'password-needed',
      message:
        'This token is encrypted with a password (PBES2-HS512+A256KW): type the password into Decryption key.',
    });
    expect(await failure({ token, keyText: JSON.stringify(A128KW.input.key) })).toMatchObject({
      code: 'password-needed',
      message:
        'This token is encrypted with a password (PBES2-HS512+A256KW), not to a key: type the password it was encrypted with into Decryption key.',
    });
  });

  it('a wrong password', async () => {
    expect(
      await failure({ token: PBES2.output.compact!, keyText: 'not the password' }),
    ).toMatchObject({
      code: 'wrong-key',
      message:
        'This password did not decrypt it: it was encrypted to another key, or altered after it was encrypted. A failed decryption says nothing more, by design.',
    });
  });

  it('refuses an iteration count that would keep the browser busy', async () => {
    const [, ...rest] = PBES2.output.compact!.split('.');
    const header = Buffer.from(
      JSON.stringify({
        alg: 'PBES2-HS512+A256KW',
        p2s: 'AAAAAAAAAAA',
        p2c: 50_000_000,
        enc: 'A128CBC-HS256',
      }),
    ).toString('base64url');
    expect(
      await failure({ token: [header, ...rest].join('.'), keyText: PBES2.input.pwd! }),
    ).toMatchObject({
      code: 'password-too-costly',
      message:
        'This token asks for 50,000,000 PBKDF2 iterations ("p2c"); Tokenscope allows at most 1,000,000, so that a hostile token cannot keep the browser busy.',
    });
  });
});

describe('decryptToken refuses what it cannot decrypt', () => {
  const withHeader = (header: object) =>
    `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${A128KW.output.compact!.split('.').slice(1).join('.')}`;

  it('an empty Token box, or a token that is not a JWE', async () => {
    expect(await failure({ token: ' ', keyText: 'k' })).toMatchObject({
      code: 'empty-token',
      message: 'Paste a JWE into Token to decrypt it.',
    });
    expect(await failure({ token: 'eyJhbGciOiJub25lIn0.e30.', keyText: 'k' })).toMatchObject({
      code: 'not-jwe',
      message:
        'Only an encrypted token (JWE, five segments) can be decrypted: this token is signed or unsecured (three segments), so its payload is already readable in Payload.',
    });
    expect(await failure({ token: 'not a token', keyText: 'k' })).toMatchObject({
      code: 'not-jwe',
      message:
        "Only an encrypted token (JWE, five segments) can be decrypted: this is not a compact token. This is not a JWT: it has no '.' separators. Opaque tokens (refresh tokens, authorization codes, some Microsoft consumer-account tokens) carry nothing that can be decoded.",
    });
  });

  it('a malformed JWE, as the decoder or jose words it', async () => {
    const segments = A128KW.output.compact!.split('.');
    segments[3] = `${segments[3]}=`;
    expect(await failure({ token: segments.join('.'), keyText: 'k' })).toMatchObject({
      code: 'malformed',
      message: `This JWE is malformed: Ciphertext segment: character ${segments[3]!.length} is '=' padding, which base64url in JOSE never uses.`,
    });
    const dir = withHeader({ alg: 'dir', enc: 'A128GCM' });
    expect(
      await failure({
        token: dir,
        keyText: JSON.stringify({ kty: 'oct', k: Buffer.alloc(16).toString('base64url') }),
      }),
    ).toMatchObject({
      code: 'malformed',
      message: 'This JWE is malformed: Encountered unexpected JWE Encrypted Key.',
    });
  });

  it('an alg, enc or zip jose does not implement', async () => {
    expect(
      await failure({
        token: withHeader({ alg: 'ECDH-1PU+A128KW', enc: 'A128GCM' }),
        keyText: 'k',
      }),
    ).toMatchObject({
      code: 'unsupported-alg',
      message:
        'ECDH-1PU (authenticated key agreement, an Internet-Draft) is not implemented by jose.',
    });
    expect(
      await failure({ token: withHeader({ alg: 'A128KW+X', enc: 'A128GCM' }), keyText: 'k' }),
    ).toMatchObject({
      code: 'unsupported-alg',
      message:
        'This token\'s "alg" "A128KW+X" is not a key management algorithm jose can decrypt (RSA-OAEP, RSA-OAEP-256, RSA-OAEP-384, RSA-OAEP-512, ECDH-ES, ECDH-ES+A128KW, ECDH-ES+A192KW, ECDH-ES+A256KW, A128KW, A192KW, A256KW, A128GCMKW, A192GCMKW, A256GCMKW, dir, PBES2-HS256+A128KW, PBES2-HS384+A192KW, PBES2-HS512+A256KW).',
    });
    expect(
      await failure({ token: withHeader({ alg: 'A128KW', enc: 'XC20P' }), keyText: 'k' }),
    ).toMatchObject({
      code: 'unsupported-enc',
      message:
        'This token\'s "enc" "XC20P" is not a content encryption jose implements (A128GCM, A192GCM, A256GCM, A128CBC-HS256, A192CBC-HS384, A256CBC-HS512).',
    });
    expect(
      await failure({
        token: withHeader({ alg: 'A128KW', enc: 'A128GCM', zip: 'GZIP' }),
        keyText: 'k',
      }),
    ).toMatchObject({
      code: 'unsupported',
      message:
        'This token\'s "zip" "GZIP" is not a compression jose implements (only "DEF", RFC 7516 §4.1.3).',
    });
  });
});

describe('decryptToken picks keys from a JWKS', KEYGEN, () => {
  it('says when the kid in the header is not in the JWKS', async () => {
    const wrong = await generateKeyPair('RSA-OAEP', { extractable: true });
    const jwks = JSON.stringify({
      keys: [
        { ...(await exportJWK(wrong.privateKey)), kid: 'old' },
        ECDH_P384.input.key,
        { ...RSA_OAEP.input.key, kid: 'current' },
      ],
    });
    expect(await failure({ token: RSA_OAEP.output.compact!, keyText: jwks })).toMatchObject({
      code: 'kid-not-found',
      message:
        'No key in this JWKS has the kid "samwise.gamgee@hobbiton.example" named in the header (its kids: "old", "peregrin.took@tuckborough.example", "current").',
    });
  });

  it('decrypts with the key the header kid names', async () => {
    const jwks = JSON.stringify({ keys: [ECDH_P384.input.key, RSA_OAEP.input.key] });
    const result = await decrypt({ token: RSA_OAEP.output.compact!, keyText: jwks });
    expect(result.ok && result.decrypted.summary).toBe(
      'Decrypted with key "samwise.gamgee@hobbiton.example", the RSA 4096 private key (JWKS entry): RSA-OAEP with A256GCM.',
    );
  });

  it('without a kid, tries each fitting key in turn', async () => {
    const recipient = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const other = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const token = await new CompactEncrypt(new TextEncoder().encode('hello'))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
      .encrypt(recipient.publicKey);
    const jwks = JSON.stringify({
      keys: [
        { ...(await exportJWK(other.privateKey)), kid: 'a' },
        { ...(await exportJWK(recipient.privateKey)), kid: 'b' },
      ],
    });
    const result = await decrypt({ token, keyText: jwks });
    expect(result.ok && [result.decrypted.summary, result.decrypted.plaintext]).toEqual([
      'Decrypted with key "b", the RSA 2048 private key (JWKS entry): RSA-OAEP-256 with A256GCM.',
      { type: 'text', text: 'hello' },
    ]);
    const neither = JSON.stringify({
      keys: [
        { ...(await exportJWK(other.privateKey)), kid: 'a' },
        { ...(await exportJWK(other.privateKey)), kid: 'c' },
      ],
    });
    expect((await failure({ token, keyText: neither })).message).toBe(
      'None of the 2 keys that fit RSA-OAEP-256 decrypted it: it was encrypted to another key, or altered after it was encrypted. A failed decryption says nothing more, by design.',
    );
  });
});

describe('decryptToken shows the plaintext for what it is', () => {
  const key = new Uint8Array(32).fill(4);
  const keyText = JSON.stringify({ kty: 'oct', k: Buffer.from(key).toString('base64url') });
  const encrypt = (plaintext: Uint8Array, header: Record<string, string> = {}) =>
    new CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', ...header })
      .encrypt(key);

  it('a signed token without cty: JWT is still nested, with a warning', async () => {
    const jws = 'eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo';
    const result = await decrypt({ token: await encrypt(new TextEncoder().encode(jws)), keyText });
    expect(result.ok && [result.decrypted.plaintext, result.decrypted.warnings]).toEqual([
      { type: 'nested-jwt', token: jws, because: 'content' },
      [
        'The plaintext is a signed JWT, but the header lacks "cty": "JWT" (RFC 7519 §5.2 requires it for nested tokens), so some receivers will not look inside.',
      ],
    ]);
  });

  it('JSON pretty-printed, and a cty: JWT that does not hold', async () => {
    const result = await decrypt({
      token: await encrypt(new TextEncoder().encode('{"a":[1,2]}'), { cty: 'jwt' }),
      keyText,
    });
    expect(result.ok && [result.decrypted.plaintext, result.decrypted.warnings]).toEqual([
      {
        type: 'json',
        value: { a: [1, 2] },
        text: '{"a":[1,2]}',
        prettyText: '{\n  "a": [\n    1,\n    2\n  ]\n}',
      },
      ['The header says "cty": "JWT", but the plaintext is not a compact JWS.'],
    ]);
  });

  it('bytes that are not UTF-8, as hex', async () => {
    const result = await decrypt({
      token: await encrypt(Uint8Array.of(0xff, 0x00, 0x10)),
      keyText,
    });
    expect(result.ok && result.decrypted.plaintext).toEqual({
      type: 'binary',
      byteLength: 3,
      hex: 'ff 00 10',
      truncated: false,
    });
  });
});
