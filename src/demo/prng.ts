// Seeded randomness for the demo world: the same seed gives the same world on every machine.
// No Math.random anywhere in src/demo: every draw comes from a generator seeded by hash32(...).

const H0 = 0x9e3779b9 | 0;

function mixK(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of numbers and strings (murmur3-style mixing); order matters. */
export function hash32(...parts: readonly (number | string)[]): number {
  let h = H0;
  for (const part of parts) {
    if (typeof part === 'number') {
      h = mixK(h, part | 0);
      h = mixK(h, Math.floor(part / 0x100000000) | 0);
    } else {
      for (let i = 0; i < part.length; i++) h = mixK(h, part.charCodeAt(i));
      h = mixK(h, part.length);
    }
  }
  return finish(h);
}

/** The hot-loop variant: four 32-bit integers, no allocation. */
export function hashInts(a: number, b: number, c: number, d: number): number {
  return finish(mixK(mixK(mixK(mixK(H0, a | 0), b | 0), c | 0), d | 0));
}

/** mulberry32: a small, fast generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  /** A float in [0, 1) (mulberry32, inlined: no closure per generator). */
  float(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }
  /** A log-normal factor with median 1. */
  spread(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }
}

/** A generator for one named purpose: rngFor(seed, 'likes', ownerId, postId). */
export function rngFor(...parts: readonly (number | string)[]): Rng {
  return new Rng(hash32(...parts));
}
