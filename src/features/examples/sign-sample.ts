import { CompactEncrypt, CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { WEAK_SAMPLE_SECRET, type SampleToken } from '../../core/examples/sample-tokens.ts';
import { encodeToken } from '../../core/token/encode-token.ts';

export interface SignedSample {
  token: string;
  /** The public half of the page's sample signing key, to paste into Keys. */
  publicJwk: JWK | undefined;
  /** The HMAC secret, for the weak-secret sample. */
  secret: string | undefined;
}

interface SampleKeys {
  signing: CryptoKeyPair;
  encryption: CryptoKeyPair;
  publicJwk: JWK;
}

let keys: Promise<SampleKeys> | undefined;

/** One key pair per page load: generated on first use, never stored, gone on reload. */
function sampleKeys(kid: string): Promise<SampleKeys> {
  keys ??= (async () => {
    const signing = await generateKeyPair('RS256', { extractable: true });
    const encryption = await generateKeyPair('RSA-OAEP-256');
    const publicJwk = { ...(await exportJWK(signing.publicKey)), kid, alg: 'RS256', use: 'sig' };
    return { signing, encryption, publicJwk };
  })();
  return keys;
}

const encoder = new TextEncoder();

function payloadBytes(sample: SampleToken): Uint8Array {
  return encoder.encode(
    typeof sample.payload === 'string' ? sample.payload : JSON.stringify(sample.payload),
  );
}

/** Turns a sample into a real token: signed, encrypted or (for alg none) neither. */
export async function signSample(sample: SampleToken): Promise<SignedSample> {
  const kid = typeof sample.header.kid === 'string' ? sample.header.kid : 'sample';
  switch (sample.protection) {
    case 'none':
      return {
        token: encodeToken(sample.header, sample.payload),
        publicJwk: undefined,
        secret: undefined,
      };
    case 'weak-hmac': {
      const token = await new CompactSign(payloadBytes(sample))
        .setProtectedHeader({ ...sample.header, alg: 'HS256' })
        .sign(encoder.encode(WEAK_SAMPLE_SECRET));
      return { token, publicJwk: undefined, secret: WEAK_SAMPLE_SECRET };
    }
    case 'rs256': {
      const { signing, publicJwk } = await sampleKeys(kid);
      const token = await new CompactSign(payloadBytes(sample))
        .setProtectedHeader({ ...sample.header, alg: 'RS256' })
        .sign(signing.privateKey);
      return { token, publicJwk, secret: undefined };
    }
    case 'encrypt': {
      const { signing, encryption, publicJwk } = await sampleKeys(kid);
      const inner = await new CompactSign(payloadBytes(sample))
        .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid })
        .sign(signing.privateKey);
      const token = await new CompactEncrypt(encoder.encode(inner))
        .setProtectedHeader({ ...sample.header, alg: 'RSA-OAEP-256', enc: 'A256GCM' })
        .encrypt(encryption.publicKey);
      return { token, publicJwk, secret: undefined };
    }
  }
}
