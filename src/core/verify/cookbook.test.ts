import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { parseKeys } from './parse-keys.ts';
import { verifySignature } from './verify-signature.ts';

interface CookbookCase {
  input: { key: Record<string, unknown>; alg: string };
  output: { compact: string };
}

function readVector(path: string): CookbookCase {
  const url = new URL(`../../test-vectors/jose-cookbook/${path}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as CookbookCase;
}

/** The public half of a JWK, as an issuer would publish it; HMAC keys are the secret itself. */
function publicPart(key: Record<string, unknown>): Record<string, unknown> {
  if (key.kty === 'oct') return key;
  const privateMembers = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi']);
  return Object.fromEntries(Object.entries(key).filter(([name]) => !privateMembers.has(name)));
}

const VECTORS = [
  ['RFC 7520 §4.1 RS256', 'jws/4_1.rsa_v15_signature.json'],
  ['RFC 7520 §4.2 PS384', 'jws/4_2.rsa-pss_signature.json'],
  ['RFC 7520 §4.3 ES512', 'jws/4_3.ecdsa_signature.json'],
  ['RFC 7520 §4.4 HS256', 'jws/4_4.hmac-sha2_integrity_protection.json'],
  ['RFC 8037 Ed25519', 'curve25519/jws.json'],
] as const;

describe('JOSE cookbook signatures', () => {
  it.each(VECTORS)('%s verifies with the public part of its key', async (_name, path) => {
    const vector = readVector(path);
    const parsed = parseKeys(JSON.stringify(publicPart(vector.input.key)));
    if (!parsed.ok) throw parsed.error;
    const decoded = decodeToken(vector.output.compact);
    expect(decoded.errors).toEqual([]);
    const outcome = await verifySignature({ decoded, keySet: parsed.keySet });
    expect(outcome.kind, outcome.summary).toBe('verified');
    expect(outcome.summary).toContain(`verified the ${vector.input.alg} signature`);
  });

  it.each(VECTORS)('%s rejects a changed payload', async (_name, path) => {
    const vector = readVector(path);
    const parsed = parseKeys(JSON.stringify(publicPart(vector.input.key)));
    if (!parsed.ok) throw parsed.error;
    const [header, payload, signature] = vector.output.compact.split('.');
    const altered = `${header}.${payload!.startsWith('A') ? 'B' : 'A'}${payload!.slice(1)}.${signature}`;
    const outcome = await verifySignature({ decoded: decodeToken(altered), keySet: parsed.keySet });
    expect(outcome.kind).toBe('invalid-signature');
  });

  it('uses only the public part of a pasted private JWK, and says so', async () => {
    const vector = readVector('jws/4_1.rsa_v15_signature.json');
    const parsed = parseKeys(JSON.stringify(vector.input.key));
    if (!parsed.ok) throw parsed.error;
    const key = parsed.keySet.keys[0]!;
    expect(key.jwk).not.toHaveProperty('d');
    expect(key.warnings[0]).toContain('private key material (d, p, q, dp, dq, qi)');
    const outcome = await verifySignature({
      decoded: decodeToken(vector.output.compact),
      keySet: parsed.keySet,
    });
    expect(outcome.kind).toBe('verified');
  });
});
