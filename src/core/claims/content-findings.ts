import type { DecodedToken } from '../token/decode-token.ts';
import { isJsonObject, type JsonValue } from '../token/parse-json.ts';
import { joinList, type Finding } from './finding.ts';
import { containsInvisible, revealInvisible } from './reveal-invisible.ts';
import { inspectUrl } from './safe-link.ts';

/** Longer strings than this are flagged: real claim values are short. */
export const HUGE_VALUE_LENGTH = 4096;

// A tag starts right after '<' ("a < b" is no tag), as in the HTML tokenizer.
const MARKUP = /<[a-z!/?]/i;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const ALL_BIDI_CONTROLS = new RegExp(BIDI_CONTROLS.source, 'g');
// Browsers drop ASCII tabs and newlines from URLs, so "java\tscript:" still runs: strip them.
// eslint-disable-next-line no-control-regex -- control characters are what this strips
const URL_IGNORED = /[\u0000-\u0020]/g;
const SCRIPT_URL = /^(?:javascript:|vbscript:|data:text\/html|data:image\/svg\+xml)/i;

interface StringSite {
  /** `"name"`, `"address.street_address"`, `header "kid"`: where the string sits. */
  where: string;
  text: string;
}

/**
 * Claim values (and member names) that would be dangerous if some other tool rendered them as
 * HTML or a link, or that read differently from what they contain. Tokenscope shows them as
 * inert text; these findings say why they deserve a second look.
 */
export function findContentFindings(decoded: DecodedToken): Finding[] {
  const sites = collectStrings(decoded);
  const markup = new Set<string>();
  const scriptUrls = new Set<string>();
  const bidi = new Set<string>();
  const invisible = new Set<string>();
  const deceptive: string[] = [];
  const huge = new Set<string>();
  for (const { where, text } of sites) {
    if (MARKUP.test(text)) markup.add(where);
    if (SCRIPT_URL.test(text.replace(URL_IGNORED, ''))) scriptUrls.add(where);
    if (BIDI_CONTROLS.test(text)) bidi.add(where);
    // Direction controls have their own finding; this one is for what else hides.
    if (containsInvisible(text.replace(ALL_BIDI_CONTROLS, ''))) invisible.add(where);
    if (text.length > HUGE_VALUE_LENGTH) huge.add(where);
    const explanation =
      text.length <= HUGE_VALUE_LENGTH ? inspectUrl(text)?.explanation : undefined;
    if (explanation) deceptive.push(`${where}: ${explanation}`);
  }
  const findings: Finding[] = [];
  if (markup.size > 0) {
    findings.push({
      id: 'claim-markup',
      severity: 'warning',
      title: 'HTML markup in claim values',
      advice: `${joinList([...markup])} ${verb(markup)} HTML-like markup. Tokenscope shows it as plain text; any page that displays claims must escape them too, or the token becomes a script injection.`,
    });
  }
  if (scriptUrls.size > 0) {
    findings.push({
      id: 'claim-script-url',
      severity: 'warning',
      title: 'Script URLs in claim values',
      advice: `${joinList([...scriptUrls])} ${verb(scriptUrls)} a javascript:, vbscript: or data: URL that runs code when clicked. Tokenscope links only https: values; never put a claim into an href without checking its scheme.`,
    });
  }
  if (bidi.size > 0) {
    findings.push({
      id: 'claim-bidi-control',
      severity: 'warning',
      title: 'Invisible text-direction controls',
      advice: `${joinList([...bidi])} ${verb(bidi)} right-to-left override or other bidirectional control characters, which make text display in a different order from what it contains (a name or URL can look like another). Compare values by their characters, not their look.`,
    });
  }
  if (deceptive.length > 0) {
    const shown =
      deceptive.length > 5
        ? [...deceptive.slice(0, 5), `and ${deceptive.length - 5} more.`]
        : deceptive;
    findings.push({
      id: 'claim-deceptive-url',
      severity: 'warning',
      title: 'Links that do not go where they seem',
      advice: `${shown.join(' ')} Tokenscope shows such values as text, never as links; never put one into an href without comparing the host it opens with the one you expect.`,
    });
  }
  if (invisible.size > 0) {
    findings.push({
      id: 'claim-invisible',
      severity: 'warning',
      title: 'Invisible characters in claims',
      advice: `${joinList([...invisible])} ${verb(invisible)} characters that display as nothing (Unicode tag characters, soft hyphens, fillers, zero-width characters), so two values that look the same can differ, or text can be smuggled past a reader. Tokenscope shows each as ⟨U+…⟩; compare values by their characters, not their look.`,
    });
  }
  if (huge.size > 0) {
    findings.push({
      id: 'claim-huge',
      severity: 'info',
      title: 'Very long values',
      advice: `${joinList([...huge])} ${huge.size === 1 ? 'is' : 'are'} longer than ${HUGE_VALUE_LENGTH} characters. Real claims are short; oversized values can be an attempt to exhaust a parser or hide something. Tokenscope shortens them until you ask for all.`,
    });
  }
  return findings;
}

function verb(set: Set<string>): string {
  return set.size === 1 ? 'contains' : 'contain';
}

function collectStrings(decoded: DecodedToken): StringSite[] {
  const sites: StringSite[] = [];
  if (decoded.header) walk('header', decoded.header.value, sites);
  if (decoded.payload?.type === 'json') walk('payload', decoded.payload.value, sites);
  return sites;
}

/** Iterative, so a hostile token nested ten thousand levels deep cannot overflow the stack. */
function walk(segment: 'header' | 'payload', root: JsonValue, sites: StringSite[]): void {
  const stack: { path: string; value: JsonValue }[] = [{ path: '', value: root }];
  while (stack.length > 0) {
    const { path, value } = stack.pop()!;
    if (typeof value === 'string') {
      sites.push({ where: label(segment, path), text: value });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push({ path: `${path}[${index}]`, value: value[index]! });
      }
    } else if (isJsonObject(value)) {
      const members = Object.entries(value);
      for (const [name] of members) {
        sites.push({ where: label(segment, path === '' ? name : `${path}.${name}`), text: name });
      }
      for (let index = members.length - 1; index >= 0; index -= 1) {
        const [name, member] = members[index]!;
        stack.push({ path: path === '' ? name : `${path}.${name}`, value: member });
      }
    }
  }
}

/** Where a string sits, quoted; a name's own invisible characters shown as ⟨U+…⟩. */
function label(segment: 'header' | 'payload', path: string): string {
  const shown = revealInvisible(path).text;
  return segment === 'header' ? `header "${shown}"` : `"${shown}"`;
}
