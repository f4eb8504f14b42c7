/**
 * Secrets that appear in tutorials, library READMEs and jwt.io's default token. A token
 * signed with one of these can be forged by anyone who has read the same page.
 */
const WELL_KNOWN_SECRETS = new Set([
  'secret',
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long',
  'secretkey',
  'secret-key',
  'secret_key',
  'mysecret',
  'my-secret',
  'my_secret',
  'mysecretkey',
  'supersecret',
  'jwtsecret',
  'jwt-secret',
  'jwt_secret',
  'shhhhh',
  'shhhhhhared-secret',
  'keyboard cat',
  'changeme',
  'changeit',
  'password',
  'default',
  'test',
  'key',
  'hmac-secret',
  'qwertyuiopasdfghjklzxcvbnm123456',
]);

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Why an HMAC secret is weak, if it is (RFC 7518 §3.2 requires a key at least as long as the
 * hash output; RFC 8725 §3.5 warns about human-memorable secrets). `hashBytes` is the output
 * length of the token's algorithm (32 for HS256).
 */
export function findWeakSecretProblems(secret: Uint8Array, hashBytes: number): string[] {
  const problems: string[] = [];
  const text = utf8.decode(secret).trim().toLowerCase();
  if (WELL_KNOWN_SECRETS.has(text)) {
    problems.push(
      'This secret is a well-known default from tutorials and samples: anyone can forge tokens signed with it.',
    );
  }
  if (secret.length < hashBytes) {
    problems.push(
      `The secret is ${secret.length} bytes; HS${hashBytes * 8} needs at least ${hashBytes} (RFC 7518 §3.2). Short secrets can be brute-forced offline from a single token.`,
    );
  }
  if (secret.length > 1 && secret.every((byte) => byte === secret[0])) {
    problems.push('Every byte of the secret is the same: it is not random.');
  }
  return problems;
}
