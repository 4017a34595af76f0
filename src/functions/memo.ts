/**
 * A bounded memo of results keyed on a function id and its canonical
 * arguments (a recalculating sheet sends the same formulas with the
 * same arguments many times). GREX functions are pure, so a hit is correct
 * as long as the arguments are the same; any change in any argument misses.
 *
 * Lookup: a 32-bit hash over the raw arguments (type-tagged; numbers by their
 * IEEE bits, −0 apart from 0; strings by their characters; arrays with their
 * lengths) selects a bucket, and a hit requires exact structural equality
 * with the stored copy of the arguments — a hash collision can never serve a
 * stale result. null and undefined are the same argument (both "omitted").
 * Only accepted calls are stored (invoke.ts), so a rejected call with a huge
 * range costs no memory afterwards.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** One FNV-1a step on int32 values (kept signed inside the hash so V8 need not box them; unsigned at the end). */
function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

/** A number: an int32 (not −0) by its value (offset, so that 1 and a blank differ), any other by its IEEE bits (tagged). */
function hashNumber(h: number, x: number): number {
  if ((x | 0) === x && (x !== 0 || 1 / x > 0)) return mix(h, x ^ 0x2545f491);
  f64[0] = x;
  return mix(mix(mix(h, 2), u32[0]), u32[1]);
}

function hashValue(h: number, v: unknown): number {
  if (typeof v === 'number') return hashNumber(h, v);
  if (v === null || v === undefined) return mix(h, 1);
  if (Array.isArray(v)) return hashArray(h, v);
  switch (typeof v) {
    case 'string': {
      h = mix(mix(h, 3), v.length);
      for (let i = 0; i < v.length; i++) h = mix(h, v.charCodeAt(i));
      return h;
    }
    case 'boolean':
      return mix(h, v ? 4 : 5);
  }
  return mix(h, 7);
}

/** Arrays with their lengths; the numbers of a range without a call per cell through hashValue. */
function hashArray(h: number, v: readonly unknown[]): number {
  h = mix(mix(h, 6), v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    h = typeof x === 'number' ? hashNumber(h, x) : hashValue(h, x);
  }
  return h;
}

export function hashArgs(id: string, args: readonly unknown[]): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = mix(h, id.charCodeAt(i));
  h = mix(h, args.length);
  for (const a of args) h = hashValue(h, a);
  return h >>> 0;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return a !== 0 || Object.is(a, b); // 0 and −0 differ
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      // equal cells without a call (a range's numbers); 0 against −0 and everything else through same()
      const x = a[i];
      if (x !== b[i] || x === 0 ? !same(x, b[i]) : false) return false;
    }
    return true;
  }
  return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
}

function copy(v: unknown): unknown {
  return Array.isArray(v) ? v.map(copy) : v;
}

/** Trailing omitted arguments are the same call as no arguments there. */
export function trimmed(args: readonly unknown[]): readonly unknown[] {
  let n = args.length;
  while (n > 0 && (args[n - 1] === null || args[n - 1] === undefined)) n--;
  return n === args.length ? args : args.slice(0, n);
}

/** Bytes an argument or result takes in memory, estimated (V8: 8 per number slot, 2 per character, array headers). */
export function estimateBytes(v: unknown): number {
  if (typeof v === 'string') return 16 + 2 * v.length;
  if (!Array.isArray(v)) return 8;
  let n = 32 + 8 * v.length;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x === 'string' || Array.isArray(x)) n += estimateBytes(x);
  }
  return n;
}

interface Entry<V> {
  id: string;
  args: readonly unknown[];
  value: V;
  bytes: number;
  /** Hit since eviction last passed it: it gets a second chance. */
  used?: boolean;
}

/** Fixed cost of one entry (the entry object, its bucket slot, the map entry). */
const ENTRY_OVERHEAD = 160;
export const MEMO_MAX_ENTRIES = 20_000;
export const MEMO_MAX_BYTES = 48 * 1024 * 1024;
/**
 * A call whose arguments take more than this (estimated) is stored the second
 * time it is seen: a large range that changes on every edit (a cost table
 * being typed in) then costs no copy, while one recalculated unchanged (a
 * recalculation storm) is served from its third call on.
 */
