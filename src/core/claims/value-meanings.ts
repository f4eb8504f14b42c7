/** What individual claim values mean: lookup tables for the annotations. */

function table(entries: [string, string][]): ReadonlyMap<string, string> {
  return new Map(entries);
}

/** `amr` values: RFC 8176 §2 and the Microsoft identity platform. */
export const AUTHENTICATION_METHODS = table([
  ['pwd', 'password'],
  ['rsa', 'RSA key (for example Microsoft Authenticator or Windows Hello)'],
  ['otp', 'one-time code'],
  ['fed', 'federated: another identity provider vouched for the user'],
  ['wia', 'Windows integrated authentication'],
  ['mfa', 'multi-factor authentication'],
  ['ngcmfa', 'multi-factor authentication strong enough to register some advanced credentials'],
  ['wiaormfa', 'Windows integrated authentication or multi-factor authentication'],
  ['none', 'no authentication was completed'],
  ['face', 'face recognition'],
  ['fpt', 'fingerprint'],
  ['geo', 'location'],
  ['hwk', 'proof of a hardware-protected key'],
  ['iris', 'iris scan'],
  ['kba', 'knowledge-based questions'],
  ['mca', 'several authentication channels'],
  ['pin', 'PIN'],
  ['pop', 'proof of possession of a key'],
  ['rba', 'risk-based checks'],
  ['retina', 'retina scan'],
  ['sc', 'smart card'],
  ['sms', 'code sent by text message'],
  ['swk', 'proof of a software-protected key'],
  ['tel', 'telephone call'],
  ['user', 'user presence check'],
  ['vbm', 'voice recognition'],
]);

/** `appidacr` (v1.0) and `azpacr` (v2.0): how the client app authenticated. */
export const CLIENT_AUTHENTICATION = table([
  ['0', 'public client: the app proved nothing about itself (no secret or certificate)'],
  ['1', 'the app authenticated with its client id and a client secret'],
  ['2', 'the app authenticated with a client certificate'],
]);

/** `acct`: the user's relationship to the tenant. */
export const ACCOUNT_STATUS = table([
  ['0', 'member of the tenant'],
  ['1', 'guest in the tenant'],
]);

/** Scopes that OpenID Connect defines (Core §5.4, §11). */
export const OIDC_SCOPES = table([
  ['openid', 'sign the user in with OpenID Connect'],
  ['profile', "read the user's basic profile"],
  ['email', "read the user's email address"],
  ['address', "read the user's postal address"],
  ['phone', "read the user's phone number"],
  ['offline_access', 'get a refresh token, to keep access while the user is away'],
]);

/** `alg` values: RFC 7518 §3 (JWS) and §4 (JWE), RFC 8037 and RFC 8812. */
export const ALGORITHMS = table([
  ['HS256', 'HMAC with SHA-256: a shared secret, not a key pair'],
  ['HS384', 'HMAC with SHA-384: a shared secret, not a key pair'],
  ['HS512', 'HMAC with SHA-512: a shared secret, not a key pair'],
  ['RS256', 'RSA signature (PKCS #1 v1.5) with SHA-256'],
  ['RS384', 'RSA signature (PKCS #1 v1.5) with SHA-384'],
  ['RS512', 'RSA signature (PKCS #1 v1.5) with SHA-512'],
  ['PS256', 'RSA-PSS signature with SHA-256'],
  ['PS384', 'RSA-PSS signature with SHA-384'],
  ['PS512', 'RSA-PSS signature with SHA-512'],
  ['ES256', 'ECDSA signature on curve P-256 with SHA-256'],
  ['ES384', 'ECDSA signature on curve P-384 with SHA-384'],
  ['ES512', 'ECDSA signature on curve P-521 with SHA-512'],
  ['ES256K', 'ECDSA signature on curve secp256k1 with SHA-256'],
  ['EdDSA', 'Edwards-curve signature (Ed25519 or Ed448)'],
  ['Ed25519', 'Edwards-curve signature with Ed25519'],
  ['none', 'no signature at all: anyone can write such a token'],
  ['RSA-OAEP', 'content key encrypted with RSA-OAEP (SHA-1)'],
  ['RSA-OAEP-256', 'content key encrypted with RSA-OAEP (SHA-256)'],
  ['RSA1_5', 'content key encrypted with RSA PKCS #1 v1.5 (discouraged)'],
  ['A128KW', 'content key wrapped with a 128-bit AES key'],
  ['A192KW', 'content key wrapped with a 192-bit AES key'],
  ['A256KW', 'content key wrapped with a 256-bit AES key'],
  ['dir', 'a shared symmetric key used directly as the content key'],
  ['ECDH-ES', 'content key agreed with elliptic-curve Diffie-Hellman'],
  ['ECDH-ES+A128KW', 'ECDH key agreement, then AES key wrap (128-bit)'],
  ['ECDH-ES+A192KW', 'ECDH key agreement, then AES key wrap (192-bit)'],
  ['ECDH-ES+A256KW', 'ECDH key agreement, then AES key wrap (256-bit)'],
  ['A128GCMKW', 'content key wrapped with AES-GCM (128-bit)'],
  ['A192GCMKW', 'content key wrapped with AES-GCM (192-bit)'],
  ['A256GCMKW', 'content key wrapped with AES-GCM (256-bit)'],
  ['PBES2-HS256+A128KW', 'content key wrapped with a key derived from a password'],
  ['PBES2-HS384+A192KW', 'content key wrapped with a key derived from a password'],
  ['PBES2-HS512+A256KW', 'content key wrapped with a key derived from a password'],
]);

/** `enc` values: RFC 7518 §5. */
export const CONTENT_ENCRYPTION = table([
  ['A128CBC-HS256', 'AES-128 in CBC mode with an HMAC SHA-256 tag'],
  ['A192CBC-HS384', 'AES-192 in CBC mode with an HMAC SHA-384 tag'],
  ['A256CBC-HS512', 'AES-256 in CBC mode with an HMAC SHA-512 tag'],
  ['A128GCM', 'AES-128 in GCM mode'],
  ['A192GCM', 'AES-192 in GCM mode'],
  ['A256GCM', 'AES-256 in GCM mode'],
]);

/** `typ` values worth naming. Compared without the optional "application/" prefix. */
export const TOKEN_TYPES = table([
  ['jwt', 'a JSON Web Token'],
  ['at+jwt', 'an RFC 9068 JWT access token'],
  ['jose', 'a JWS or JWE in compact form'],
  ['jose+json', 'a JWS or JWE in JSON form'],
  ['secevent+jwt', 'a security event token (RFC 8417)'],
  ['logout+jwt', 'an OpenID Connect back-channel logout token'],
  ['dpop+jwt', 'a DPoP proof (RFC 9449), not a credential'],
  ['token-introspection+jwt', 'a signed token introspection response (RFC 9701)'],
]);

/** `typ` or `cty` without the "application/" prefix, in lower case (RFC 7515 §4.1.9). */
export function normalizeMediaType(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}
