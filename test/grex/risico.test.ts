/**
 * The Monte Carlo risk reserve (GREX.RISICO.WEERSTAND, docs/methode/risico.md) and its
 * generator. Expected values are analytical (written beside each case), and
 * the generator's streams were computed with an independent Python
 * transcription of the reference C code of xoshiro128** and splitmix32.
 */
import { Xoshiro128, buildRegister, expectedTotal, varianceTotal, riskReserve, simulateTotals, triangular, empiricalQuantile } from '../../src/core/risk';
import { excelError, expectClose, value } from '../helpers/cases';

const row = (...args: unknown[]) => (value('GREX.RISICO.WEERSTAND', ...args) as number[][])[0];
const col = (xs: number[]) => xs.map((x) => [x]);

describe('xoshiro128** with splitmix32 seeding (prng.ts)', () => {
  test('raw state {1, 2, 3, 4}: the reference algorithm', () => {
    // result = rotl(s1 × 5, 7) × 9: rotl(10, 7) × 9 = 1280 × 9 = 11520; the rest from the Python transcription
    const g = Xoshiro128.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => g.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });
  test.each([
    [0, [3809008728, 1133695204, 53579671, 2891528803, 139681546]],
    [1, [2442144158, 3238099751, 3819917871, 2104621829, 2021136066]],
    [4294967295, [835879718, 1921286648, 2356205009, 1885780724, 980451116]],
  ])('seed %d gives the same stream as the Python transcription', (seed, expected) => {
    const g = new Xoshiro128(seed);
    expect(Array.from({ length: 5 }, () => g.nextUint32())).toEqual(expected);
  });
  test('uniforms in [0, 1): mean and ten equal bins within 5 standard errors', () => {
    const g = new Xoshiro128(42);
    const n = 200_000;
    const bins = new Array(10).fill(0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = g.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      bins[Math.floor(u * 10)]++;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    const sd = Math.sqrt(n * 0.1 * 0.9);
    bins.forEach((b) => expect(Math.abs(b - n / 10)).toBeLessThan(5 * sd));
  });
});

describe('triangular draw (inverse CDF)', () => {
  test('the ends and the mode', () => {
    expect(triangular(0, 100, 400, 0)).toBe(0);
    // F(mode) = (c − a)/(b − a) = 0,25: v = 0,25 gives the mode
    expect(triangular(0, 100, 400, 0.25)).toBeCloseTo(100, 12);
    expect(triangular(5, 5, 5, 0.7)).toBe(5);
  });
  test('90% quantile of the triangle (0, 100, 400) at 200.000 simulations', () => {
    // one risk with kans 1: 400 − √(0,1 × 400 × 300) = 400 − √12.000 = 290,4554884...
    // standard error of the quantile ≈ √(0,9 × 0,1 / N) / f(x), f(x) = 2(400 − x)/(400 × 300) = 0,001826 → 0,37
    const r = riskReserve({ risks: buildRegister([[0, 100, 400]], [1]), zekerheid: 0.9, simulaties: 200_000, zaad: 3 });
    expectClose(r.benodigd, { name: 'q90', source: 'inverse CDF of the triangle', expected: 400 - Math.sqrt(12000), abs: 2.5 });
    // mean (0 + 100 + 400)/3 = 166,67, sd = √((a²+b²+c²−ab−ac−bc)/18) = √(170000 − 40000)/… → bound 5σ/√N
    const sd = Math.sqrt((0 + 160000 + 10000 - 0 - 0 - 40000) / 18);
    expect(Math.abs(r.gemiddelde - 500 / 3)).toBeLessThan((5 * sd) / Math.sqrt(200_000));
  });
});

describe('Monte Carlo converges to the analytical values for independent risks', () => {
  // Three point risks: 100 (kans 0,5), 200 (0,3), 400 (0,1). Enumerating the 8 outcomes:
  //  total:  0      100    200    300    400    500    600    700
  //  P:      0,315  0,315  0,135  0,135  0,035  0,035  0,015  0,015
  //  CDF:    0,315  0,63   0,765  0,9    0,935  0,97   0,985  1
  // mean = 0,5 × 100 + 0,3 × 200 + 0,1 × 400 = 150
  const gevolgen = col([100, 200, 400]);
  const kansen = col([0.5, 0.3, 0.1]);
  test.each([
    [0.2, 0],
    [0.5, 100],
    [0.7, 200],
    [0.85, 300],
    [0.95, 500],
    [0.99, 700],
  ])('zekerheid %d → benodigd %d (exact quantile of the enumerated distribution)', (p, q) => {
    // each p lies ≥ 0,01 from a CDF jump; at 100.000 simulations the empirical CDF is within ±0,0016 (5σ)
    expect(row(gevolgen, kansen, p, 100_000, 11)[0]).toBe(q);
  });
  test('mean within 5 standard errors of Σ kans × gevolg, for several seeds', () => {
    const risks = buildRegister([[100], [200], [400]], [0.5, 0.3, 0.1]);
    expect(expectedTotal(risks)).toBeCloseTo(150, 12);
    // Var = Σ p(1−p)a² = 0,25×10⁴ + 0,21×4×10⁴ + 0,09×16×10⁴ = 2.500 + 8.400 + 14.400 = 25.300
    expect(varianceTotal(risks)).toBeCloseTo(25300, 6);
    const se = Math.sqrt(25300 / 100_000);
    for (const seed of [1, 2, 3, 99, 123456789]) expect(Math.abs(row(gevolgen, kansen, 0.9, 100_000, seed)[1] - 150)).toBeLessThan(5 * se);
  });
  test('a register of 50 risks with triangles: the mean converges as 1/√N', () => {
    const rows: number[][] = [];
    const ps: number[] = [];
    for (let i = 0; i < 50; i++) {
      const a = 10_000 * (i % 7);
      rows.push([a, a + 5_000 * (i % 5), a + 5_000 * (i % 5) + 20_000 * (i % 3)]);
      ps.push(((i * 37) % 100) / 100);
    }
    const risks = buildRegister(rows, ps);
    const mu = expectedTotal(risks); // Σ kans × (min + modus + max)/3
    const sd = Math.sqrt(varianceTotal(risks));
    for (const n of [10_000, 200_000]) {
      const r = row(rows, col(ps), 0.9, n, 5);
      expect(Math.abs(r[1] - mu)).toBeLessThan((5 * sd) / Math.sqrt(n));
    }
  });
  test('kans op overschrijding converges to P(total > reserve)', () => {
    // P(total > 250) = P(total ≥ 300) = 1 − 0,765 = 0,235; 5σ at 100.000: 5 × √(0,235 × 0,765 / 10⁵) = 0,0067
    const [, , pOver] = row(gevolgen, kansen, 0.9, 100_000, 8, 250);
    expect(Math.abs(pOver - 0.235)).toBeLessThan(0.0067);
    // P(total > 700) = 0 and P(total > 0) = 1 − 0,315
    expect(row(gevolgen, kansen, 0.9, 10_000, 8, 700)[2]).toBe(0);
  });
  test('certain and impossible risks are exact', () => {
    expect(row(col([100, 200]), col([1, 0]), 0.9)).toEqual([100, 100]);
    expect(row(col([100, 200]), col([0, 0]), 0.9, 1000, 1, 0)).toEqual([0, 0, 0]);
  });
});

describe('reproducible per seed', () => {
  const gevolgen = [
    [0, 50_000, 200_000],
    [10_000, 10_000, 10_000],
    [100_000, 250_000, 300_000],
  ];
  const kansen = [[0.3], [0.8], [0.15]];
  test('the same seed gives the same result, bit for bit', () => {
    expect(row(gevolgen, kansen, 0.8, 20_000, 77, 100_000)).toEqual(row(gevolgen, kansen, 0.8, 20_000, 77, 100_000));
    const a = simulateTotals(buildRegister(gevolgen, [0.3, 0.8, 0.15]), 1000, 77);
    const b = simulateTotals(buildRegister(gevolgen, [0.3, 0.8, 0.15]), 1000, 77);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
  test('another seed gives another sample', () => {
    expect(row(gevolgen, kansen, 0.8, 20_000, 77)[1]).not.toBe(row(gevolgen, kansen, 0.8, 20_000, 78)[1]);
  });
  test('the default seed is fixed, so recalculation does not change the answer', () => {
    expect(row(gevolgen, kansen)).toEqual(row(gevolgen, kansen, 0.9, 10_000, 1));
  });
  test('a register typed across one row equals the same register as a column', () => {
    expect(row([[100, 200, 400]], [[0.5, 0.3, 0.1]], 0.9, 5000, 4)).toEqual(row(col([100, 200, 400]), col([0.5, 0.3, 0.1]), 0.9, 5000, 4));
  });
});

describe('empirical quantile', () => {
  test('the ⌈p·N⌉-th smallest, computed without binary noise', () => {
    const xs = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 0,7 × 10 = 7.000000000000001 in doubles; ⌈7⌉ = 7 → the 7th value
    expect(empiricalQuantile(xs, 0.7)).toBe(7);
    expect(empiricalQuantile(xs, 0.71)).toBe(8);
    expect(empiricalQuantile(xs, 1)).toBe(10);
    expect(empiricalQuantile(xs, 0.01)).toBe(1);
  });
});

describe('bad input: Dutch #VALUE! naming the parameter', () => {
  test('a probability above 1', () => {
    expect(excelError('GREX.RISICO.WEERSTAND', col([100, 200]), col([0.5, 1.2]))).toEqual({
      code: '#VALUE!',
      message: 'GREX.RISICO.WEERSTAND: kansen (positie 2) mag hoogstens 1 zijn (ontvangen: 1,2)',
    });
    expect(excelError('GREX.RISICO.WEERSTAND', col([100]), col([-0.1])).message).toBe(
      'GREX.RISICO.WEERSTAND: kansen (positie 1) moet ten minste 0 zijn (ontvangen: -0,1)',
    );
  });
  test('register and probabilities of different lengths', () => {
    expect(excelError('GREX.RISICO.WEERSTAND', col([100, 200, 300]), col([0.5, 0.5])).message).toBe(
      'GREX.RISICO.WEERSTAND: gevolgen moet één kolom bedragen zijn, of drie kolommen (minimum, meest waarschijnlijk, ' +
        'maximum), met één rij per risico; kansen heeft 2 waarden (ontvangen: 3 rijen × 1 kolommen)',
    );
    expect(
      excelError(
        'GREX.RISICO.WEERSTAND',
        [
          [1, 2],
          [3, 4],
        ],
        col([0.5, 0.5]),
      ).message,
    ).toMatch(/^GREX.RISICO.WEERSTAND: gevolgen moet één kolom bedragen zijn.*\(ontvangen: 2 rijen × 2 kolommen\)$/);
  });
  test('a triangle out of order, a negative amount, text in the register', () => {
    expect(
      excelError(
        'GREX.RISICO.WEERSTAND',
        [
          [0, 10, 20],
          [30, 20, 40],
        ],
        col([0.5, 0.5]),
      ).message,
    ).toBe('GREX.RISICO.WEERSTAND: gevolgen rij 2: moet voldoen aan minimum ≤ meest waarschijnlijk ≤ maximum (ontvangen: 30; 20; 40)');
    expect(excelError('GREX.RISICO.WEERSTAND', col([100, -5]), col([0.5, 0.5])).message).toBe(
      'GREX.RISICO.WEERSTAND: gevolgen bevat in rij 2, kolom 1 een negatief bedrag (ontvangen: -5)',
    );
    expect(excelError('GREX.RISICO.WEERSTAND', [[100], ['veel']], col([0.5, 0.5])).message).toBe(
      'GREX.RISICO.WEERSTAND: gevolgen bevat in rij 2, kolom 1 geen getal (ontvangen: "veel")',
    );
  });
  test('zekerheid, simulaties, zaad and reserve out of range', () => {
    expect(excelError('GREX.RISICO.WEERSTAND', col([1]), col([0.5]), 1.5).message).toBe(
      'GREX.RISICO.WEERSTAND: zekerheid mag hoogstens 1 zijn (ontvangen: 1,5)',
    );
    expect(excelError('GREX.RISICO.WEERSTAND', col([1]), col([0.5]), 0).message).toBe('GREX.RISICO.WEERSTAND: zekerheid moet groter zijn dan 0 (ontvangen: 0)');
    expect(excelError('GREX.RISICO.WEERSTAND', col([1]), col([0.5]), 0.9, 2e6).message).toBe(
      'GREX.RISICO.WEERSTAND: simulaties mag hoogstens 1.000.000 zijn (ontvangen: 2000000)',
    );
    expect(excelError('GREX.RISICO.WEERSTAND', col([1]), col([0.5]), 0.9, 100.5).message).toBe(
      'GREX.RISICO.WEERSTAND: simulaties moet een geheel getal zijn (ontvangen: 100,5)',
    );
    expect(excelError('GREX.RISICO.WEERSTAND', col([1]), col([0.5]), 0.9, 100, -1).message).toBe(
      'GREX.RISICO.WEERSTAND: zaad moet ten minste 0 zijn (ontvangen: -1)',
    );
    expect(excelError('GREX.RISICO.WEERSTAND', col([1]), col([0.5]), 0.9, 100, 1, -10).message).toBe(
      'GREX.RISICO.WEERSTAND: reserve moet ten minste 0 zijn (ontvangen: -10)',
    );
  });
  test('too much work for one recalculation', () => {
    const many = col(Array(100).fill(1));
    expect(excelError('GREX.RISICO.WEERSTAND', many, col(Array(100).fill(0.5)), 0.9, 1_000_000).message).toBe(
      "GREX.RISICO.WEERSTAND: simulaties × aantal risico's mag hoogstens 50.000.000 trekkingen zijn; verlaag het aantal simulaties (ontvangen: 1000000 × 100)",
    );
  });
});
