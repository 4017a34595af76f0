/**
 * Robustness over the whole registry: for 1,000 generated argument
 * lists per function, every call returns a finite number, a finite
 * rectangular spill, or an Excel error with a Dutch message that starts with
 * the function's name — never a raw exception, NaN or Infinity, and never
 * the "interne fout" message. `npm run fuzz` runs the same for a million.
 */
import { REGISTRY } from '../../src/functions/registry';
import { checkRegistry, violation } from './arbitraries';

const RUNS = Number(process.env.GREX_PROPERTY_RUNS || 1000);
const SEED = Number(process.env.GREX_PROPERTY_SEED || 20261125);

test.each(REGISTRY.map((s) => [s.id, s] as const))('GREX.%s holds for %#: 1,000 generated calls', (_id, spec) => {
  checkRegistry([spec], RUNS, SEED);
});

describe('regression cases found by the fuzzer', () => {
  // Each case: [function, arguments] that once broke the property.
  const cases: [string, unknown[]][] = [
    ['NCW', [0.02, [[1e308, 1e308]], 2025]],
    ['EINDWAARDE', [1e6, [[1e300, 1e300]], 2025, 2200]],
    ['INDEXEER', [[[1e308]], 1e6, 1900, 2200]],
    ['NCW', [-0.999999, [Array(60).fill(1e9)], 1990, 2080, 'begin']],
  ];
  test.each(cases)('GREX.%s %j', (id, args) => {
    const spec = REGISTRY.find((s) => s.id === id)!;
    expect(violation(spec, args)).toBeUndefined();
  });
});

describe('the property can fail', () => {
  const base = REGISTRY.find((s) => s.id === 'NCW')!;
  test.each([
    ['returns NaN', () => NaN],
    [
      'throws a TypeError',
      () => {
        throw new TypeError('x is undefined');
      },
    ],
    ['returns an object', () => ({ waarde: 1 }) as unknown as number],
  ])('a function that %s is caught', (_what, impl) => {
    const broken = { ...base, id: 'KAPOT', impl: impl as typeof base.impl };
    expect(() => checkRegistry([broken], 50, 1)).toThrow(/GREX\.KAPOT/);
  });
});
