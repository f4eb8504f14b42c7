import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPkcs1, readSpki, type SpkiReadResult } from './read-spki.ts';
import type { PublicJwk } from './verification-key.ts';

/**
 * der.ts against OpenSSL (node:crypto): random valid keys must read exactly as node exports
 * them, and mutated DER (bit flips, truncation, changed lengths, extra bytes) must never be
 * read as a key node refuses, nor as a different key than node reads.
 */

type DerType = 'spki' | 'pkcs1';

interface Sample {
  name: string;
  type: DerType;
  der: Uint8Array;
}

function samples(name: string, publicKey: KeyObject, withPkcs1 = false): Sample[] {
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const list: Sample[] = [{ name: `${name} SPKI`, type: 'spki', der: spki }];
  if (withPkcs1) {
    const pkcs1 = new Uint8Array(publicKey.export({ type: 'pkcs1', format: 'der' }));
    list.push({ name: `${name} PKCS#1`, type: 'pkcs1', der: pkcs1 });
  }
  return list;
}

/** A few keys of every supported kind, made once: RSA key generation is slow. */
const KEYS: Sample[] = [
  ...[1024, 2048, 3072].flatMap((modulusLength, index) =>
    samples(
      `RSA ${modulusLength}`,
      generateKeyPairSync('rsa', {
        modulusLength,
        publicExponent: index === 0 ? 3 : 65537,
      }).publicKey,
      true,
    ),
  ),
  ...(['P-256', 'P-384', 'P-521'] as const).flatMap((namedCurve) =>
    [1, 2].flatMap((round) =>
      samples(`EC ${namedCurve} #${round}`, generateKeyPairSync('ec', { namedCurve }).publicKey),
    ),
  ),
  ...[1, 2].flatMap((round) =>
    samples(`Ed25519 #${round}`, generateKeyPairSync('ed25519').publicKey),
  ),
];

type NodeResult = { ok: true; jwk: Record<string, unknown> } | { ok: false };

function readWithNode(der: Uint8Array, type: DerType): NodeResult {
  try {
    const key = createPublicKey({ key: Buffer.from(der), format: 'der', type });
    return { ok: true, jwk: key.export({ format: 'jwk' }) as Record<string, unknown> };
  } catch {
    return { ok: false };
  }
}

function readWithOurs(der: Uint8Array, type: DerType): SpkiReadResult {
  return type === 'spki' ? readSpki(der) : readPkcs1(der);
}

/** The members a verifier uses, in node's JWK spelling. */
function keyMembers(jwk: Record<string, unknown>): Record<string, unknown> {
  const { kty, n, e, crv, x, y } = jwk;
  return Object.fromEntries(
    Object.entries({ kty, n, e, crv, x, y }).filter(([, value]) => value !== undefined),
  );
}

/** Every refusal names what is wrong; never an empty or generic message. */
const SPECIFIC_ERROR =
  /^(The DER structure is malformed: [a-z].+\.|The RSA key is not usable: its .+\.|This is an? .+\.|The (EC|key) .+\.)$/;

function importEcJwk(jwk: PublicJwk): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: jwk.crv! }, false, [
    'verify',
  ]);
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('append' as const),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
  }),
  // Rewrites the length of the element starting at `at` in long form with extra leading zeros
  // or one more byte than needed: BER allows both, DER neither.
  fc.record({ kind: fc.constant('widen-length' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/**
 * The DER as a tree, parsed here independently of der.ts (the samples come from OpenSSL, so
 * they are canonical), for mutations that keep every enclosing length consistent: those reach
 * the checks a byte flip almost never does (an element too many, an OID one byte longer).
 */
type DerNode = { tag: number; children: DerNode[] } | { tag: number; content: number[] };

function parseTree(bytes: number[], start = 0, end = bytes.length): DerNode[] {
  const nodes: DerNode[] = [];
  let at = start;
  while (at < end) {
    const tag = bytes[at]!;
    let length = bytes[at + 1]!;
    let contentStart = at + 2;
    if (length > 0x80) {
      const count = length & 0x7f;
      length = 0;
      for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i]!;
      contentStart += count;
    }
    const contentEnd = contentStart + length;
    // SEQUENCE and SET are constructed; so is a BIT STRING that wraps an RSAPublicKey.
    const wrapsDer = tag === 0x03 && bytes[contentStart] === 0 && bytes[contentStart + 1] === 0x30;
    if ((tag & 0x20) !== 0) {
      nodes.push({ tag, children: parseTree(bytes, contentStart, contentEnd) });
    } else if (wrapsDer) {
      nodes.push({
        tag,
        children: [{ tag: 0, content: [0] }, ...parseTree(bytes, contentStart + 1, contentEnd)],
      });
    } else {
      nodes.push({ tag, content: bytes.slice(contentStart, contentEnd) });
    }
    at = contentEnd;
  }
  return nodes;
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const digits: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) digits.unshift(rest % 256);
  return [0x80 | digits.length, ...digits];
}

function serialize(node: DerNode): number[] {
  if ('content' in node) {
    // The BIT STRING's leading "unused bits" byte is kept as a tag-0 pseudo-node.
    if (node.tag === 0) return node.content;
    return [node.tag, ...encodeLength(node.content.length), ...node.content];
  }
  const inner = node.children.flatMap(serialize);
  return [node.tag, ...encodeLength(inner.length), ...inner];
}

function allNodes(node: DerNode): DerNode[] {
  return [node, ...('children' in node ? node.children.flatMap(allNodes) : [])];
}

const structuralMutation = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom(
    'extend' as const,
    'shorten' as const,
    'add-child' as const,
    'drop-child' as const,
    'retag' as const,
  ),
  value: fc.integer({ min: 0, max: 255 }),
});