export const MEMO_LAZY_BYTES = 16 * 1024;
/** How many hashes of large calls seen once are remembered (then forgotten all at once). */
const SEEN_MAX = 4096;

/**
 * Bounded twice: by entries and by the estimated bytes of the stored
 * arguments and results. The oldest entries not used since eviction last
 * passed them go first (a second chance: an approximation of least recently
 * used that needs no bookkeeping on a hit); one entry
 * larger than an eighth of the byte budget is not stored at all, so one huge
 * call cannot flush the memo. Large calls are stored on their second sighting
 * (MEMO_LAZY_BYTES).
 */
export class Memo<V> {
  private readonly buckets = new Map<number, Entry<V>[]>();
  private count = 0;
  private used = 0;
  private lastId = '';
  private lastArgs: readonly unknown[] | undefined;
  private lastHash = 0;
  private readonly seen = new Set<number>();
  private order: Iterator<number> | undefined;
  hits = 0;
  misses = 0;

  constructor(
    private readonly capacity = MEMO_MAX_ENTRIES,
    private readonly maxBytes = MEMO_MAX_BYTES,
    private readonly lazyBytes = MEMO_LAZY_BYTES,
  ) {}

  private hash(id: string, args: readonly unknown[]): number {
    if (args === this.lastArgs && id === this.lastId) return this.lastHash;
    this.lastId = id;
    this.lastArgs = args;
    return (this.lastHash = hashArgs(id, args));
  }

  get(id: string, rawArgs: readonly unknown[]): V | undefined {
    const args = trimmed(rawArgs);
    const h = this.hash(id, args);
    const bucket = this.buckets.get(h);
    if (bucket) {
      for (const e of bucket) {
        if (e.id === id && same(e.args, args)) {
          this.hits++;
          // recency as a second chance: eviction passes over a used entry once (no map update per hit)
          e.used = true;
          return e.value;
        }
      }
    }
    this.misses++;
    return undefined;
  }

  /** Store a value; `valueBytes` is the caller's estimate of its size. */
  set(id: string, rawArgs: readonly unknown[], value: V, valueBytes = 8): void {
    const args = trimmed(rawArgs);
    const bytes = ENTRY_OVERHEAD + 2 * id.length + estimateBytes(args) + valueBytes;
    if (bytes > this.maxBytes / 8) return;
    const h = this.hash(id, args);
    if (bytes > this.lazyBytes && !this.seen.has(h)) {
      if (this.seen.size >= SEEN_MAX) this.seen.clear();
      this.seen.add(h);
      return;
    }
    this.lastArgs = undefined; // the stored copy is not the caller's array
    while (this.count >= this.capacity || this.used + bytes > this.maxBytes) if (!this.evictOldest()) break;
    let bucket = this.buckets.get(h);
    if (!bucket) {
      bucket = [];
      this.buckets.set(h, bucket);
    }
    bucket.push({ id, args: copy(args) as unknown[], value, bytes });
    this.count++;
    this.used += bytes;
  }

  private evictOldest(): boolean {
    // One iterator over the insertion order for all evictions (entries added or refreshed later come after it):
    // a fresh iterator per eviction would step over every slot deleted since the map last compacted.
    // A bucket with an entry hit since the last pass moves to the end instead (second chance, the LRU approximation).
    for (let passes = 0; passes <= this.count; passes++) {
      let first = this.order && this.order.next();
      if (!first || first.done) first = (this.order = this.buckets.keys()).next();
      if (first.done) return false;
      const bucket = this.buckets.get(first.value)!;
      this.buckets.delete(first.value);
      if (bucket.some((e) => e.used)) {
        for (const e of bucket) e.used = false;
        this.buckets.set(first.value, bucket);
        continue;
      }
      for (const e of bucket) {
        this.count--;
        this.used -= e.bytes;
      }
      return true;
    }
    return false;
  }

  clear(): void {
    this.buckets.clear();
    this.order = undefined;
    this.seen.clear();
    this.count = 0;
    this.used = 0;
    this.lastArgs = undefined;
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.count;
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.used;
  }
}
