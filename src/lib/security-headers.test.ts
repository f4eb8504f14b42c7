import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config.ts';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from './security-headers.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** `Name: value` lines of a headers block (the README's, a _headers file's). */
function headerLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z-]+): (.+)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!;
  }
  return headers;
}

describe('the security headers', () => {
  it('forbid framing in the header policy, which the <meta> policy cannot say', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('are served by vite preview (npm start)', () => {
    expect(viteConfig.preview?.headers).toEqual(SECURITY_HEADERS);
  });

  it('are what index.html gets, and index.html holds no second copy of the policy', () => {
    expect(read('index.html')).toContain(
      '<meta http-equiv="Content-Security-Policy" content="%CONTENT_SECURITY_POLICY%" />',
    );
    expect(read('index.html')).not.toContain('default-src');
  });

  it('are in the Azure Static Web Apps config', () => {
    const config = JSON.parse(read('public/staticwebapp.config.json')) as {
      globalHeaders: Record<string, string>;
    };
    expect(config.globalHeaders).toEqual(SECURITY_HEADERS);
  });

  it('are in the Netlify / Cloudflare Pages _headers file, for every path', () => {
    const file = read('public/_headers');
    const all = file.slice(file.indexOf('/*\n'), file.indexOf('\n\n'));
    expect(headerLines(all)).toEqual(SECURITY_HEADERS);
  });

  it("are in the README's headers block and nginx snippet", () => {
    const readme = read('README.md');
    const deploying = readme.slice(readme.indexOf('## Deploying'));
    const block = /```\n([\s\S]*?)```/.exec(deploying)![1]!;
    expect(headerLines(block)).toEqual(SECURITY_HEADERS);
    const nginx = /```nginx\n([\s\S]*?)```/.exec(deploying)![1]!;
    const added = Object.fromEntries(
      [...nginx.matchAll(/add_header ([A-Za-z-]+) "([^"]+)" always;/g)].map((m) => [m[1], m[2]]),
    );
    expect(added).toEqual(SECURITY_HEADERS);
  });
});
