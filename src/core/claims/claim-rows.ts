import type { DecodedToken } from '../token/decode-token.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../token/parse-json.ts';
import { annotateHeaderParameter } from './annotate-header-parameter.ts';
import { annotatePayloadClaim } from './annotate-payload-claim.ts';
import type { AnnotationContext, ClaimAnnotation } from './claim-annotation.ts';
import { lookupClaim, type ClaimLocation } from './claim-registry.ts';
import { readMemberOrder } from './member-order.ts';
import { revealInvisible } from './reveal-invisible.ts';
import type { RegistryEntry } from './registry-entry.ts';
import { findHttpsLink } from './safe-link.ts';
import { valueText } from './value-text.ts';

/** Values longer than this many characters are shortened in view until the user asks. */
export const PREVIEW_LENGTH = 200;

export interface ClaimRow {
  location: ClaimLocation;
  name: string;
  value: JsonValue;
  /** The value as text: a string as it is, anything else as compact JSON. */
  text: string;
  /** `text` with invisible and direction-changing characters shown as ⟨U+202E⟩ markers. */
  shown: string;
  /** The first PREVIEW_LENGTH characters of `shown`, when it is longer; otherwise undefined. */
  preview: string | undefined;
  /**
   * The value itself, when it is a payload claim that is exactly one https URL: the only values
   * shown as links. Header URLs (jku, x5u) are never links: they point at keys an attacker chose.
   */
  link: string | undefined;
  /** The registry entry; undefined for a custom claim. */
  entry: RegistryEntry | undefined;
  description: string;
  annotation: ClaimAnnotation;
  /** The name appears more than once; `value` is the last one, as JSON.parse keeps. */
  duplicated: boolean;
}

const CUSTOM_DESCRIPTION: Record<ClaimLocation, string> = {
  header:
    'Custom header parameter: not defined by the JOSE specifications Tokenscope knows. Its meaning is up to whoever made the token.',
  payload:
    'Custom claim: not defined by RFC 7519, OpenID Connect, the other OAuth specifications or the Microsoft identity platform. Its meaning is up to the issuer.',
};

/** Header parameters, then payload claims, each in the order the token writes them. */
export function buildClaimRows(decoded: DecodedToken, now: number): ClaimRow[] {
  const header = decoded.header;
  const payload = decoded.payload?.type === 'json' ? decoded.payload : undefined;
  const payloadObject = payload && isJsonObject(payload.value) ? payload.value : undefined;
  const context: AnnotationContext = { header: header?.value, payload: payloadObject, now };
  const rows: ClaimRow[] = [];
  if (header) {
    rows.push(...rowsOf('header', header.value, header.text, header.duplicates, context));
  }
  if (payload && payloadObject) {
    rows.push(...rowsOf('payload', payloadObject, payload.text, payload.duplicates, context));
  }
  return rows;
}

function rowsOf(
  location: ClaimLocation,
  object: JsonObject,
  source: string,
  duplicates: readonly { path: string }[],
  context: AnnotationContext,
): ClaimRow[] {
  const duplicated = new Set(duplicates.map((duplicate) => duplicate.path));
  const annotate = location === 'header' ? annotateHeaderParameter : annotatePayloadClaim;
  return orderedNames(object, source).map((name) => {
    const value = object[name]!;
    const entry = lookupClaim(location, name);
    const text = valueText(value);
    const shown = revealInvisible(text);
    const annotation = annotate(name, value, context);
    if (shown.revealed > 0) {
      annotation.notes.push({
        tone: 'warning',
        text: `Contains ${shown.revealed} invisible or direction-changing character${shown.revealed === 1 ? '' : 's'}, shown as ⟨U+…⟩.`,
      });
    }
    return {
      location,
      name,
      value,
      text,
      shown: shown.text,
      preview: shorten(shown.text),
      link: location === 'payload' ? findHttpsLink(value) : undefined,
      entry,
      description: entry?.description ?? CUSTOM_DESCRIPTION[location],
      annotation,
      duplicated: duplicated.has(name),
    };
  });
}

function orderedNames(object: JsonObject, text: string): string[] {
  const keys = Object.keys(object);
  const written = (readMemberOrder(text) ?? []).filter((name) => Object.hasOwn(object, name));
  // The text is what JSON.parse read, so the two agree; keep any name the reader missed.
  return written.length === keys.length ? written : keys;
}

/** Cuts by code points, so an emoji or a CJK character is never split in half. */
function shorten(text: string): string | undefined {
  if (text.length <= PREVIEW_LENGTH) return undefined;
  let count = 0;
  let end = 0;
  // Walks only the first PREVIEW_LENGTH code points: values can be megabytes long.
  for (const character of text) {
    if (count === PREVIEW_LENGTH) break;
    count += 1;
    end += character.length;
  }
  return end < text.length ? text.slice(0, end) : undefined;
}
