import { describeDecryptionKeyNeeded } from '../keys/read-decryption-key.ts';
import { decodeToken } from '../token/decode-token.ts';
import { checkJweHeader } from './jwe-support.ts';

/**
 * What the Decryption key box needs for the token in the Token box, for its hint text:
 * "This token (RSA-OAEP-256, A256GCM) needs the RSA private key (…)". Undefined when the
 * token is not a JWE jose can decrypt (decryptToken then says why).
 */
export function describeDecryptionKeyFor(token: string): string | undefined {
  const decoded = decodeToken(token);
  if (decoded.format !== 'jwe' || !decoded.header) return undefined;
  const checked = checkJweHeader(decoded.header.value);
  if (!checked.ok) return undefined;
  const { alg, enc } = checked;
  return `This token (${alg}, ${enc}) needs ${describeDecryptionKeyNeeded(alg, enc)}.`;
}
