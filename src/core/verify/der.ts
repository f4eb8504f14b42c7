/**
 * Just enough DER (ITU-T X.690) to find the public key inside an SPKI or an X.509
 * certificate. Definite lengths and single-byte tags only: that is all DER allows for the
 * structures read here, and anything else is reported as malformed rather than guessed at.
 */
export interface DerElement {
  tag: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the last content byte. */
  end: number;
}

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
} as const;

export class DerSyntaxError extends Error {}

/**
 * One element at `offset`. DER has exactly one encoding for every value (X.690 §10.1): a
 * length is in the short form below 128 and otherwise in the fewest bytes, so anything longer
 * is refused rather than read the way a BER decoder would.
 */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length): DerElement {
  const tag = bytes[offset];
  if (tag === undefined || offset + 2 > limit) throw new DerSyntaxError('unexpected end of data');
  if ((tag & 0x1f) === 0x1f) throw new DerSyntaxError('multi-byte tags are not used here');
  let length = bytes[offset + 1]!;
  let start = offset + 2;
  if (length === 0x80) throw new DerSyntaxError('indefinite lengths are not allowed in DER');
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4) throw new DerSyntaxError('length too large');
    if (start + count > limit) throw new DerSyntaxError('unexpected end of data');
    if (bytes[start] === 0) throw new DerSyntaxError('a length is not in its shortest form');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    if (length < 0x80) throw new DerSyntaxError('a length is not in its shortest form');
    start += count;
  }
  const end = start + length;
  if (end > limit) throw new DerSyntaxError('an element is longer than the data holding it');
  return { tag, start, end };
}

/** The elements directly inside a constructed element (SEQUENCE, SET, [0] …). */
export function readChildren(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const children: DerElement[] = [];
  let offset = parent.start;
  while (offset < parent.end) {
    const child = readElement(bytes, offset, parent.end);
    children.push(child);
    offset = child.end;
  }
  return children;
}

/**
 * The children of a SEQUENCE whose shape is fixed: at least `min` and at most `max` of them.
 * An element the structure does not define is an error, never silently skipped.
 */
export function readSequence(
  bytes: Uint8Array,
  element: DerElement,
  what: string,
  min: number,
  max = min,
): DerElement[] {
  const children = readChildren(bytes, expectTag(element, TAG.sequence, what));
  if (children.length > max) throw new DerSyntaxError(`unexpected elements after ${what}'s fields`);
  if (children.length < min) throw new DerSyntaxError(`${what} is missing fields`);
  return children;
}

export function expectTag(element: DerElement | undefined, tag: number, what: string): DerElement {
  if (!element || element.tag !== tag) throw new DerSyntaxError(`expected ${what}`);
  return element;
}

/** Reads a whole buffer that must be exactly one element. */
export function readRoot(bytes: Uint8Array, tag: number, what: string): DerElement {
  const root = expectTag(readElement(bytes, 0), tag, what);
  if (root.end !== bytes.length) throw new DerSyntaxError(`unexpected bytes after the ${what}`);
  return root;
}

export function contents(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.start, element.end);
}

/**
 * An OBJECT IDENTIFIER in dotted form (X.690 §8.19). Every arc must end (a last byte with its
 * high bit set would leave the arc unfinished: `1.2.840.113549.1.1.1` followed by 0x81 is not
 * rsaEncryption) and be in the fewest bytes (no leading 0x80).
 */
export function readOid(bytes: Uint8Array, element: DerElement): string {
  const data = contents(bytes, element);
  if (data.length === 0) throw new DerSyntaxError('empty object identifier');
  const arcs: number[] = [];
  let value = 0;
  let arcStart = true;
  for (const byte of data) {
    if (arcStart && byte === 0x80) {
      throw new DerSyntaxError('an object identifier arc is not in its shortest form');
    }
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER) {
      throw new DerSyntaxError('an object identifier arc is too large');
    }
    arcStart = (byte & 0x80) === 0;
    if (arcStart) {
      arcs.push(value);
      value = 0;
    }
  }
  if (!arcStart) throw new DerSyntaxError('an object identifier ends in the middle of an arc');
  const first = arcs.shift()!;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/** A BIT STRING's bytes; the keys read here always use whole bytes. */
export function readBitString(bytes: Uint8Array, element: DerElement): Uint8Array {
  const data = contents(bytes, element);
  if (data.length === 0) throw new DerSyntaxError('empty bit string');
  if (data[0] !== 0) throw new DerSyntaxError('a key bit string must not have unused bits');
  return data.subarray(1);
}

/** A NULL, which DER encodes with no contents. */
export function expectNull(element: DerElement, what: string): void {
  expectTag(element, TAG.null, what);
  if (element.end !== element.start) throw new DerSyntaxError('a NULL has contents');
}

/**
 * An unsigned big-endian INTEGER without the sign byte DER adds before a high bit. DER
 * integers are minimal (X.690 §8.3.2): a leading zero byte is there only for that sign bit.
 */
export function readUnsignedInteger(bytes: Uint8Array, element: DerElement): Uint8Array {
  const data = contents(bytes, element);
  if (data.length === 0) throw new DerSyntaxError('empty integer');
  if ((data[0]! & 0x80) !== 0) throw new DerSyntaxError('negative integer');
  if (data.length > 1 && data[0] === 0) {
    if ((data[1]! & 0x80) === 0) {
      throw new DerSyntaxError('an integer is not in its shortest form');
    }
    return data.subarray(1);
  }
  return data;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

export function readString(bytes: Uint8Array, element: DerElement): string {
  const data = contents(bytes, element);
  return element.tag === TAG.utf8String ? utf8.decode(data) : latin1.decode(data);
}

/** UTCTime / GeneralizedTime (always "Z" in certificates, RFC 5280 §4.1.2.5) as ISO 8601. */
export function readTime(bytes: Uint8Array, element: DerElement): string | undefined {
  const text = latin1.decode(contents(bytes, element));
  const match =
    element.tag === TAG.utcTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const fullYear =
    element.tag === TAG.utcTime ? (Number(year) >= 50 ? `19${year}` : `20${year}`) : year;
  return `${fullYear}-${month}-${day}T${hour}:${minute}:${second}Z`;
}