function mutateStructure(
  der: Uint8Array,
  change: typeof structuralMutation extends fc.Arbitrary<infer T> ? T : never,
): Uint8Array {
  const [root] = parseTree(Array.from(der));
  const nodes = allNodes(root!).filter((node) => node.tag !== 0);
  const node = nodes[change.pick % nodes.length]!;
  switch (change.kind) {
    case 'extend':
      if ('content' in node) node.content.push(change.value);
      else node.children.push({ tag: 0x05, content: [] });
      break;
    case 'shorten':
      if ('content' in node) node.content.pop();
      else node.children.pop();
      break;
    case 'add-child':
      if ('children' in node)
        node.children.push({ tag: change.value & 0x1e, content: [change.value] });
      else node.content.unshift(change.value);
      break;
    case 'drop-child':
      if ('children' in node) node.children.shift();
      else node.content.shift();
      break;
    case 'retag':
      node.tag = change.value & 0xdf;
      break;
  }
  return new Uint8Array(serialize(root!));
}

function mutate(der: Uint8Array, change: Mutation): Uint8Array {
  const bytes = Array.from(der);
  switch (change.kind) {
    case 'flip': {
      const at = change.at % bytes.length;
      bytes[at] = bytes[at]! ^ (1 << change.bit);
      return new Uint8Array(bytes);
    }
    case 'truncate':
      return new Uint8Array(bytes.slice(0, change.at % bytes.length));
    case 'set':
      bytes[change.at % bytes.length] = change.value;
      return new Uint8Array(bytes);
    case 'insert':
      bytes.splice(change.at % (bytes.length + 1), 0, change.value);
      return new Uint8Array(bytes);
    case 'remove':
      bytes.splice(change.at % bytes.length, 1);
      return new Uint8Array(bytes);
    case 'append':
      return new Uint8Array([...bytes, ...change.bytes]);
    case 'widen-length': {
      const at = (change.at % (bytes.length - 1)) + 1;
      const first = bytes[at]!;
      if (first < 0x80) {
        bytes.splice(at, 1, 0x81, first);
      } else if (first > 0x80 && first < 0x84) {
        const count = first & 0x7f;
        bytes.splice(at, 1, 0x80 | (count + 1), 0);
      }
      return new Uint8Array(bytes);
    }
  }
}

describe('der.ts compared with node:crypto', () => {
  it.each(KEYS.map((sample) => [sample.name, sample] as const))(
    'reads %s exactly as node exports it',
    (_name, sample) => {
      const node = readWithNode(sample.der, sample.type);
      const ours = readWithOurs(sample.der, sample.type);
      expect(node.ok).toBe(true);
      expect(ours.ok).toBe(true);
      if (node.ok && ours.ok) expect(ours.jwk).toEqual(keyMembers(node.jwk));
    },
  );

  it('never accepts mutated DER that node refuses, nor reads it as another key', async () => {
    // EC keys whose point node refuses; checked with Web Crypto after the (synchronous) run.
    const offCurve: PublicJwk[] = [];
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.oneof(
          mutation.map((bytes) => ({ bytes })),
          structuralMutation.map((structure) => ({ structure })),
        ),
        (sample, change) => {
          const der =
            'bytes' in change
              ? mutate(sample.der, change.bytes)
              : mutateStructure(sample.der, change.structure);
          const node = readWithNode(der, sample.type);
          const ours = readWithOurs(der, sample.type);
          if (!ours.ok) {
            expect(ours.message).toMatch(SPECIFIC_ERROR);
          } else if (node.ok) {
            expect(ours.jwk).toEqual(keyMembers(node.jwk));
          } else {
            // A flipped bit inside an EC point leaves well-formed DER whose point is off its
            // curve. That is no DER matter: the verifier imports every key with Web Crypto,
            // which checks the point (no curve arithmetic is hand-written here).
            expect(ours.jwk.kty, `node refuses what we read as ${ours.description}`).toBe('EC');
            offCurve.push(ours.jwk);
          }
        },
      ),
      { numRuns: 4000 },
    );
    for (const jwk of offCurve) await expect(importEcJwk(jwk)).rejects.toThrow();
  }, 60_000);
});
