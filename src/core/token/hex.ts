/** Bytes as lowercase hexadecimal, optionally separated ("a1 b2"). */
export function toHex(bytes: Uint8Array, separator = ''): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    if (i > 0) out += separator;
    out += bytes[i]!.toString(16).padStart(2, '0');
  }
  return out;
}
