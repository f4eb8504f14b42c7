import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import {
  DOCUMENTED_V1_ACCESS_TOKEN,
  DOCUMENTED_V1_HEADER,
  DOCUMENTED_V1_PAYLOAD,
  DOCUMENTED_V2_ACCESS_TOKEN,
  DOCUMENTED_V2_HEADER,
  DOCUMENTED_V2_PAYLOAD,
} from './documented-tokens.ts';
import { findFindings } from './find-findings.ts';
import { TEST_NOW } from './test-tokens.ts';
import { summarizeToken } from './token-summary.ts';

// The tokens of Microsoft's access-token documentation (see documented-tokens.ts).
describe.each([
  ['v1.0', DOCUMENTED_V1_ACCESS_TOKEN, DOCUMENTED_V1_HEADER, DOCUMENTED_V1_PAYLOAD],
  ['v2.0', DOCUMENTED_V2_ACCESS_TOKEN, DOCUMENTED_V2_HEADER, DOCUMENTED_V2_PAYLOAD],
] as const)('the documentation’s %s access token', (version, token, header, payload) => {
  const decoded = decodeToken(token);

  it('decodes to exactly the documented header and payload, in order', () => {
    expect(decoded.format).toBe('jws');
    expect(decoded.header?.text).toBe(JSON.stringify(header));
    expect(decoded.header?.value).toEqual(header);
    expect(decoded.payload).toMatchObject({ type: 'json', text: JSON.stringify(payload) });
    expect(decoded.payload?.type === 'json' && decoded.payload.value).toEqual(payload);
  });

  it('has its truncated signature flagged, by the decoder and by a finding', () => {
    expect(decoded.signature).toBeUndefined();
    expect(decoded.errors.map((error) => [error.code, error.segment])).toEqual([
      ['base64url-unused-bits', 'signature'],
    ]);
    expect(findFindings(decoded).find((finding) => finding.id === 'signature-length')).toEqual({
      id: 'signature-length',
      severity: 'error',
      title: 'Signature of the wrong length for RS256',
      advice:
        "The signature is 14 bytes long, but an RS256 signature is as long as the RSA key's modulus: 256 bytes for a 2048-bit key, more for longer keys. It was cut short (documentation cuts the tokens it publishes on purpose) or altered: no key can verify it.",
    });
  });

  it(`reads as a delegated ${version} access token`, () => {
    const summary = summarizeToken(decoded, TEST_NOW);
    expect(summary.kind).toMatchObject({ id: 'access-token-delegated', access: 'delegated' });
    expect(summary.version).toBe(version);
    expect(summary.tenant).toEqual({ id: payload.tid });
    expect(summary.scopes).toEqual([payload.scp]);
    expect(summary.validity.state).toBe('expired');
  });
});

describe('what sets the two documented tokens apart', () => {
  it('v1.0 names its client in appid; v2.0 in azp, and calls its own API', () => {
    const v1 = summarizeToken(decodeToken(DOCUMENTED_V1_ACCESS_TOKEN), TEST_NOW);
    const v2 = summarizeToken(decodeToken(DOCUMENTED_V2_ACCESS_TOKEN), TEST_NOW);
    expect(v1.client).toEqual({ id: DOCUMENTED_V1_PAYLOAD.appid, claim: 'appid' });
    expect(v1.user).toBe('abeli@microsoft.com');
    expect(v2.client).toEqual({ id: DOCUMENTED_V2_PAYLOAD.azp, claim: 'azp' });
    expect(v2.kind.detail).toBe(
      'It has scopes (scp): permissions a user delegated to the app. The client is also the audience: the app called its own API, which is allowed.',
    );
  });
});
