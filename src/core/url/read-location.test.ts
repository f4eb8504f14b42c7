import { describe, expect, it } from 'vitest';
import { moveResponseFromQuery, readLocation } from './read-location.ts';

const read = (hash: string, moved?: Parameters<typeof readLocation>[1]) =>
  readLocation(new URLSearchParams(hash.replace(/^#/, '')), moved);

describe('readLocation', () => {
  it.each(['id_token', 'access_token', 'token'] as const)('reads #%s=', (parameter) => {
    expect(read(`#${parameter}=a.b.c&state=1`)).toEqual({
      token: 'a.b.c',
      parameter,
      identityProviderError: undefined,
      arrivedInQuery: false,
      signatureRemoved: false,
      encryptedPartsRemoved: false,
    });
  });

  it('says when the sender removed the signature or the encrypted parts', () => {
    expect(read('#token=a.b.&signature=removed').signatureRemoved).toBe(true);
    expect(read('#token=a....&encrypted=removed').encryptedPartsRemoved).toBe(true);
    expect(read('#token=a.b.&signature=kept').signatureRemoved).toBe(false);
  });

  it('prefers id_token when the fragment also has an access token', () => {
    expect(read('#access_token=x.y.z&id_token=a.b.c').token).toBe('a.b.c');
  });

  it('reads an identity provider error with its description', () => {
    const content = read(
      '#error=access_denied&error_description=AADSTS50105%3A+not+assigned&state=9',
    );
    expect(content.token).toBeUndefined();
    expect(content.identityProviderError).toEqual({
      error: 'access_denied',
      description: 'AADSTS50105: not assigned',
      uri: undefined,
    });
  });

  it('says the token arrived in the query string only while the moved token is still there', () => {
    const moved = [
      ['id_token', 'a.b.c'],
      ['state', 's'],
    ] as const;
    expect(read('#id_token=a.b.c&state=s', moved).arrivedInQuery).toBe(true);
    expect(read('', moved).arrivedInQuery).toBe(false);
    expect(read('#state=s', moved).arrivedInQuery).toBe(false);
    expect(read('#id_token=other', moved).arrivedInQuery).toBe(false);
  });
});

describe('moveResponseFromQuery', () => {
  it('moves a token in the query string into the fragment', () => {
    expect(moveResponseFromQuery('?id_token=a.b.c&state=s', '')).toEqual({
      search: '',
      hash: 'id_token=a.b.c&state=s',
      moved: [
        ['id_token', 'a.b.c'],
        ['state', 's'],
      ],
    });
  });

  it('keeps fragment parameters when moving the query string', () => {
    const move = moveResponseFromQuery('?token=q.q.q&sim.sif=1', '#sim.sif=60');
    expect(move?.hash).toBe('sim.sif=60&token=q.q.q');
    expect(move?.moved).toEqual([['token', 'q.q.q']]);
  });

  it('moves an identity provider error', () => {
    expect(moveResponseFromQuery('?error=access_denied', '')?.hash).toBe('error=access_denied');
  });

  it('leaves an unrelated query string alone', () => {
    expect(moveResponseFromQuery('?utm=x', '')).toBeUndefined();
  });
});
