import { describe, expect, it } from 'vitest';
import { readLocation } from './read-location.ts';

describe('readLocation', () => {
  it.each(['id_token', 'access_token', 'token'] as const)('reads #%s=', (parameter) => {
    expect(readLocation('', `#${parameter}=a.b.c&state=1`)).toEqual({
      token: 'a.b.c',
      parameter,
      identityProviderError: undefined,
      moveFromQuery: undefined,
      signatureRemoved: false,
    });
  });

  it('says when the sender removed the signature', () => {
    expect(readLocation('', '#token=a.b.&signature=removed').signatureRemoved).toBe(true);
  });

  it('prefers id_token when the fragment also has an access token', () => {
    expect(readLocation('', '#access_token=x.y.z&id_token=a.b.c').token).toBe('a.b.c');
  });

  it('reads an identity provider error with its description', () => {
    const content = readLocation(
      '',
      '#error=access_denied&error_description=AADSTS50105%3A+not+assigned&state=9',
    );
    expect(content.token).toBeUndefined();
    expect(content.identityProviderError).toEqual({
      error: 'access_denied',
      description: 'AADSTS50105: not assigned',
      uri: undefined,
    });
  });

  it('moves a token in the query string into the fragment', () => {
    const content = readLocation('?id_token=a.b.c&state=s', '');
    expect(content.token).toBe('a.b.c');
    expect(content.moveFromQuery).toEqual({ search: '', hash: 'id_token=a.b.c&state=s' });
  });

  it('keeps fragment parameters when moving the query string', () => {
    const content = readLocation('?token=q.q.q', '#sim.sif=60');
    expect(content.moveFromQuery?.hash).toBe('sim.sif=60&token=q.q.q');
  });

  it('leaves an unrelated query string alone', () => {
    expect(readLocation('?utm=x', '').moveFromQuery).toBeUndefined();
  });
});
