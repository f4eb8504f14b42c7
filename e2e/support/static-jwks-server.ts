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
 */
export type Scenario = 'rotation' | 'missing' | 'invalid-json' | 'no-cors' | 'slow' | 'jku';

export const SLOW_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function makeKey(kid: StaticKeyName): Promise<StaticKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

export async function startStaticJwksServer(): Promise<StaticJwksServer> {
  const keys: Record<StaticKeyName, StaticKey> = { A: await makeKey('A'), B: await makeKey('B') };
  let published: StaticKeyName[] = ['A'];
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
