/**
 * A bounded memo of results keyed on a function id and its canonical
 * arguments (issue 9: a recalculating sheet sends the same formulas with the
 * same arguments many times). GREX functions are pure, so a hit is correct
 * as long as the arguments are the same; any change in any argument misses.
 *
 * Lookup: a 32-bit hash over the raw arguments (type-tagged; numbers by their
 * IEEE bits, −0 apart from 0; strings by their characters; arrays with their
 * lengths) selects a bucket, and a hit requires exact structural equality
 * with the stored copy of the arguments — a hash collision can never serve a
 * stale result. null and undefined are the same argument (both "omitted").
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x01000193); // FNV-1a step
  return h >>> 0;
}

function hashValue(h: number, v: unknown): number {
  if (v === null || v === undefined) return mix(h, 1);
  switch (typeof v) {
    case 'number':
      f64[0] = v;
      return mix(mix(mix(h, 2), u32[0]), u32[1]);
    case 'string': {
      h = mix(mix(h, 3), v.length);
      for (let i = 0; i < v.length; i++) h = mix(h, v.charCodeAt(i));
      return h;
    }
    case 'boolean':
      return mix(h, v ? 4 : 5);
  }
  if (Array.isArray(v)) {
    h = mix(mix(h, 6), v.length);
    for (let i = 0; i < v.length; i++) h = hashValue(h, v[i]);
    return h;
  }
  return mix(h, 7);
}

export function hashArgs(id: string, args: readonly unknown[]): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = mix(h, id.charCodeAt(i));
  h = mix(h, args.length);
  for (const a of args) h = hashValue(h, a);
  return h;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return a !== 0 || Object.is(a, b); // 0 and −0 differ
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
}

function copy(v: unknown): unknown {
  return Array.isArray(v) ? v.map(copy) : v;
}

/** Trailing omitted arguments are the same call as no arguments there. */
function trimmed(args: readonly unknown[]): readonly unknown[] {
  let n = args.length;
  while (n > 0 && (args[n - 1] === null || args[n - 1] === undefined)) n--;
  return n === args.length ? args : args.slice(0, n);
}

interface Entry<V> {
  id: string;
  args: readonly unknown[];
  value: V;
}

export class Memo<V> {
  private readonly buckets = new Map<number, Entry<V>[]>();
  private count = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 2000) {}

  get(id: string, rawArgs: readonly unknown[]): V | undefined {
    const args = trimmed(rawArgs);
    const h = hashArgs(id, args);
    const bucket = this.buckets.get(h);
    if (bucket) {
      for (const e of bucket) {
        if (e.id === id && same(e.args, args)) {
          this.hits++;
          // refresh recency: move the bucket to the end of the map's order
          this.buckets.delete(h);
          this.buckets.set(h, bucket);
          return e.value;
        }
      }
    }
    this.misses++;
    return undefined;
  }

  set(id: string, rawArgs: readonly unknown[], value: V): void {
    const args = trimmed(rawArgs);
    const h = hashArgs(id, args);
    let bucket = this.buckets.get(h);
    if (!bucket) {
      while (this.count >= this.capacity) this.evictOldest();
      bucket = [];
      this.buckets.set(h, bucket);
    }
    bucket.push({ id, args: copy(args) as unknown[], value });
    this.count++;
  }

  private evictOldest(): void {
    const first = this.buckets.keys().next();
    if (first.done) return;
    this.count -= this.buckets.get(first.value)!.length;
    this.buckets.delete(first.value);
  }

  clear(): void {
    this.buckets.clear();
    this.count = 0;
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.count;
  }
}
