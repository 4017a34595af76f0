/**
 * A small seedable pseudo-random generator for the Monte Carlo risk
 * simulation: xoshiro128** 1.1 (D. Blackman and S. Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 47(4), 2021; public-domain
 * reference code at https://prng.di.unimi.it/xoshiro128starstar.c).
 * 128 bits of state, period 2^128 − 1, passes BigCrush; all arithmetic is
 * 32-bit (Math.imul, >>> 0) so every JavaScript engine gives the same stream.
 *
 * Seeding: the four state words are four successive outputs of splitmix32
 * (Weyl increment 0x9E3779B9 and the MurmurHash3 fmix32 finaliser), the
 * seeding Vigna recommends in its 32-bit form. The finaliser is a bijection
 * and its four inputs differ, so the state is never all zero.
 */

/** splitmix32 step: returns [output, next state]. */
function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) >>> 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z = (z ^ (z >>> 16)) >>> 0;
  return [z, s];
}

export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** A generator for the 32-bit unsigned seed `seed` (0 … 2^32 − 1). */
  constructor(seed: number) {
    let st = seed >>> 0;
    const w: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [z, next] = splitmix32(st);
      w.push(z);
      st = next;
    }
    this.s0 = w[0];
    this.s1 = w[1];
    this.s2 = w[2];
    this.s3 = w[3];
  }

  /** The next 32-bit unsigned output. */
  nextUint32(): number {
    const s1 = this.s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r;
  }

  /** A uniform double in [0, 1) with 32 random bits. */
  next(): number {
    return this.nextUint32() * 2.3283064365386963e-10; // 2^-32
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
