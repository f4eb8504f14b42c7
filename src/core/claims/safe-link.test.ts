import { describe, expect, it } from 'vitest';
import { findHttpsLink } from './safe-link.ts';

describe('findHttpsLink', () => {
  it('links an https URL', () => {
    expect(findHttpsLink('https://login.microsoftonline.com/common/')).toBe(
      'https://login.microsoftonline.com/common/',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' https://example.com',
    'http://example.com',
    'data:text/html,<script>alert(1)</script>',
    'see https://example.com',
    'https://example.com/\u202egpj.exe',
    'https://user:pass@example.com/',
    'https://',
  ])('does not link %j', (value) => {
    expect(findHttpsLink(value)).toBeUndefined();
  });

  it('links only strings', () => {
    expect(findHttpsLink(['https://example.com'])).toBeUndefined();
  });
});
