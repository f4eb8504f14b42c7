import { describe, expect, it } from 'vitest';
import { findHttpsLink, inspectUrl } from './safe-link.ts';

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
    'https://evil.example\\@trusted.example/',
    'https://trusted.example\\.evil.example/',
    'https://\u0430pple.com',
    'https://b\u00fccher.example/',
    'https://ex%61mple.com/',
    'https://0x7f.1/',
    'https://\uff45xample.com/',
    'https://trusted.example@evil.example/',
  ])('does not link %j', (value) => {
    expect(findHttpsLink(value)).toBeUndefined();
  });

  it('links only strings', () => {
    expect(findHttpsLink(['https://example.com'])).toBeUndefined();
  });
});

describe('links whose shown host is the host they open', () => {
  it.each([
    ['https://Login.MicrosoftOnline.com/common/', 'https://login.microsoftonline.com/common/'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://example.com/a/../b?x=1#y', 'https://example.com/b?x=1#y'],
    ['https://[::1]:8443/', 'https://[::1]:8443/'],
    ['https://xn--pple-43d.com/', 'https://xn--pple-43d.com/'],
  ])('links %j', (value, href) => {
    expect(findHttpsLink(value)).toBe(href);
  });
});

describe('inspectUrl', () => {
  it('sees that a backslash ends the host for the browser but not for a reader', () => {
    expect(inspectUrl('https://evil.example\\@trusted.example/')).toEqual({
      shownHost: 'trusted.example',
      host: 'evil.example',
      href: 'https://evil.example/@trusted.example/',
      deception: 'backslash',
      explanation:
        'it reads as a link to trusted.example but opens evil.example: browsers treat "\\" as "/", so the host ends before it and the rest becomes a path.',
    });
  });

  it('shows the punycode an internationalised look-alike opens, and the scripts it mixes', () => {
    expect(inspectUrl('https://\u0430pple.com')).toMatchObject({
      shownHost: '\u0430pple.com',
      host: 'xn--pple-43d.com',
      deception: 'idn',
      explanation:
        'it shows \u0430pple.com but opens xn--pple-43d.com, its punycode form: an internationalised domain name can imitate a familiar one, and it mixes Latin and Cyrillic letters in one name.',
    });
    expect(inspectUrl('https://b\u00fccher.example/')?.explanation).toBe(
      'it shows b\u00fccher.example but opens xn--bcher-kva.example, its punycode form: an internationalised domain name can imitate a familiar one.',
    );
  });

  it('names a user name dressed up as a host', () => {
    expect(inspectUrl('https://trusted.example@evil.example/')?.explanation).toBe(
      'it opens evil.example; the "trusted.example@" in front is a user name, not the host, which makes a link look as if it went elsewhere.',
    );
  });

  it('names a host the browser rewrites', () => {
    expect(inspectUrl('https://0x7f.1/')).toMatchObject({
      host: '127.0.0.1',
      deception: 'host-rewritten',
    });
  });

  it('has nothing to say about other text or an honest URL', () => {
    expect(inspectUrl('see https://example.com')).toBeUndefined();
    expect(inspectUrl('javascript:alert(1)')).toBeUndefined();
    expect(inspectUrl('http://example.com/')?.deception).toBeUndefined();
  });
});
