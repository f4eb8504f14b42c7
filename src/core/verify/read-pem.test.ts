import { describe, expect, it } from 'vitest';
import { findPemBlocks, readPemBlocks } from './read-pem.ts';
import { RSA_SPKI } from './test-fixtures.ts';
import { KeyError } from './verify-errors.ts';

describe('findPemBlocks', () => {
  it('finds each block from its BEGIN line to the first END line after it', () => {
    const text = `junk -----BEGIN A-----\nAAAA\n-----END A----- between -----BEGIN B C-----BBBB-----END B C-----`;
    expect(findPemBlocks(text)).toEqual([
      { label: 'A', body: '\nAAAA\n', endLabel: 'A' },
      { label: 'B C', body: 'BBBB', endLabel: 'B C' },
    ]);
  });

  it('skips malformed BEGIN and END lines, as the former regex did', () => {
    expect(findPemBlocks('-----BEGIN lower-----x-----END lower----- -----BEGIN K-----y')).toEqual(
      [],
    );
    expect(findPemBlocks('-----BEGIN K-----y-----END bad----- z -----END K-----')).toEqual([
      { label: 'K', body: 'y-----END bad----- z ', endLabel: 'K' },
    ]);
  });

  // 25,000 BEGIN lines (675 KB) with no END: the regex reader rescanned the rest of the text
  // from every line and took about 7 s; this must now be one pass. The timing itself is
  // measured by `npm run bench`, never asserted here.
  it('reads 675 KB of unterminated BEGIN lines in one pass and explains them', () => {
    const text = '-----BEGIN PUBLIC KEY-----\n'.repeat(25_000);
    expect(findPemBlocks(text)).toEqual([]);
    const error = readPemBlocks(text);
    expect(error).toBeInstanceOf(KeyError);
    expect((error as KeyError).code).toBe('pem-invalid');
    expect((error as KeyError).message).toBe(
      'The text has a "-----BEGIN" line but no complete PEM block: check that the "-----END …-----" line was copied too.',
    );
  });

  it('still reads a real key after 675 KB of BEGIN lines with malformed labels', () => {
    const text = `${'-----BEGIN x-----\n'.repeat(37_500)}${RSA_SPKI}`;
    const keys = readPemBlocks(text);
    expect(keys).not.toBeInstanceOf(KeyError);
    expect((keys as Exclude<typeof keys, KeyError>).map((key) => key.description)).toEqual([
      'RSA 2048 public key',
    ]);
  });
});
