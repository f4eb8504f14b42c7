import { describe, expect, it } from 'vitest';
import { TOKEN_FLOWS, TOKEN_KINDS } from './token-flows.ts';

describe('which flow yields which tokens', () => {
  it('matches the table of identity-platform.md', () => {
    const table = TOKEN_FLOWS.map((flow) => [
      flow.name,
      flow.needs ?? '—',
      ...TOKEN_KINDS.map((kind) => (flow.yields[kind] ? 'yes' : '—')),
    ]);
    expect(table).toEqual([
      ['Authorization code', '—', 'yes', 'yes', 'yes', 'yes'],
      ['Implicit', '—', 'yes', 'yes', '—', '—'],
      ['Hybrid OIDC', '—', 'yes', '—', '—', 'yes'],
      ['Refresh token redemption', 'Refresh token', 'yes', 'yes', 'yes', '—'],
      ['On-behalf-of', 'Access token', 'yes', 'yes', 'yes', '—'],
      ['Client credentials', '—', '—', 'yes', '—', '—'],
    ]);
    expect(TOKEN_FLOWS.at(-1)?.note).toBe('app-only access token');
  });
});
