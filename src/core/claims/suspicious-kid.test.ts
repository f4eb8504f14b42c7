import { describe, expect, it } from 'vitest';
import { describeSuspiciousKid } from './suspicious-kid.ts';

describe('describeSuspiciousKid', () => {
  it.each([
    'nOo3ZDrODXEK1jKWhXslHR_KXEg',
    '2ZQpJ3UpbjAYXYGaXEJl8lV0TOI',
    'c8a3f0e2-5b1d-4c6e-9f7a-2d4b6e8f0a1c',
    'abc+def/ghi=',
    'key-2024-01:rsa',
    undefined,
  ])('accepts the ordinary key id %j', (kid) => {
    expect(describeSuspiciousKid(kid)).toBeUndefined();
  });

  it.each([
    ['../../../../dev/null', /file path/],
    ['/etc/passwd', /file path/],
    ['keys\\..\\secret', /file path/],
    ['%2e%2e%2fkeys', /file path/],
    ["x' UNION SELECT 'key", /injection/],
    ['key; rm -rf /', /injection/],
    ['my key', /spaces/],
    ['key|whoami', /injection/],
    ['$(curl evil)', /injection/],
    ['<script>', /injection/],
    ['a\u0000b', /control characters/],
    ['', /empty/],
    ['k'.repeat(300), /unusually long/],
    [42, /a number, not a string/],
    [null, /null/],
    [['a'], /a list/],
  ])('flags %j', (kid, reason) => {
    expect(describeSuspiciousKid(kid)).toMatch(reason);
  });
});
