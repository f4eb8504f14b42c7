import type { DecodedToken } from '../token/decode-token.ts';
import type { JsonObject } from '../token/parse-json.ts';
import { describeCrit } from './crit.ts';
import { listNames, type Finding } from './finding.ts';
import { parseMicrosoftIssuer } from './microsoft-issuer.ts';
import {
  describeResource,
  detectMicrosoftApiToken,
  type MicrosoftApiToken,
} from './microsoft-resources.ts';
import { describeSignatureLength } from './signature-length.ts';
import { describeSuspiciousKid } from './suspicious-kid.ts';
import { normalizeMediaType } from './value-meanings.ts';

/** jose's default ceiling for PBES2 iterations; more only makes a recipient burn CPU. */
export const MAX_PBES2_COUNT = 10_000;

/** Findings about the JOSE header: algorithm, key references, crit, encoding, encryption. */
export function findHeaderFindings(
  decoded: DecodedToken,
  payload: JsonObject | undefined,
): Finding[] {
  const header = decoded.header?.value;
  if (!header) return [];
  const findings: Finding[] = [];
  const alg = header.alg;

  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    findings.push({
      id: 'alg-none',
      severity: 'error',
      title: `Unsecured token (alg "${alg}")`,
      advice:
        'Nothing protects this token: anyone can write one with any claims. Never accept it; a verifier must refuse "none" in every letter case.',
    });
  }
  if (typeof alg === 'string' && /^HS(256|384|512)$/.test(alg)) {
    const microsoft = parseMicrosoftIssuer(payload?.iss) !== undefined;
    findings.push({
      id: 'alg-hmac',
      severity: microsoft ? 'warning' : 'info',
      title: `Shared-secret MAC (${alg})`,
      advice: `${microsoft ? 'Entra ID signs with asymmetric algorithms such as RS256, never with a shared secret, yet this token names a Microsoft issuer and uses an HMAC: suspect a forgery. ' : ''}Verifying ${alg} needs the secret the issuer shares with every verifier, so any of them could also mint tokens. Let the key decide the algorithm: never use an RSA or EC public key as an HMAC secret (algorithm confusion).`,
    });
  }

  const lengthProblem =
    decoded.format === 'jws' ? describeSignatureLength(alg, signatureBytes(decoded)) : undefined;
  if (lengthProblem) {
    findings.push({
      id: 'signature-length',
      severity: 'error',
      title: `Signature of the wrong length for ${String(alg)}`,
      advice: lengthProblem,
    });
  }

  const keyReferences = [
    { name: 'jku', id: 'jku-header', what: 'a URL of a key set' },
    { name: 'x5u', id: 'x5u-header', what: 'a URL of a certificate' },
    { name: 'jwk', id: 'jwk-header', what: 'an embedded public key' },
    { name: 'x5c', id: 'x5c-header', what: 'an embedded certificate chain' },
  ] as const;
  for (const { name, id, what } of keyReferences) {
    if (!(name in header)) continue;
    findings.push({
      id,
      severity: 'warning',
      title: `Header names its own key (${name})`,
      advice: `The header carries ${what}, chosen by whoever made the token. Tokenscope never fetches or trusts it. A verifier must take keys only from the issuer's published key set (or a certificate chain it validates), never because the token points at them.`,
    });
  }

  const kidProblem = describeSuspiciousKid(header.kid);
  if (kidProblem) {
    findings.push({
      id: 'kid-suspicious',
      severity: 'warning',
      title: 'Suspicious key id (kid)',
      advice: `${kidProblem} Use kid only to look a key up by exact string comparison in a trusted key set; never as a path, a query or a command argument.`,
    });
  }

  const crit = describeCrit(header);
  if (crit.unknown.length > 0) {
    findings.push({
      id: 'crit-unknown',
      severity: 'error',
      title: 'Unknown critical header parameter',
      advice: `crit says ${listNames(crit.unknown)} must be understood, and Tokenscope does not know ${crit.unknown.length === 1 ? 'it' : 'them'}: a verifier must reject this token rather than ignore the parameter.`,
    });
  }
  if (crit.problems.length > 0) {
    findings.push({
      id: 'crit-invalid',
      severity: 'error',
      title: 'Malformed crit header parameter',
      advice: `${crit.problems.join(' ')} A verifier must reject a token whose crit is malformed.`,
    });
  }

  if (header.b64 === false) {
    const listed = Array.isArray(header.crit) && header.crit.includes('b64');
    findings.push({
      id: 'b64-false',
      severity: 'warning',
      title: 'JWS with unencoded payload — not a JWT',
      advice: `b64 is false (RFC 7797): the payload is signed as raw bytes, not base64url-encoded. A JWT library will not read it as claims.${listed ? '' : ' RFC 7797 also requires b64 to be listed in crit, and it is not: a verifier must reject the token.'}`,
    });
  }

  if (decoded.format === 'jwe') {
    const nested = normalizeMediaType(header.cty) === 'jwt';
    findings.push({
      id: 'encrypted',
      severity: 'info',
      title: nested ? 'Encrypted token with a nested JWT' : 'Encrypted token (JWE)',
      advice: `Only the header is readable; the contents are encrypted and not inspectable here, and Tokenscope does not decrypt. ${nested ? 'cty "JWT" says a signed token is inside: decrypt it with the recipient\'s key, then verify that inner token.' : "Decrypting needs the recipient's private or shared key."}`,
    });
    if ('zip' in header) {
      findings.push({
        id: 'jwe-compressed',
        severity: 'info',
        title: 'Compressed before encryption (zip)',
        advice:
          'Compressing data that mixes secrets with attacker-influenced input can leak the secrets through the ciphertext length. Prefer tokens without zip.',
      });
    }
  }

  if (typeof header.p2c === 'number' && header.p2c > MAX_PBES2_COUNT) {
    findings.push({
      id: 'p2c-high',
      severity: 'warning',
      title: 'Huge PBES2 iteration count',
      advice: `p2c is ${header.p2c}: a recipient would spend that many rounds deriving the key, a cheap way to exhaust its CPU. Refuse counts above ${MAX_PBES2_COUNT}.`,
    });
  }

  const microsoftApi = detectMicrosoftApiToken(header, payload);
  if (microsoftApi) findings.push(describeMicrosoftApiToken(microsoftApi));
  return findings;
}

