export type TokenShape = 'JWT' | 'JWE' | 'opaque';

/**
 * The shape of a returned token: compact JWS (three base64url segments) or JWE (five), else
 * opaque. Only the shape: the decoder checks everything else when the token is inspected.
 */
export function tokenShape(value: string): TokenShape {
  const segments = value.split('.');
  const base64url = segments.every((segment) => /^[A-Za-z0-9_-]*$/.test(segment));
  if (base64url && segments.length === 3 && segments[0] !== '' && segments[1] !== '') return 'JWT';
  if (base64url && segments.length === 5 && segments[0] !== '') return 'JWE';
  return 'opaque';
}
