import type { RegistryEntry } from './registry-entry.ts';
import { MICROSOFT_ACCESS_TOKENS, rfc } from './spec-references.ts';

/** JOSE header parameters: RFC 7515 (JWS), RFC 7516 (JWE), RFC 7518, RFC 7797, RFC 9068. */
export const HEADER_PARAMETERS: readonly RegistryEntry[] = [
  {
    name: 'alg',
    title: 'Algorithm',
    description:
      'The algorithm that protects the token: for a signed token (JWS) the signature or MAC algorithm, such as RS256 or HS256; for an encrypted token (JWE) how the content key is encrypted or agreed. "none" means no protection at all.',
    sources: [rfc(7515, '4.1.1'), rfc(7516, '4.1.1')],
    microsoft:
      'Entra ID signs with asymmetric algorithms such as RS256: a private key only Microsoft holds, checked with the public keys the tenant publishes. A token that names an Entra issuer but is protected with a shared secret (HS256…) or "none" deserves suspicion.',
  },
  {
    name: 'typ',
    title: 'Type',
    description:
      'What kind of object the whole token is, as a media type without its "application/" prefix. "JWT" is a plain JSON Web Token; "at+jwt" marks an RFC 9068 access token, so that it cannot be mistaken for an ID token.',
    sources: [rfc(7515, '4.1.9'), rfc(7519, '5.1'), rfc(9068, '2.1')],
    microsoft:
      'v1.0 and v2.0 tokens both carry "typ": "JWT". Of the header parameters, only x5t is v1.0-only.',
  },
  {
    name: 'cty',
    title: 'Content type',
    description:
      'What the protected content is. Normally absent; "JWT" says that the content is itself another token (a signed token inside an encrypted one, for example).',
    sources: [rfc(7515, '4.1.10'), rfc(7519, '5.2')],
  },
  {
    name: 'kid',
    title: 'Key ID',
    description:
      "A label for the key that signed (or encrypted) the token. A verifier looks it up among the issuer's published keys; it is only a hint, compared as an exact string, and never a file path or query.",
    sources: [rfc(7515, '4.1.4')],
    microsoft:
      'Matches the "kid" of one key in the tenant\'s JWKS (the jwks_uri of its OpenID discovery document). In v1.0 tokens it has the same value as x5t.',
  },
  {
    name: 'x5t',
    title: 'X.509 certificate SHA-1 thumbprint',
    description:
      'The base64url-encoded SHA-1 hash of the DER certificate whose key signed the token. Like kid, it helps pick the key; it proves nothing by itself.',
    sources: [rfc(7515, '4.1.7')],
    microsoft: 'Has the same value as kid.',
    versions: ['v1.0'],
  },
  {
    name: 'x5t#S256',
    title: 'X.509 certificate SHA-256 thumbprint',
    description:
      'Like x5t, but with a SHA-256 hash of the certificate: identifies the signing certificate without carrying it.',
    sources: [rfc(7515, '4.1.8')],
  },
  {
    name: 'jku',
    title: 'JWK Set URL',
    description:
      'A URL where a set of keys is said to be published, one of which signed the token. The token names it itself, so an attacker can point it at their own keys: a verifier must take keys only from a source it already trusts. Tokenscope never fetches it.',
    sources: [rfc(7515, '4.1.2')],
  },
  {
    name: 'jwk',
    title: 'JSON Web Key',
    description:
      'The public key that supposedly signed the token, embedded in the token. Anyone can embed their own key, so a verifier must never trust it just because it is there.',
    sources: [rfc(7515, '4.1.3')],
  },
  {
    name: 'x5u',
    title: 'X.509 URL',
    description:
      'A URL of the certificate (or chain) whose key signed the token. Chosen by whoever made the token, so it is not a trustworthy source of keys; Tokenscope never fetches it.',
    sources: [rfc(7515, '4.1.5')],
  },
  {
    name: 'x5c',
    title: 'X.509 certificate chain',
    description:
      'The signing certificate (and possibly its chain), base64-encoded, inside the token. Only worth anything if the chain is checked against a trusted root and the certificate is the one the issuer is known to use.',
    sources: [rfc(7515, '4.1.6')],
  },
  {
    name: 'crit',
    title: 'Critical parameters',
    description:
      'A list of header parameters that the recipient must understand. A verifier that does not know one of them must reject the token instead of ignoring it.',
    sources: [rfc(7515, '4.1.11')],
  },
  {
    name: 'b64',
    title: 'Base64url-encode payload',
    description:
      'When false, the payload is not base64url-encoded but used as it is (RFC 7797). Such a token is a JWS but not a JWT, and the parameter must also be listed in crit.',
    sources: [rfc(7797, '3')],
  },
  {
    name: 'enc',
    title: 'Content encryption algorithm',
    description:
      'In an encrypted token (JWE), the algorithm that encrypts the content itself, such as A256GCM.',
    sources: [rfc(7516, '4.1.2')],
  },
  {
    name: 'zip',
    title: 'Compression algorithm',
    description:
      'In an encrypted token, says that the content was compressed (with DEFLATE) before it was encrypted. Compressing secrets next to attacker-influenced data can leak them through the length.',
    sources: [rfc(7516, '4.1.3')],
  },
  {
    name: 'epk',
    title: 'Ephemeral public key',
    description:
      "In an encrypted token using ECDH key agreement, the sender's one-time public key, from which the recipient derives the content key.",
    sources: [rfc(7518, '4.6.1.1')],
  },
  {
    name: 'apu',
    title: 'Agreement PartyUInfo',
    description:
      'In ECDH key agreement, information about the sender mixed into the key derivation.',
    sources: [rfc(7518, '4.6.1.2')],
  },
  {
    name: 'apv',
    title: 'Agreement PartyVInfo',
    description:
      'In ECDH key agreement, information about the recipient mixed into the key derivation.',
    sources: [rfc(7518, '4.6.1.3')],
  },
  {
    name: 'iv',
    title: 'Key-wrapping initialization vector',
    description:
      'For AES-GCM key wrapping, the initialization vector used to encrypt the content key (not the one used for the content).',
    sources: [rfc(7518, '4.7.1.1')],
  },
  {
    name: 'tag',
    title: 'Key-wrapping authentication tag',
    description: 'For AES-GCM key wrapping, the tag that authenticates the encrypted content key.',
    sources: [rfc(7518, '4.7.1.2')],
  },
  {
    name: 'p2s',
    title: 'PBES2 salt',
    description:
      'For password-based key encryption, the salt input mixed with the algorithm name before the password is stretched.',
    sources: [rfc(7518, '4.8.1.1')],
  },
  {
    name: 'p2c',
    title: 'PBES2 iteration count',
    description:
      'For password-based key encryption, how many rounds stretch the password. A huge value can be used to make a recipient burn CPU.',
    sources: [rfc(7518, '4.8.1.2')],
  },
  {
    name: 'nonce',
    title: 'Nonce (Microsoft API token)',
    description:
      'Not a standard JWS header parameter. Microsoft puts a nonce in the header of tokens meant for its own APIs (such as Microsoft Graph) and changes the token before it is signed, so the signature cannot be checked by anyone else: such a token decodes, but cannot be verified by third parties, by design.',
    sources: [MICROSOFT_ACCESS_TOKENS],
    microsoft:
      'If you get one for Microsoft Graph, that is expected; request a token for your own API (your own scope) if you need to validate it.',
  },
];
