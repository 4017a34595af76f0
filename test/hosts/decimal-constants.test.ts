/**
 * The functions bundle carries decimal.js with its constants ln 10 and π
 * shortened (scripts/decimal-constants-loader.js). The shortened library
 * must give exactly the digits of the original on what GREX computes, fail
 * loudly (not answer wrongly) beyond its new precision limit, and the build
 * must refuse a decimal.js that spells its constants differently.
 */
import fs from 'fs';
import vm from 'vm';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { D } from '../../src/core/numeric';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../scripts/decimal-constants-loader.js') as { shorten: (s: string, keep?: number) => string; KEEP: number };

const original = fs.readFileSync(require.resolve('decimal.js/decimal.js'), 'utf8');

/** decimal.js evaluated from source, as a CommonJS module. */
function load(source: string): typeof DecimalJs {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(source, { module, exports: module.exports });
  return ((module.exports as { default?: unknown }).default ?? module.exports) as typeof DecimalJs;
}

const config = { precision: D.precision, rounding: D.rounding, toExpNeg: D.toExpNeg, toExpPos: D.toExpPos, maxE: D.maxE, minE: D.minE };
const Short = load(loader.shorten(original)).clone(config);
const Full = load(original).clone(config);

test('both constants are shortened to the kept digits, nothing else changes', () => {
  const s = loader.shorten(original);
  const digits = (src: string, name: string) => new RegExp(`${name} = '\\d\\.(\\d+)'`).exec(src)![1].length;
  expect([digits(original, 'LN10'), digits(original, 'PI')]).toEqual([1024, 1024]); // decimal.js 10: 1,025 significant digits
  expect(s.length).toBe(original.length - 2 * (1024 - loader.KEEP));
  expect(s).toMatch(new RegExp(`LN10 = '2\\.\\d{${loader.KEEP}}'`));
  expect(s).toMatch(new RegExp(`PI = '3\\.\\d{${loader.KEEP}}'`));
  expect(new Short(1).ln().toString()).toBe('0');
  expect(new Short(10).ln().toString()).toBe(new Full(10).ln().toString());
});

test('GREX precision (34 digits): ln, log, exp, fractional powers, sqrt and acos agree digit for digit with the full library', () => {
  const x = fc.double({ min: 1e-12, max: 1e12, noNaN: true });
  fc.assert(
    fc.property(x, fc.double({ min: -50, max: 50, noNaN: true }), (a, e) => {
      const [s, f] = [new Short(a), new Full(a)];
      expect(s.ln().toString()).toBe(f.ln().toString());
      expect(s.log().toString()).toBe(f.log().toString());
      expect(s.pow(e).toString()).toBe(f.pow(e).toString());
      expect(new Short(e).exp().toString()).toBe(new Full(e).exp().toString());
      expect(s.sqrt().toString()).toBe(f.sqrt().toString());
      expect(new Short(Math.cos(a)).acos().toString()).toBe(new Full(Math.cos(a)).acos().toString());
    }),
    { numRuns: 300, seed: 20261201 },
  );
  // what the core does with a rate: (1 + r)^n for a non-integer n
  expect(new Short('1.025').pow('10.5').toString()).toBe(new Full('1.025').pow('10.5').toString());
});

test('well below the new limit (100 digits) it still agrees; beyond it, it throws instead of answering', () => {
  const S100 = Short.clone({ precision: 100 });
  const F100 = Full.clone({ precision: 100 });
  expect(new S100(3).ln().toString()).toBe(new F100(3).ln().toString());
  expect(new S100('1.02').pow('0.5').toString()).toBe(new F100('1.02').pow('0.5').toString());
  const S200 = Short.clone({ precision: 200 });
  expect(() => new S200(3).ln()).toThrow(/Precision limit exceeded/);
  expect(() => Full.clone({ precision: 200 })).not.toThrow();
});

test('a decimal.js without the expected constants fails the build', () => {
  expect(() => loader.shorten(original.replace("LN10 = '", "LN10 =  '"))).toThrow(/LN10 is niet gevonden/);
  expect(() => loader.shorten(original.replace("PI = '", "PI= '"))).toThrow(/PI is niet gevonden/);
});
