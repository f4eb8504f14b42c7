import { CompactEncrypt, CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { WEAK_EXAMPLE_SECRET, type ExampleToken } from '../../core/examples/example-tokens.ts';
import { encodeToken } from '../../core/token/encode-token.ts';

export interface SignedExample {
  token: string;
  /** The public half of the page's example signing key, to paste into Keys. */
  publicJwk: JWK | undefined;
  /** The HMAC secret, for the weak-secret example. */
  secret: string | undefined;
}

interface ExampleKeys {
  signing: CryptoKeyPair;
  encryption: CryptoKeyPair;
  publicJwk: JWK;
}

let keys: Promise<ExampleKeys> | undefined;

/** One key pair per page load: generated on first use, never stored, gone on reload. */
function exampleKeys(kid: string): Promise<ExampleKeys> {
  keys ??= (async () => {
    const signing = await generateKeyPair('RS256', { extractable: true });
    const encryption = await generateKeyPair('RSA-OAEP-256');
    const publicJwk = { ...(await exportJWK(signing.publicKey)), kid, alg: 'RS256', use: 'sig' };
    return { signing, encryption, publicJwk };
  })();
  return keys;
}

const encoder = new TextEncoder();

function payloadBytes(example: ExampleToken): Uint8Array {
  return encoder.encode(
    typeof example.payload === 'string' ? example.payload : JSON.stringify(example.payload),
  );
}

/** Turns an example into a real token: signed, encrypted or (for alg none) neither. */
export async function signExample(example: ExampleToken): Promise<SignedExample> {
  const kid = typeof example.header.kid === 'string' ? example.header.kid : 'example';
  switch (example.protection) {
    case 'none':
      return {
        token: encodeToken(example.header, example.payload),
        publicJwk: undefined,
        secret: undefined,
      };
    case 'weak-hmac': {
      const token = await new CompactSign(payloadBytes(example))
        .setProtectedHeader({ ...example.header, alg: 'HS256' })
        .sign(encoder.encode(WEAK_EXAMPLE_SECRET));
      return { token, publicJwk: undefined, secret: WEAK_EXAMPLE_SECRET };
    }
    case 'rs256': {
      const { signing, publicJwk } = await exampleKeys(kid);
      const token = await new CompactSign(payloadBytes(example))
        .setProtectedHeader({ ...example.header, alg: 'RS256' })
        .sign(signing.privateKey);
      return { token, publicJwk, secret: undefined };
    }
    case 'encrypt': {
      const { signing, encryption, publicJwk } = await exampleKeys(kid);
      const inner = await new CompactSign(payloadBytes(example))
        .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid })
        .sign(signing.privateKey);
      const token = await new CompactEncrypt(encoder.encode(inner))
        .setProtectedHeader({ ...example.header, alg: 'RSA-OAEP-256', enc: 'A256GCM' })
        .encrypt(encryption.publicKey);
      return { token, publicJwk, secret: undefined };
    }
  }
}
