import { describe, expect, it } from 'vitest';
import { readMemberOrder } from './member-order.ts';

describe('readMemberOrder', () => {
  it('keeps the written order, integer-like names included', () => {
    const text = '{"sub":"a","10":1,"aud":["x"],"2":true}';
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['2', '10', 'sub', 'aud']);
    expect(readMemberOrder(text)).toEqual(['sub', '10', 'aud', '2']);
  });

  it('lists only top-level members, a repeated name once', () => {
    const text = '{"a":{"b":1,"c":[{"d":2}]},"e":1,"a":2}';
    expect(readMemberOrder(text)).toEqual(['a', 'e']);
  });

  it('gives nothing for a value that is not an object', () => {
    expect(readMemberOrder('[{"a":1}]')).toEqual([]);
  });
});
