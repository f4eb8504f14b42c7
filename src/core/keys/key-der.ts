import { encodeBase64url } from '../token/base64url.ts';
import {
  DerSyntaxError,
  TAG,
  contents,
  expectTag,
  readBitString,
  readChildren,
  readOid,
  readRoot,
  readUnsignedInteger,
  type DerElement,
} from '../verify/der.ts';
import { bitLength } from '../verify/rsa-public-key.ts';
import type { KeyIdentity } from './key-identity.ts';

/**
 * Reading private keys out of DER, and re-framing the two legacy OpenSSL formats (PKCS#1
 * "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY") as PKCS#8, the only private key format Web
 * Crypto imports. Re-framing moves bytes between ASN.1 envelopes (RFC 5208 §5, RFC 5915 §3);
 * no key material is computed or changed, so there is no cryptography here.
 */

export type DerKeyResult =
  | { ok: true; identity: KeyIdentity; pkcs8: Uint8Array }
  | { ok: false; unsupported: boolean; message: string };

const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  x25519: '1.3.101.110',
  x448: '1.3.101.111',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  dsa: '1.2.840.10040.4.1',
} as const;

const CURVES: Record<string, 'P-256' | 'P-384' | 'P-521'> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

const UNSUPPORTED: Record<string, string> = {
  [OID.rsassaPss]:
    'an RSA key marked for RSASSA-PSS only (OID id-RSASSA-PSS), which Web Crypto cannot import: export it with the plain rsaEncryption identifier (for example as a JWK) instead',
  [OID.ed448]: 'an Ed448 key, which Web Crypto does not support',
  [OID.x448]: 'an X448 key, which Web Crypto does not support',
  [OID.dsa]: 'a DSA key, which JOSE does not use',
  '1.3.132.0.10': 'a secp256k1 key (ES256K), which Web Crypto does not support',
};

/** DER bytes of the OIDs written when re-framing (X.690 §8.19). */
const RSA_ENCRYPTION_OID = Uint8Array.of(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 1, 1, 1);
const EC_PUBLIC_KEY_OID = Uint8Array.of(0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01);
const DER_NULL = Uint8Array.of(0x05, 0x00);
const VERSION_0 = Uint8Array.of(0x02, 0x01, 0x00);

/** Says what a PKCS#8 PrivateKeyInfo (RFC 5208 §5) holds, without importing it. */
export function readPkcs8(der: Uint8Array): DerKeyResult {
  return guarded(() => {
    const root = readRoot(der, TAG.sequence, 'PrivateKeyInfo sequence');
    const [version, algorithm, privateKey] = readChildren(der, root);
    expectTag(version, TAG.integer, 'a version number');
    const [oidElement, parameters] = readChildren(
      der,
      expectTag(algorithm, TAG.sequence, 'an AlgorithmIdentifier'),
    );
    const oid = readOid(der, expectTag(oidElement, TAG.oid, 'an algorithm OID'));
    const inner = contents(der, expectTag(privateKey, TAG.octetString, 'the private key'));
    switch (oid) {
      case OID.rsaEncryption:
        return { ok: true, identity: readRsaPrivateKey(inner), pkcs8: der };
      case OID.ecPublicKey: {
        const curveOid = readOid(der, expectTag(parameters, TAG.oid, 'a named curve'));
        const crv = CURVES[curveOid];
        if (!crv)
          return unsupported(
            curveOid,
            `an EC key on a curve (OID ${curveOid}) that is not P-256, P-384 or P-521`,
          );
        return { ok: true, identity: { kty: 'EC', crv }, pkcs8: der };
      }
      case OID.ed25519:
        return { ok: true, identity: { kty: 'OKP', crv: 'Ed25519' }, pkcs8: der };
      case OID.x25519:
        return { ok: true, identity: { kty: 'OKP', crv: 'X25519' }, pkcs8: der };
      default:
        return unsupported(oid, `a key of an algorithm (OID ${oid}) that JOSE does not use`);
    }
  });
}

/** PKCS#1 RSAPrivateKey (RFC 8017 §A.1.2) → PKCS#8 with the rsaEncryption identifier. */
export function reframePkcs1(der: Uint8Array): DerKeyResult {
  return guarded(() => {
    readRoot(der, TAG.sequence, 'RSAPrivateKey sequence');
    const identity = readRsaPrivateKey(der);
    const algorithm = encode(TAG.sequence, RSA_ENCRYPTION_OID, DER_NULL);
    return {
      ok: true,
      identity,
      pkcs8: encode(TAG.sequence, VERSION_0, algorithm, encode(TAG.octetString, der)),
    };
  });
}

