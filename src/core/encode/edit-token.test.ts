import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token.ts';
import { encodeToken as assembleToken } from '../token/encode-token.ts';
import { editToken } from './edit-token.ts';

const SIGNATURE = new Uint8Array(32).fill(9);

function draft(token: string) {
  const result = editToken(decodeToken(token));
  if (!result.ok) throw result.error;
  return result.draft;
}

function refusal(token: string) {
  const result = editToken(decodeToken(token));
  if (result.ok) throw new Error('expected a refusal');
  return [result.error.code, result.error.message];
}

describe('editToken', () => {
  it('prints header and payload as JSON.stringify(value, null, 2) and keeps the algorithm', () => {
    const header = { typ: 'JWT', alg: 'RS256', kid: 'k' };
    const payload = { sub: 'alice', roles: ['a', 'b'], exp: 1700000000 };
    expect(draft(assembleToken(header, payload, SIGNATURE))).toEqual({
      headerText: JSON.stringify(header, null, 2),
      payloadText: JSON.stringify(payload, null, 2),
      algorithm: 'RS256',
      message:
        'The signature was dropped: the edited token needs a new RS256 signature, made with the key in Signing key.',
      notices: [],
    });
  });

  it('says what the editors cannot keep: duplicates and integers beyond 2^53', () => {
    const result = draft(
      assembleToken(
        { alg: 'HS256', alg2: 1 },
        '{"sub":"a","sub":"b","big":{"id":12345678901234567890}}',
        SIGNATURE,
      ),
    );
    expect(result.payloadText).toBe(
      '{\n  "sub": "b",\n  "big": {\n    "id": 12345678901234567000\n  }\n}',
    );
    expect(result.notices).toEqual([
      'The payload gave "sub" more than once; the editor keeps the last value.',
      "The payload's big.id is an integer beyond 2^53, which JSON numbers cannot hold exactly; the editor shows it rounded.",
    ]);
  });

  it('an algorithm the encoder does not offer, or none', () => {
    expect(draft(assembleToken({ alg: 'ES256K' }, {}, SIGNATURE))).toMatchObject({
      algorithm: undefined,
      message:
        'The signature was dropped, and the encoder cannot sign "ES256K": choose an algorithm and a key in Signing key for the new signature.',
    });
    expect(draft(assembleToken({ alg: 'none' }, { sub: 'x' }))).toMatchObject({
      algorithm: undefined,
      message:
        'This token is unsecured (alg "none"): choose an algorithm and a key in Signing key to sign the edited token.',
    });
  });

  it('keeps a text payload as text, and says it must become JSON', () => {
    expect(draft(assembleToken({ alg: 'HS256' }, 'hello', SIGNATURE))).toMatchObject({
      payloadText: 'hello',
      notices: ['The payload is not JSON; the encoder signs JSON, so make it JSON before signing.'],
    });
  });

  it('refuses what it cannot put into the editors', () => {
    expect(refusal('')).toEqual([
      'not-editable',
      'There is no token to edit: paste one into Token first.',
    ]);
    expect(refusal('eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a.b.c.d')).toEqual([
      'not-editable',
      'This token is encrypted, so only its header can be read. Decrypt it with Decryption key, then edit the token inside.',
    ]);
    expect(refusal('abc.def.ghi')).toEqual([
      'not-editable',
      'This token cannot be edited: it does not decode. Header segment: the decoded bytes are not valid UTF-8 text.',
    ]);
    const binary = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.`;
    expect(refusal(binary)).toEqual([
      'not-editable',
      'This token cannot be edited: its payload is binary data, not text.',
    ]);
    expect(
      refusal(
        `${Buffer.from('{"alg":"HS256"}').toString('base64url')}..${Buffer.from(SIGNATURE).toString('base64url')}`,
      ),
    ).toEqual([
      'not-editable',
      'This token cannot be edited: its payload is detached (not in the token).',
    ]);
  });
});
