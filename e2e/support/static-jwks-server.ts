import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { RequestCounter } from './request-counter.ts';

export type StaticKeyName = 'A' | 'B';

interface StaticKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export interface StaticJwksServer {
  origin: string;
  requests: RequestCounter;
  /** The issuer /impostor's discovery document claims to be (another server's, in tests). */
  impersonate(issuer: string): void;
  /** A token signed by Mallory's key M (kid "M"), claiming any issuer. */
  forge(iss: string): Promise<string>;
  /** An HS256 token of the /oct issuer, MACed with the symmetric key its JWKS publishes. */
  signWithPublishedSecret(): Promise<string>;
  /** The issuer (iss) of one scenario: `${origin}/${scenario}`. */
  issuer(scenario: Scenario): string;
  /** Which keys /rotation/jwks publishes now. */
  publish(keys: StaticKeyName[]): void;
  /** A token signed by key A or B, with kid A or B, issued by the scenario's issuer. */
  sign(
    key: StaticKeyName,
    scenario: Scenario,
    extraHeader?: Record<string, unknown>,
  ): Promise<string>;
  close(): Promise<void>;
}

/**
 * One issuer per path prefix, each with a discovery document at
 * `/<scenario>/.well-known/openid-configuration`:
 * - rotation: serves key A, then whatever `publish` says (A and B)
 * - missing: 404 for everything
 * - invalid-json: a discovery document that is not JSON
 * - no-cors: a valid document without Access-Control-Allow-Origin
 * - slow: answers after SLOW_MS
 * - jku: never should be asked; `/jku/keys` is what a hostile token points at
 * - impostor: a document claiming another issuer (see `impersonate`) with its own jwks_uri,
 *   which serves Mallory's key M
 * - attacker: an honest document for its own issuer, whose JWKS serves Mallory's key M
 * - oct: an issuer whose JWKS publishes a symmetric key (kty "oct", kid "S")
 */
export type Scenario =
  | 'rotation'
  | 'missing'
  | 'invalid-json'
  | 'no-cors'
  | 'slow'
  | 'jku'
  | 'impostor'
  | 'attacker'
  | 'oct';

/** The symmetric key /oct publishes: test-only, and public by design of the scenario. */
const PUBLISHED_SECRET = new TextEncoder().encode('published-in-a-jwks-so-anyone-can-mac');

export const SLOW_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function makeKey(kid: StaticKeyName | 'M'): Promise<StaticKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

export async function startStaticJwksServer(): Promise<StaticJwksServer> {
  const keys: Record<StaticKeyName, StaticKey> = { A: await makeKey('A'), B: await makeKey('B') };
  const mallory = await makeKey('M');
  let published: StaticKeyName[] = ['A'];
  let impersonated = '';
  const requests = new RequestCounter();
  let origin = '';

  function send(response: ServerResponse, status: number, body: string, cors = true) {
    response.statusCode = status;
    response.setHeader('content-type', 'application/json');
    response.setHeader('cache-control', 'no-store');
    if (cors) response.setHeader('access-control-allow-origin', '*');
    response.end(body);
  }

  const server = createServer(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    requests.record(request.method ?? 'GET', path);
    const [, scenario = '', ...rest] = path.split('/');
    const resource = rest.join('/');
    const document = (name: string) =>
      JSON.stringify({ issuer: `${origin}/${name}`, jwks_uri: `${origin}/${name}/jwks` });
    const jwks = (names: StaticKeyName[]) =>
      JSON.stringify({ keys: names.map((name) => keys[name].publicJwk) });
    const isDocument = resource === '.well-known/openid-configuration';

    switch (scenario) {
      case 'rotation':
      case 'slow':
        if (scenario === 'slow') await sleep(SLOW_MS);
        if (isDocument) return send(response, 200, document(scenario));
        if (resource === 'jwks')
          return send(response, 200, jwks(scenario === 'slow' ? ['A'] : published));
        return send(response, 404, '{"error":"not found"}');
      case 'impostor':
        if (isDocument) {
          const claim = { issuer: impersonated, jwks_uri: `${origin}/impostor/jwks` };
          return send(response, 200, JSON.stringify(claim));
        }
        if (resource === 'jwks')
          return send(response, 200, JSON.stringify({ keys: [mallory.publicJwk] }));
        return send(response, 404, '{"error":"not found"}');
      case 'attacker':
        if (isDocument) return send(response, 200, document(scenario));
        if (resource === 'jwks')
          return send(response, 200, JSON.stringify({ keys: [mallory.publicJwk] }));
        return send(response, 404, '{"error":"not found"}');
      case 'oct':
        if (isDocument) return send(response, 200, document(scenario));
        if (resource === 'jwks') {
          const secret = {
            kty: 'oct',
            kid: 'S',
            alg: 'HS256',
            k: Buffer.from(PUBLISHED_SECRET).toString('base64url'),
          };
          return send(response, 200, JSON.stringify({ keys: [secret] }));
        }
        return send(response, 404, '{"error":"not found"}');
      case 'invalid-json':
        if (isDocument) return send(response, 200, '{"issuer": "unterminated');
        return send(response, 404, '{"error":"not found"}');
      case 'no-cors':
        if (isDocument) return send(response, 200, document(scenario), false);
        if (resource === 'jwks') return send(response, 200, jwks(['A']), false);
        return send(response, 404, '{"error":"not found"}', false);
      default:
        return send(response, 404, '{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
    issuer: (scenario) => `${origin}/${scenario}`,
    publish(names) {
      published = names;
    },
    impersonate(issuer) {
      impersonated = issuer;
    },
    forge(iss) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ sub: 'mallory', aud: 'api://static' })
        .setProtectedHeader({ alg: 'ES256', kid: 'M', typ: 'JWT' })
        .setIssuer(iss)
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(mallory.privateKey);
    },
    signWithPublishedSecret() {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ sub: 'anyone', aud: 'api://static' })
        .setProtectedHeader({ alg: 'HS256', kid: 'S', typ: 'JWT' })
        .setIssuer(`${origin}/oct`)
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(PUBLISHED_SECRET);
    },
    sign(name, scenario, extraHeader = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ sub: `user-${name}`, aud: 'api://static', scp: 'read' })
        .setProtectedHeader({ alg: 'ES256', kid: name, typ: 'JWT', ...extraHeader })
        .setIssuer(`${origin}/${scenario}`)
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(keys[name].privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
