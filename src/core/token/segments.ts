/** The dot-separated pieces of a compact JWS (3) or JWE (5), by their RFC 7515 / 7516 names. */
export type SegmentName =
  'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

export const JWS_SEGMENTS: readonly SegmentName[] = ['header', 'payload', 'signature'];
export const JWE_SEGMENTS: readonly SegmentName[] = [
  'header',
  'encrypted-key',
  'iv',
  'ciphertext',
  'tag',
];

const LABELS: Record<SegmentName, string> = {
  header: 'Header',
  payload: 'Payload',
  signature: 'Signature',
  'encrypted-key': 'Encrypted key',
  iv: 'Initialization vector',
  ciphertext: 'Ciphertext',
  tag: 'Authentication tag',
};

export function segmentLabel(name: SegmentName): string {
  return LABELS[name];
}

/** One encoded segment and where it sits in the normalised token (end exclusive). */
export interface EncodedSegment {
  name: SegmentName;
  text: string;
  start: number;
  end: number;
}
