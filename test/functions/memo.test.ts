/**
 * The memo behind every GREX call: identical arguments are served
 * from it, any change in any argument is a new key, so no stale result.
 */
import { hashArgs, Memo } from '../../src/functions/memo';
import { invoke, setMemo, memoStats } from '../../src/functions/invoke';
import { findFunction } from '../../src/functions/registry';

const ncw = findFunction('NCW')!;

afterAll(() => setMemo(true));

test('identical calls hit the memo and return the same value', () => {
  setMemo(true);
  const a = invoke(ncw, [0.02, [[100, 200, 300]], 2025]);
  const before = memoStats().hits;
  const b = invoke(ncw, [0.02, [[100, 200, 300]], 2025]);
  expect(memoStats().hits).toBe(before + 1);
  expect(b).toEqual(a);
});

test.each([
  ['rate', [0.021, [[100, 200, 300]], 2025]],
  ['one flow', [0.02, [[100, 200, 301]], 2025]],
  ['orientation', [0.02, [[100], [200], [300]], 2025, null, 'begin']],
  ['optional argument', [0.02, [[100, 200, 300]], 2025, 2024]],
  ['text vs number', [0.02, [[100, 200, 300]], '2025']],
  ['blank vs zero', [0.02, [[100, null, 300]], 2025]],
])('a change in the %s gives the freshly computed result, never the cached one', (_what, args) => {
  setMemo(true);
  invoke(ncw, [0.02, [[100, 200, 300]], 2025]);
  const withMemo = invoke(ncw, args as unknown[]);
  setMemo(false);
  const without = invoke(ncw, args as unknown[]);
  setMemo(true);
  expect(withMemo).toEqual(without);
});

test('hashes separate types and shapes (and a collision could not serve a stale result anyway)', () => {
  const argLists = [[1], ['1'], [true], [null, 1], [[1]], [[[1]]], [[[1, 2]]], [[[1], [2]]], [0], [-0], [''], [[['a,b']]], [[['a', 'b']]]];
  expect(new Set(argLists.map((a) => hashArgs('NCW', a))).size).toBe(argLists.length);
});

test('a forced hash collision still compares the arguments exactly', () => {
  const m = new Memo<string>(10);
  m.set('F', [1, [[2, 3]]], 'one');
  expect(m.get('F', [1, [[2, 3]]])).toBe('one');
  expect(m.get('F', [1, [[2, 4]]])).toBeUndefined();
  expect(m.get('G', [1, [[2, 3]]])).toBeUndefined();
  expect(m.get('F', [1, [[2, 3]], null, undefined])).toBe('one'); // trailing omitted arguments
  expect(m.get('F', [-0 + 1, [[2, 3]]])).toBe('one');
});

test("stored arguments are a copy: changing the caller's array later does not poison the memo", () => {
  const m = new Memo<string>(10);
  const flows = [[1, 2]];
  m.set('F', [flows], 'a');
  flows[0][1] = 99;
  expect(m.get('F', [flows])).toBeUndefined();
  expect(m.get('F', [[[1, 2]]])).toBe('a');
});

test('the memo is bounded and evicts the least recently used', () => {
  const m = new Memo<number>(2);
  m.set('a', [], 1);
  m.set('b', [], 2);
  m.get('a', []);
  m.set('c', [], 3);
  expect(m.get('b', [])).toBeUndefined();
  expect(m.get('a', [])).toBe(1);
  expect(m.size).toBe(2);
});

test('a large range is stored the second time it is seen and served from the third; a small one at once', () => {
  const m = new Memo<string>(100, 48 * 1024 * 1024, 1024);
  const table = Array.from({ length: 10 }, (_, r) => Array.from({ length: 30 }, (_, c) => r * 100 + c + 0.5));
  m.set('F', [table], 'groot');
  expect(m.get('F', [table])).toBeUndefined(); // seen once: no copy kept
  m.set('F', [table], 'groot');
  expect(m.get('F', [table.map((r) => r.slice())])).toBe('groot');
  // a different table of the same size is a different call
  const other = table.map((r) => r.slice());
  other[9][29] += 1;
  m.set('F', [other], 'ander');
  m.set('F', [other], 'ander');
  expect(m.get('F', [other])).toBe('ander');
  expect(m.get('F', [table])).toBe('groot');
  m.set('G', [[[1, 2, 3]]], 'klein');
  expect(m.get('G', [[[1, 2, 3]]])).toBe('klein');
  m.clear();
  m.set('F', [table], 'groot');
  expect(m.get('F', [table])).toBeUndefined(); // clear forgets what was seen too
});

test('hashes of ranges: equal values hash equal whatever the array, integers and fractions and −0 apart', () => {
  const a = [[1, 2.5, -3, 0, 1e20, NaN]];
  expect(hashArgs('F', [a])).toBe(hashArgs('F', [[a[0].slice()]]));
  const variants = [[[1, 2.5, -3, -0, 1e20, NaN]], [[1, 2.5, -3, 0, 1e20, 0]], [[1, 2.5, -3, null, 1e20, NaN]], [[2, 2.5, -3, 0, 1e20, NaN]]];
  for (const v of variants) expect(hashArgs('F', [v])).not.toBe(hashArgs('F', [a]));
  expect(hashArgs('F', [[[1]]])).not.toBe(hashArgs('F', [[[null]]]));
});
