import type { DecodedToken } from '../token/decode-token.ts';
import { stringifyWithSourceDigits } from '../token/json-tokens.ts';
import {
  findRoundedNumbers,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  type RoundedNumber,
} from '../token/parse-json.ts';
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

export interface ClaimRows {
  /** The first `limit` rows. */
  rows: ClaimRow[];
  /** How many rows there are in all: header parameters plus payload claims. */
  total: number;
}

/**
 * Header parameters, then payload claims, each in the order the token writes them. A view
 * builds only the rows it shows (`buildClaimRowPage`): a token within the input cap can hold
 * 100,000 claims, and the table shows a few hundred at a time.
 */
export function buildClaimRows(decoded: DecodedToken, now: number): ClaimRow[] {
  return buildClaimRowPage(decoded, now, Number.POSITIVE_INFINITY).rows;
}

/** The first `limit` rows of `buildClaimRows`, and how many there are in all. */
export function buildClaimRowPage(decoded: DecodedToken, now: number, limit: number): ClaimRows {
  const header = decoded.header;
  const payload = decoded.payload?.type === 'json' ? decoded.payload : undefined;
  const payloadObject = payload && isJsonObject(payload.value) ? payload.value : undefined;
  const context: AnnotationContext = { header: header?.value, payload: payloadObject, now };
  const rows: ClaimRow[] = [];
  let total = 0;
  if (header) {
    const names = orderedNames(header.value, header.text);
    total += names.length;
    rows.push(...rowsOf('header', header, names.slice(0, limit), context));
  }
  if (payload && payloadObject) {
    const names = orderedNames(payloadObject, payload.text);
    total += names.length;
    const room = Math.max(0, limit - rows.length);
    const segment = { value: payloadObject, text: payload.text, duplicates: payload.duplicates };
    rows.push(...rowsOf('payload', segment, names.slice(0, room), context));
  }
  return { rows, total };
}

function rowsOf(
  location: ClaimLocation,
  segment: { value: JsonObject; text: string; duplicates: readonly { path: string }[] },
  names: readonly string[],
  context: AnnotationContext,
): ClaimRow[] {
  const { value: object, text: source } = segment;
  const duplicated = new Set(segment.duplicates.map((duplicate) => duplicate.path));
  const annotate = location === 'header' ? annotateHeaderParameter : annotatePayloadClaim;
  const roundedByClaim = groupByClaim(findRoundedNumbers(source));
  return names.map((name) => {
    const value = object[name]!;
    const entry = lookupClaim(location, name);
    const rounded = roundedByClaim.get(name);
    // Show what the token says: the digits it writes, not JSON.parse's rounding of them.
    const text = rounded ? stringifyWithSourceDigits(value, rounded) : valueText(value);
    const shown = revealInvisible(text);
    const annotation = annotate(name, value, context);
    for (const number of rounded ?? []) annotation.notes.push(describeRounded(number));
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

/** The rounded numbers of each claim, their paths made relative to the claim's value. */
function groupByClaim(numbers: readonly RoundedNumber[]): Map<string, RoundedNumber[]> {
  const byClaim = new Map<string, RoundedNumber[]>();
  for (const number of numbers) {
    const [claim, ...path] = number.path;
    if (typeof claim !== 'string') continue;
    const list = byClaim.get(claim) ?? [];
    list.push({ ...number, path });
    byClaim.set(claim, list);
  }
  return byClaim;
}

function describeRounded({ path, source, value }: RoundedNumber) {
  const where =
    path.length === 0
      ? ''
      : ` (at ${path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')})`;
  return {
    tone: 'warning' as const,
    text: `${source}${where} is beyond 2^53: JavaScript, and every verifier built on it, reads it rounded as ${String(value)}.`,
  };
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
