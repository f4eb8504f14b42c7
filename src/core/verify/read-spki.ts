import { encodeBase64url } from '../token/base64url.ts';
import {
  DerSyntaxError,
  TAG,
  expectNull,
  expectTag,
  readBitString,
  readOid,
  readRoot,
  readSequence,
  readUnsignedInteger,
  type DerElement,
} from './der.ts';
import { bitLength, findRsaKeyProblem } from './rsa-public-key.ts';
import type { PublicJwk } from './verification-key.ts';

export type SpkiReadResult =
  | { ok: true; jwk: PublicJwk; description: string }
  | { ok: false; unsupported: boolean; message: string };

const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  x25519: '1.3.101.110',
  x448: '1.3.101.111',
  dsa: '1.2.840.10040.4.1',
} as const;

const CURVES: Record<string, { crv: 'P-256' | 'P-384' | 'P-521'; size: number }> = {
  '1.2.840.10045.3.1.7': { crv: 'P-256', size: 32 },
  '1.3.132.0.34': { crv: 'P-384', size: 48 },
  '1.3.132.0.35': { crv: 'P-521', size: 66 },
};

const UNSUPPORTED: Record<string, string> = {
  [OID.ed448]: 'an Ed448 key, which Web Crypto does not support',
  [OID.x25519]: 'an X25519 key-agreement key, not a signing key',
  [OID.x448]: 'an X448 key-agreement key, not a signing key',
  [OID.dsa]: 'a DSA key, which JWS does not use',
  '1.3.132.0.10': 'a secp256k1 key (ES256K), which Web Crypto does not support',
};

/**
 * Converts a DER SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) to a public JWK. jose's importSPKI
 * needs the algorithm up front; pasted keys must be described before any token says which
 * algorithm it wants, so the key type is read here from the SPKI itself.
 */
export function readSpki(der: Uint8Array): SpkiReadResult {
  try {
    return readSpkiElement(der, readRoot(der, TAG.sequence, 'SubjectPublicKeyInfo sequence'));
  } catch (error) {
    return malformed(error);
  }
}

export function readSpkiElement(der: Uint8Array, spki: DerElement): SpkiReadResult {
  const [algorithm, publicKey] = readSequence(der, spki, 'the SubjectPublicKeyInfo', 2);
  const [oidElement, parameters] = readSequence(der, algorithm!, 'the AlgorithmIdentifier', 1, 2);
  const oid = readOid(der, expectTag(oidElement, TAG.oid, 'an algorithm OID'));
  const keyBytes = readBitString(
    der,
    expectTag(publicKey, TAG.bitString, 'a public key bit string'),
  );
  switch (oid) {
    case OID.rsaEncryption:
      // RFC 3279 §2.3.1: NULL parameters; some encoders omit them, nothing else is allowed.
      if (parameters) expectNull(parameters, 'NULL parameters for rsaEncryption');
      return readPkcs1(keyBytes);
    case OID.rsassaPss:
      // RFC 4055 §1.2: this OID restricts the key to RSASSA-PSS, possibly with one hash. A JWK
      // cannot carry that restriction, so reading it as a plain RSA key would widen what the
      // key may verify.
      return {
        ok: false,
        unsupported: true,
        message:
          'This is an RSA key restricted to RSASSA-PSS (OID 1.2.840.113549.1.1.10), a restriction a JWK cannot carry: paste it as a JWK with "alg" set to the PS algorithm it is for.',
      };
    case OID.ecPublicKey:
      return readEcPoint(der, parameters, keyBytes);
    case OID.ed25519:
      // RFC 8410 §3: the parameters are absent.
      if (parameters) throw new DerSyntaxError('an Ed25519 AlgorithmIdentifier has no parameters');
      if (keyBytes.length !== 32) throw new DerSyntaxError('an Ed25519 key is 32 bytes');
      return {
        ok: true,
        jwk: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64url(keyBytes) },
        description: 'Ed25519 public key',
      };
    default: {
      const curve = parameters?.tag === TAG.oid ? UNSUPPORTED[readOid(der, parameters)] : undefined;
      const known = UNSUPPORTED[oid] ?? curve;
      return {
        ok: false,
        unsupported: true,
        message: known
          ? `This is ${known}.`
          : `The key algorithm (OID ${oid}) is not one Tokenscope can verify with.`,
      };
    }
  }
}

/** RSAPublicKey (RFC 8017 §A.1.1): the body of "BEGIN RSA PUBLIC KEY" and of RSA SPKIs. */
export function readPkcs1(der: Uint8Array): SpkiReadResult {
  try {
    const [modulus, exponent] = readSequence(
      der,
      readRoot(der, TAG.sequence, 'RSAPublicKey'),
      'the RSAPublicKey',
      2,
    );
    const n = readUnsignedInteger(der, expectTag(modulus, TAG.integer, 'the RSA modulus'));
    const e = readUnsignedInteger(der, expectTag(exponent, TAG.integer, 'the RSA exponent'));
    const problem = findRsaKeyProblem(n, e);
    if (problem) {
      return { ok: false, unsupported: false, message: `The RSA key is not usable: ${problem}.` };
    }
    return {
      ok: true,
      jwk: { kty: 'RSA', n: encodeBase64url(n), e: encodeBase64url(e) },
      description: `RSA ${bitLength(n)} public key`,
    };
  } catch (error) {
    return malformed(error);
  }
}

function readEcPoint(
  der: Uint8Array,
  parameters: DerElement | undefined,
  point: Uint8Array,
): SpkiReadResult {
  const curveOid = readOid(der, expectTag(parameters, TAG.oid, 'a named curve'));
  const curve = CURVES[curveOid];
  if (!curve) {
    const known = UNSUPPORTED[curveOid];
    return {
      ok: false,
      unsupported: true,
      message: known
        ? `This is ${known}.`
        : `The EC curve (OID ${curveOid}) is not P-256, P-384 or P-521.`,
    };
  }
  if (point[0] === 0x02 || point[0] === 0x03) {
    return {
      ok: false,
      unsupported: true,
      message: 'The EC public key uses point compression, which JWK cannot express.',
    };
  }
  if (point[0] !== 0x04) throw new DerSyntaxError('an EC point must start with 0x04');
  if (point.length !== 1 + 2 * curve.size)
    throw new DerSyntaxError(`a ${curve.crv} point has the wrong length`);
  return {
    ok: true,
    jwk: {
      kty: 'EC',
      crv: curve.crv,
      x: encodeBase64url(point.subarray(1, 1 + curve.size)),
      y: encodeBase64url(point.subarray(1 + curve.size)),
    },
    description: `EC ${curve.crv} public key`,
  };
}

function malformed(error: unknown): SpkiReadResult {
  if (error instanceof DerSyntaxError) {
    return {
      ok: false,
      unsupported: false,
      message: `The DER structure is malformed: ${error.message}.`,
    };
  }
  throw error;
}
