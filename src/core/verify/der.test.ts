import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DerSyntaxError, TAG, readElement, readOid, readRoot, readUnsignedInteger } from './der.ts';
import { readPkcs1, readSpki } from './read-spki.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

function syntaxError(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof DerSyntaxError) return error.message;
    throw error;
  }
  throw new Error('expected a DerSyntaxError');
}

/** rsaEncryption, 1.2.840.113549.1.1.1, as its DER contents. */
const RSA_ENCRYPTION = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

function oid(contents: number[]): string {
  const der = bytes(TAG.oid, contents.length, ...contents);
  return readOid(der, readElement(der, 0));
}

describe('readElement: DER lengths', () => {
  it('reads short and long lengths in their shortest form', () => {
    expect(readElement(bytes(0x04, 0x01, 0xff), 0)).toEqual({ tag: 0x04, start: 2, end: 3 });
    const long = bytes(0x04, 0x81, 0x80, ...new Array<number>(0x80).fill(0));
    expect(readElement(long, 0)).toEqual({ tag: 0x04, start: 3, end: 0x83 });
  });

  it.each([
    [
      'a long form for a length under 128',
      bytes(0x04, 0x81, 0x01, 0xff),
      'a length is not in its shortest form',
    ],
    [
      'a long form with a leading zero byte',
      bytes(0x04, 0x82, 0x00, 0x01, 0xff),
      'a length is not in its shortest form',
    ],
    [
      'an indefinite length',
      bytes(0x30, 0x80, 0x00, 0x00),
      'indefinite lengths are not allowed in DER',
    ],
    [
      'a length past the data',
      bytes(0x04, 0x05, 0xff),
      'an element is longer than the data holding it',
    ],
    ['length bytes past the data', bytes(0x04, 0x82, 0x01), 'unexpected end of data'],
  ])('refuses %s', (_case, der, message) => {
    expect(syntaxError(() => readElement(der, 0))).toBe(message);
  });

  it('refuses bytes after the root element', () => {
    expect(syntaxError(() => readRoot(bytes(0x05, 0x00, 0x00), TAG.null, 'NULL'))).toBe(
      'unexpected bytes after the NULL',
    );
  });
});

