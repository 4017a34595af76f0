/**
 * The call path under hostile use: the memo stays bounded and unpoisoned,
 * results cannot be changed by a caller, huge ranges are refused with the
 * Dutch message, −0 is 0, messages print numbers the Dutch way, and the
 * fast paths answer near −100% only where they are proven right.
 */
import { REGISTRY } from '../../src/functions/registry';
import { tryCall, call } from '../../src/functions/call';
import { invoke, memoStats, setMemo } from '../../src/functions/invoke';
import { Memo } from '../../src/functions/memo';
import { parseFormula } from '../../src/cli/parser';
import { endValue, endValueNumber, presentValue, presentValueNumber, YearlySeries, formatNumber } from '../../src/core';
import type { FunctionSpec } from '../../src/functions/types';

afterAll(() => setMemo(true));

function baseline(spec: FunctionSpec): unknown[] {
  const ex = spec.help.examples?.[0];
  const args = ex ? (parseFormula(ex.formula).args as unknown[]) : [];
  return spec.params.map((_, k) => (k < args.length ? args[k] : null));
}

describe('the memo', () => {
  test('is bounded in bytes as well as entries', () => {
    const m = new Memo<number>(100_000, 200_000);
    for (let i = 0; i < 500; i++) m.set('F', [i, [Array.from({ length: 100 }, (_, k) => k + i)]], i);
    expect(m.bytes).toBeLessThanOrEqual(200_000);
    expect(m.size).toBeLessThan(500);
    expect(m.get('F', [499, [Array.from({ length: 100 }, (_, k) => k + 499)]])).toBe(499); // the newest stays
  });

  test('one entry larger than an eighth of the budget is not stored', () => {
    const m = new Memo<number>(10, 10_000);
    m.set('F', [Array.from({ length: 1000 }, () => 1)], 1);
    expect(m.size).toBe(0);
  });

  test('holds more than 2,000 distinct formulas of a large sheet', () => {
    setMemo(true);
    const flows = (i: number) => [Array.from({ length: 30 }, (_, k) => 1000 + k + i)];
    for (let i = 0; i < 3000; i++) invoke(REGISTRY.find((s) => s.id === 'NCW')!, [0.02, flows(i), 2025]);
    const before = memoStats().hits;
    for (let i = 0; i < 3000; i++) invoke(REGISTRY.find((s) => s.id === 'NCW')!, [0.02, flows(i), 2025]);
    expect(memoStats().hits - before).toBe(3000);
  });

  test('rejected calls are not stored: sixty rejected 100,000-row columns leave no memory behind', () => {
    setMemo(true);
    const before = memoStats();
    for (let i = 0; i < 60; i++) {
      const column = Array.from({ length: 100_000 }, (_, k) => [k + i]);
      const out = tryCall('GREX.NCW', 0.02, column, 2025);
      expect(out.ok).toBe(false);
    }
    expect(memoStats().size).toBe(before.size);
    expect(memoStats().bytes).toBe(before.bytes);
  });

  test('extra trailing null arguments are the same call and do not poison later calls', () => {
    setMemo(true);
    const padded = tryCall('GREX.NCW', 0.02, [[100, 200, 300]], 2025, null, null, null, null, null, null, null);
    const plain = tryCall('GREX.NCW', 0.02, [[100, 200, 300]], 2025);
    expect(padded).toEqual(plain);
    expect(plain.ok && plain.value).toBeCloseTo(572.9696722979849, 9);
    // a genuinely extra argument is refused, and that refusal is not served to the plain call
    expect(tryCall('GREX.NCW', 0.02, [[100, 200, 300]], 2025, null, 'eind', 7).ok).toBe(false);
    expect(tryCall('GREX.NCW', 0.02, [[100, 200, 300]], 2025)).toEqual(plain);
  });
});

test('a returned spill cannot be changed by the caller, with or without the memo', () => {
  for (const memo of [true, false]) {
    setMemo(memo);
    const r = call('GREX.BOEKWAARDE', 1000, [[500, 300]], [[0, 600]], 0.03, 2025) as number[][];
    expect(() => {
      r[0][1] = 42;
    }).toThrow(TypeError);
    expect(() => {
      (r as unknown[]).push([1]);
    }).toThrow(TypeError);
    const again = call('GREX.BOEKWAARDE', 1000, [[500, 300]], [[0, 600]], 0.03, 2025) as number[][];
    expect(again[0][1]).toBe(1000);
    expect(again.length).toBe(2);
  }
  setMemo(true);
});