/**
 * SEC1 ECPrivateKey (RFC 5915 §3) → PKCS#8. The curve moves from the key's own [0]
 * parameters to the AlgorithmIdentifier, as RFC 5915 §3 describes for PKCS#8.
 */
export function reframeSec1(der: Uint8Array): DerKeyResult {
  return guarded(() => {
    const children = readChildren(der, readRoot(der, TAG.sequence, 'ECPrivateKey sequence'));
    const [version, privateKey] = children;
    expectTag(version, TAG.integer, 'a version number');
    expectTag(privateKey, TAG.octetString, 'the private key');
    const parameters = children.find((child) => child.tag === TAG.context0);
    if (!parameters) {
      return {
        ok: false,
        unsupported: true,
        message:
          'This EC private key does not name its curve (it has no [0] parameters), so it cannot be read. Export the key again as PKCS#8 (BEGIN PRIVATE KEY) or as a JWK.',
      };
    }
    const [curveElement] = readChildren(der, parameters);
    const curveOid = readOid(der, expectTag(curveElement, TAG.oid, 'a named curve'));
    const crv = CURVES[curveOid];
    if (!crv)
      return unsupported(
        curveOid,
        `an EC key on a curve (OID ${curveOid}) that is not P-256, P-384 or P-521`,
      );
    const withoutParameters = encode(
      TAG.sequence,
      ...children.filter((child) => child !== parameters).map((child) => reencode(der, child)),
    );
    const algorithm = encode(TAG.sequence, EC_PUBLIC_KEY_OID, reencode(der, curveElement!));
    return {
      ok: true,
      identity: { kty: 'EC', crv },
      pkcs8: encode(TAG.sequence, VERSION_0, algorithm, encode(TAG.octetString, withoutParameters)),
    };
  });
}

/**
 * An X25519 SubjectPublicKeyInfo (RFC 8410 §4) as a JWK (RFC 8037 §2). The verifier's SPKI
 * reader refuses X25519 (it cannot sign); ECDH-ES encrypts to it.
 */
export function readX25519Spki(
  der: Uint8Array,
): { kty: 'OKP'; crv: 'X25519'; x: string } | undefined {
  try {
    const [algorithm, publicKey] = readChildren(der, readRoot(der, TAG.sequence, 'SPKI'));
    const [oidElement] = readChildren(der, expectTag(algorithm, TAG.sequence, 'an algorithm'));
    if (readOid(der, expectTag(oidElement, TAG.oid, 'an OID')) !== OID.x25519) return undefined;
    const x = readBitString(der, expectTag(publicKey, TAG.bitString, 'a bit string'));
    return x.length === 32 ? { kty: 'OKP', crv: 'X25519', x: encodeBase64url(x) } : undefined;
  } catch (error) {
    if (error instanceof DerSyntaxError) return undefined;
    throw error;
  }
}

/** RSAPrivateKey: version, n, e, d, p, q, dp, dq, qi (two-prime keys, version 0). */
function readRsaPrivateKey(der: Uint8Array): KeyIdentity {
  const children = readChildren(der, readRoot(der, TAG.sequence, 'RSAPrivateKey sequence'));
  if (children.length < 9) throw new DerSyntaxError('an RSA private key has nine integers');
  const modulus = readUnsignedInteger(der, expectTag(children[1], TAG.integer, 'the modulus'));
  return { kty: 'RSA', bits: bitLength(modulus) };
}

/** A DER element: tag, definite length (X.690 §8.1.3), contents. */
function encode(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const lengthBytes: number[] = [];
  if (length < 0x80) lengthBytes.push(length);
  else {
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
      lengthBytes.unshift(rest % 256);
    lengthBytes.unshift(0x80 | lengthBytes.length);
  }
  const out = new Uint8Array(1 + lengthBytes.length + length);
  out[0] = tag;
  out.set(lengthBytes, 1);
  let offset = 1 + lengthBytes.length;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function reencode(der: Uint8Array, element: DerElement): Uint8Array {
  return encode(element.tag, contents(der, element));
}

function unsupported(oid: string, fallback: string): DerKeyResult {
  return { ok: false, unsupported: true, message: `This is ${UNSUPPORTED[oid] ?? fallback}.` };
}

function guarded(read: () => DerKeyResult): DerKeyResult {
  try {
    return read();
  } catch (error) {
    if (error instanceof DerSyntaxError) {
      return {
        ok: false,
        unsupported: false,
        message: `The DER structure is malformed: ${error.message}.`,
      };
    }
    throw error;
  }
}

/** PEM armour (RFC 7468 §2): standard base64 in 64-character lines. */
export function toPem(label: string, der: Uint8Array): string {
  const base64 = encodeBase64url(der).replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const lines = padded.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}