describe('readOid', () => {
  it('reads rsaEncryption', () => {
    expect(oid(RSA_ENCRYPTION)).toBe('1.2.840.113549.1.1.1');
  });

  it.each([
    // The old reader dropped the unfinished arc and read this as rsaEncryption.
    [
      'an arc cut off after a continuation byte',
      [...RSA_ENCRYPTION, 0x81],
      'an object identifier ends in the middle of an arc',
    ],
    [
      'an arc padded with 0x80',
      [0x2a, 0x80, 0x86, 0x48],
      'an object identifier arc is not in its shortest form',
    ],
    ['no contents', [], 'empty object identifier'],
    [
      'an arc beyond 2^53',
      [0x2a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
      'an object identifier arc is too large',
    ],
  ])('refuses %s', (_case, contents, message) => {
    expect(syntaxError(() => oid(contents))).toBe(message);
  });
});

describe('readUnsignedInteger', () => {
  const integer = (...contents: number[]) => {
    const der = bytes(TAG.integer, contents.length, ...contents);
    return readUnsignedInteger(der, readElement(der, 0));
  };

  it('drops only the sign byte DER puts before a high bit', () => {
    expect(integer(0x00, 0x80)).toEqual(bytes(0x80));
    expect(integer(0x7f)).toEqual(bytes(0x7f));
    expect(integer(0x00)).toEqual(bytes(0x00));
  });

  it.each([
    [[0x00, 0x01], 'an integer is not in its shortest form'],
    [[0x00, 0x00, 0x80], 'an integer is not in its shortest form'],
    [[0x80], 'negative integer'],
    [[], 'empty integer'],
  ])('refuses %j', (contents, message) => {
    expect(syntaxError(() => integer(...contents))).toBe(message);
  });
});

describe('readSpki and readPkcs1: exact structures', () => {
  const rsa = Array.from(
    generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
      type: 'spki',
      format: 'der',
    }),
  );
  const ed25519 = Array.from(
    generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }),
  );

  /** Re-encodes a two-byte-length SEQUENCE header after its contents grew by `delta`. */
  function grow(der: number[], delta: number): number[] {
    const copy = [...der];
    const length = copy[2]! * 256 + copy[3]! + delta;
    copy[2] = length >> 8;
    copy[3] = length & 0xff;
    return copy;
  }

  function message(der: number[], read = readSpki): string {
    const result = read(new Uint8Array(der));
    if (result.ok) throw new Error(`read ${result.description}`);
    return result.message;
  }

  it('refuses an element after the public key', () => {
    expect(message(grow([...rsa, 0x05, 0x00], 2))).toBe(
      "The DER structure is malformed: unexpected elements after the SubjectPublicKeyInfo's fields.",
    );
  });

  it('refuses rsaEncryption parameters that are not NULL, and reads them absent', () => {
    // 30 82 LL LL | 30 0d 06 09 <oid> 05 00 | 03 …
    const withInteger = [...rsa];
    withInteger.splice(17, 2, 0x02, 0x00);
    expect(message(withInteger)).toBe(
      'The DER structure is malformed: expected NULL parameters for rsaEncryption.',
    );
    const withoutParameters = grow(
      [...rsa.slice(0, 4), 0x30, 0x0b, ...rsa.slice(6, 17), ...rsa.slice(19)],
      -2,
    );
    expect(readSpki(new Uint8Array(withoutParameters)).ok).toBe(true);
  });

  it('refuses Ed25519 with parameters (RFC 8410 §3)', () => {
    // 30 2a | 30 05 06 03 2b 65 70 | 03 21 00 …
    const withNull = [
      0x30,
      0x2c,
      0x30,
      0x07,
      ...ed25519.slice(4, 9),
      0x05,
      0x00,
      ...ed25519.slice(9),
    ];
    expect(message(withNull)).toBe(
      'The DER structure is malformed: an Ed25519 AlgorithmIdentifier has no parameters.',
    );
  });

  it('refuses an RSASSA-PSS key rather than widen it to every RSA algorithm', () => {
    const pss = Array.from(
      generateKeyPairSync('rsa-pss', { modulusLength: 2048 }).publicKey.export({
        type: 'spki',
        format: 'der',
      }),
    );
    expect(message(pss)).toBe(
      'This is an RSA key restricted to RSASSA-PSS (OID 1.2.840.113549.1.1.10), a restriction a JWK cannot carry: paste it as a JWK with "alg" set to the PS algorithm it is for.',
    );
  });

  it('explains degenerate RSA numbers instead of handing them to the browser', () => {
    const pkcs1 = (n: number[], e: number[]) => [
      0x30,
      4 + n.length + e.length,
      0x02,
      n.length,
      ...n,
      0x02,
      e.length,
      ...e,
    ];
    const modulus = [0x00, 0xc1, ...new Array<number>(30).fill(0x5a), 0x01];
    expect(message(pkcs1([0x00], [0x03]), readPkcs1)).toBe(
      'The RSA key is not usable: its modulus "n" is zero.',
    );
    expect(message(pkcs1(modulus, [0x01]), readPkcs1)).toBe(
      'The RSA key is not usable: its public exponent "e" is 1, which makes every signature equal to the message it signs: anyone could forge one.',
    );
    expect(message(pkcs1(modulus, [0x00]), readPkcs1)).toBe(
      'The RSA key is not usable: its public exponent "e" is 0.',
    );
    expect(message(pkcs1(modulus, [0x01, 0x00, 0x00]), readPkcs1)).toBe(
      'The RSA key is not usable: its public exponent "e" is even.',
    );
  });
});
