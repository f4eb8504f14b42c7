import type { JsonValue } from '../token/parse-json.ts';
import { revealInvisible } from './reveal-invisible.ts';

// Bidirectional controls would let a link's text read differently from where it goes.
const HIDDEN_CHARACTERS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;
const WEB_URL = /^https?:\/\/\S+$/i;

/** How a URL's text can mislead about where it goes. */
export type UrlDeception =
  /** `https://evil.example\@trusted.example/`: browsers read "\" as "/", so the host ends there. */
  | 'backslash'
  /** `https://trusted.example@evil.example/`: what stands before "@" is a user name. */
  | 'userinfo'
  /** `https://аpple.com` (Cyrillic а): an internationalised name opens its punycode form. */
  | 'idn'
  /** Escapes, number forms or full-width letters that the browser rewrites into another host. */
  | 'host-rewritten';

export interface UrlInspection {
  /** The host a reader takes from the text: after "//", before "/", "?" or "#", after "@". */
  shownHost: string;
  /** The host the browser contacts (punycode for an internationalised name). */
  host: string;
  href: string;
  deception: UrlDeception | undefined;
  /** Why the URL misleads, in words; undefined when it does not. */
  explanation: string | undefined;
}

/**
 * Reads an http(s) URL the way a person does and the way a browser does, and says where the
 * two disagree. Undefined for anything that is not one http(s) URL.
 */
export function inspectUrl(text: string): UrlInspection | undefined {
  if (!WEB_URL.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const authority = text.slice(text.indexOf('//') + 2).split(/[/?#]/)[0] ?? '';
  const shownHost = stripPort(authority.slice(authority.lastIndexOf('@') + 1)).toLowerCase();
  const host = url.hostname;
  const deception = findDeception(authority, shownHost, url);
  return {
    shownHost,
    host,
    href: url.href,
    deception,
    explanation: deception ? explain(deception, shownHost, host, authority) : undefined,
  };
}

/**
 * The URL to link to when a claim value is exactly one https URL whose shown host is the host it
 * opens; undefined otherwise. Only https is ever linked: javascript:, data: and http: values
 * stay inert text, and so does any URL that would open somewhere other than it says.
 */
export function findHttpsLink(value: JsonValue): string | undefined {
  if (typeof value !== 'string' || !/^https:\/\/\S+$/i.test(value)) return undefined;
  if (HIDDEN_CHARACTERS.test(value)) return undefined;
  const inspection = inspectUrl(value);
  if (!inspection || inspection.deception) return undefined;
  return inspection.href.startsWith('https:') ? inspection.href : undefined;
}

function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d*$/, '');
}

function findDeception(authority: string, shownHost: string, url: URL): UrlDeception | undefined {
  if (authority.includes('\\')) return 'backslash';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) return 'userinfo';
  if (shownHost === url.hostname) return undefined;
  const punycode = url.hostname.split('.').some((label) => label.startsWith('xn--'));
  return punycode && !shownHost.includes('xn--') ? 'idn' : 'host-rewritten';
}

function explain(
  deception: UrlDeception,
  shownHost: string,
  host: string,
  authority: string,
): string {
  const shown = revealInvisible(shownHost).text;
  switch (deception) {
    case 'backslash':
      return `it reads as a link to ${shown} but opens ${host}: browsers treat "\\" as "/", so the host ends before it and the rest becomes a path.`;
    case 'userinfo': {
      const user = revealInvisible(authority.slice(0, authority.lastIndexOf('@') + 1)).text;
      return `it opens ${host}; the "${user}" in front is a user name, not the host, which makes a link look as if it went elsewhere.`;
    }
    case 'idn': {
      const scripts = mixedScripts(shownHost);
      const mixed = scripts ? `, and it mixes ${scripts} letters in one name` : '';
      return `it shows ${shown} but opens ${host}, its punycode form: an internationalised domain name can imitate a familiar one${mixed}.`;
    }
    case 'host-rewritten':
      return `it shows ${shown} but opens ${host}: the browser rewrites the host (escapes, number forms or full-width letters).`;
  }
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
];

/** "Latin and Cyrillic" when one label of the host mixes scripts that look alike. */
function mixedScripts(host: string): string | undefined {
  for (const label of host.split('.')) {
    const found = SCRIPTS.filter(([, pattern]) => pattern.test(label)).map(([name]) => name);
    if (found.length > 1) return `${found.slice(0, -1).join(', ')} and ${found.at(-1)}`;
  }
  return undefined;
}