/**
 * The signature's length in bytes; for a segment that is not canonical base64url (and so did not
 * decode), the length its characters would give, which is what the length check needs.
 */
function signatureBytes(decoded: DecodedToken): number {
  if (decoded.signature) return decoded.signature.length;
  const text = decoded.segments.find((segment) => segment.name === 'signature')?.text ?? '';
  return Math.floor((text.length * 6) / 8);
}

/**
 * A token for a Microsoft API, told by a nonce in its header or by its audience. Either way it
 * is not for a third party to validate, and a failed signature check proves nothing.
 */
function describeMicrosoftApiToken({ nonce, resource }: MicrosoftApiToken): Finding {
  const name = resource ? describeResource(resource) : undefined;
  if (nonce) {
    return {
      id: 'ms-api-token',
      severity: 'info',
      title: 'Microsoft-API token: not verifiable by third parties',
      advice: `${name ? `The nonce in the header and the audience mark a token for ${name}.` : 'The nonce in the header marks a token for a Microsoft API such as Graph.'} It decodes, but its signature cannot be checked outside Microsoft, by design; a failed check does not mean it is forged. Clients must not parse it: read expires_in and scope from the token response. To validate tokens yourself, request one for your own API.`,
    };
  }
  return {
    id: 'ms-api-token',
    severity: 'info',
    title: `Token for ${resource!.name}: only ${resource!.name} validates it`,
    advice: `The audience (aud) is ${name}, a Microsoft API. Only that API validates this token; third parties cannot validate it (Microsoft may use formats and signing of its own that nobody else can check), and an API of yours must not accept it: a token meant for someone else is the confused-deputy mistake. Clients must not parse it either: read expires_in and scope from the token response. A failed signature check here does not mean it is forged.`,
  };
}
