/** A source of uniform numbers in [0, 1). Simulations take one as a parameter, never Math.random. */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state, one multiply-xorshift round per
 * draw. Small, fast and well-mixed enough for a simulation; not for cryptography. The same
 * seed always gives the same sequence, which is what makes a shared scenario link reproducible.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
