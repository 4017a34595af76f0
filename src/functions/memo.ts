/**
 * A bounded memo of results keyed on a function id and its canonical
 * arguments (issue 9: a recalculating sheet sends the same formulas with the
 * same arguments many times). GREX functions are pure, so a hit is always
 * correct; any change in any argument changes the key.
 *
 * The key is an injective, type-tagged serialisation of the raw arguments:
 * numbers by their shortest round-trip text (−0 kept apart), strings JSON-quoted,
 * booleans, blanks, and arrays with their dimensions.
 */
export function canonicalKey(args: readonly unknown[]): string {
  let out = '';
  for (const a of args) out += keyOf(a) + '|';
  return out;
}

function keyOf(v: unknown): string {
  if (v === null || v === undefined) return '_';
  switch (typeof v) {
    case 'number':
      return Object.is(v, -0) ? 'n-0' : 'n' + v;
    case 'string':
      return 's' + JSON.stringify(v);
    case 'boolean':
      return v ? 'T' : 'F';
  }
  if (Array.isArray(v)) {
    let s = '[' + v.length + ':';
    for (const x of v) s += keyOf(x) + ',';
    return s + ']';
  }
  return 'o' + JSON.stringify(v);
}

export class Memo<V> {
  private readonly map = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 2000) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // refresh recency
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  set(key: string, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.map.size;
  }
}