describe('too long ranges', () => {
  test.each([1001, 100_000, 125_000, 1_048_576])('a column of %i rows: "hoogstens 1000 waarden"', (n) => {
    const column = Array.from({ length: n }, () => [1]);
    const out = tryCall('GREX.NCW', 0.02, column, 2025);
    expect(out).toEqual({
      ok: false,
      error: { code: '#VALUE!', message: `GREX.NCW: kasstromen mag hoogstens 1000 waarden bevatten (ontvangen: ${n} waarden)` },
    });
    const row = tryCall('GREX.NCW', 0.02, [Array.from({ length: n }, () => 1)], 2025);
    expect(!row.ok && row.error.message).toMatch(/hoogstens 1000 waarden/);
  });
  test('a table of posts wider than 1000 years or above 100,000 cells', () => {
    const wide = tryCall('GREX.BOEKWAARDE', 0, [Array(1200).fill(1), Array(1200).fill(1)], [[0]], 0.02);
    expect(!wide.ok && wide.error.message).toMatch(/kosten mag hoogstens 1000 waarden bevatten/);
    const tall = tryCall(
      'GREX.BOEKWAARDE',
      0,
      Array.from({ length: 125_000 }, () => [1, 1]),
      [[0]],
      0.02,
    );
    expect(!tall.ok && tall.error.message).toMatch(/kosten mag hoogstens 100000 cellen bevatten/);
  });
});

describe('−0 is accepted wherever 0 is', () => {
  const cases = REGISTRY.flatMap((spec) =>
    spec.params.map((p, i) => [`${spec.id} ${p.name}`, spec, i] as const).filter(([, , i]) => ['number', 'rate', 'integer'].includes(spec.params[i].kind)),
  );
  test.each(cases)('%s', (_l, spec, i) => {
    setMemo(false);
    const a = baseline(spec);
    const zero = a.slice();
    zero[i] = 0;
    const negZero = a.slice();
    negZero[i] = -0;
    expect(tryCall(spec.id, ...negZero)).toEqual(tryCall(spec.id, ...zero));
    const inSeries = a.map((x) => (Array.isArray(x) ? (x as unknown[][]).map((r) => r.map((c) => (c === 0 ? -0 : c))) : x));
    expect(tryCall(spec.id, ...inSeries)).toEqual(tryCall(spec.id, ...a));
  });
});

describe('messages print numbers the Dutch way', () => {
  const bad = /Infinity|NaN|\de[+-]?\d|0000000000/;
  const extremes = [1e308, -1e308, 1.5000000000000005e21, 0.30000000000000004, 5e-324, Infinity, NaN];
  test.each(REGISTRY.map((s) => [s.id, s] as const))('%s with extreme numbers in every numeric argument', (_id, spec) => {
    setMemo(false);
    const a = baseline(spec);
    spec.params.forEach((p, i) => {
      for (const x of extremes) {
        const args = a.slice();
        args[i] = p.kind === 'series' || p.kind === 'table' ? [[x, x]] : x;
        const out = tryCall(spec.id, ...args);
        if (!out.ok) expect(out.error.message).not.toMatch(bad);
      }
    });
  });
  test('GREX.KOSTENVERHAAL with 1e308', () => {
    const spec = REGISTRY.find((s) => s.id === 'KOSTENVERHAAL')!;
    const args = baseline(spec).map((x) => (typeof x === 'number' ? 1e308 : x));
    const out = tryCall(spec.id, ...args);
    if (!out.ok) expect(out.error.message).not.toMatch(bad);
  });
  test('the formatter', () => {
    expect(formatNumber(1.5000000000000005e21)).toBe('1,5E+21');
    expect(formatNumber(-1.5)).toBe('-1,5');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(Infinity)).toBe('oneindig');
    expect(formatNumber(NaN)).toBe('geen getal');
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('rates near −100%: no fast path answers where it is not proven right', () => {
  // The worksheet functions refuse such a rate as implausible (a percentage typed as a whole number is far more
  // likely); the calculation cores behind them must still be right there, fast path or not.
  test('the worksheet function refuses −99% with what was probably meant', () => {
    const out = tryCall('GREX.EINDWAARDE', -0.99, [[1, 1]], 1900);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error.message).toMatch(/^GREX\.EINDWAARDE: rente .*niet aannemelijk/);
  });
  test('EINDWAARDE core (−0,99; 200 flows of 1; 1900; 2099) = Σ 0,01^m ≈ 1,0101…', () => {
    const v = endValueNumber(-0.99, Array(200).fill(1), 1900, 2099, 'eind');
    expect(v).toBeCloseTo(1 / 0.99, 12);
  });
  test.each([-0.9, -0.99, -0.999, -0.999999])('NCW and EINDWAARDE cores at %d agree with the decimal path', (d) => {
    for (const n of [10, 60, 200]) {
      const values = Array.from({ length: n }, (_, k) => ((k * 7919) % 13) - 4);
      const refs = [
        [() => presentValueNumber(d, values, 2000, 2000, 'eind'), presentValue(d, YearlySeries.ofNumbers(2000, values), 2000, 'eind').toNumber()],
        [() => endValueNumber(d, values, 2000, 2000 + n - 1, 'eind'), endValue(d, YearlySeries.ofNumbers(2000, values), 2000 + n - 1, 'eind').toNumber()],
      ] as const;
      for (const [fast, ref] of refs) {
        if (!Number.isFinite(ref)) {
          // an overflow: the core answers ±Infinity or refuses, never a finite wrong number (the function layer turns it into #WAARDE!)
          let v = NaN;
          try {
            v = fast();
          } catch {
            continue;
          }
          expect(Number.isFinite(v)).toBe(false);
          continue;
        }
        expect(Math.abs(fast() - ref)).toBeLessThanOrEqual(Math.max(0.001, Math.abs(ref) * 1e-15));
      }
    }
  });
});
