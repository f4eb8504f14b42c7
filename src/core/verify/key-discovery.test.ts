import { describe, expect, it } from 'vitest';
import { describeDiscoveryUrlSource, issuerKeysOriginName } from './key-discovery.ts';

const document = {
  url: 'https://issuer.example/.well-known/openid-configuration',
  issuer: 'https://issuer.example',
  jwksUri: 'https://issuer.example/keys',
};

describe('where the Discovery URL came from', () => {
  it('names keys "the issuer\'s" only when the token\'s iss led to them', () => {
    expect(issuerKeysOriginName(undefined)).toBe("from the issuer's JWKS");
    expect(issuerKeysOriginName({ url: document.url, source: 'token', document })).toBe(
      "from the issuer's JWKS",
    );
    for (const source of ['typed', 'link'] as const) {
      expect(issuerKeysOriginName({ url: document.url, source, document })).toBe(
        'from the JWKS of a discovery URL the token did not name',
      );
    }
  });

  it('tells the user under the field', () => {
    expect(describeDiscoveryUrlSource('token')).toMatch(/^Prefilled from the token’s iss\./);
    expect(describeDiscoveryUrlSource('link')).toBe(
      'This address came with the link that opened this page, not from the token’s iss: whoever made the link chose it. It is fetched only when you press Fetch keys, and the verdict says the keys came from a URL the token did not name.',
    );
    expect(describeDiscoveryUrlSource('typed')).toBe(
      'Typed in, not derived from the token’s iss: the verdict says the keys came from a URL the token did not name.',
    );
  });
});
