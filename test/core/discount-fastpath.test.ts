/**
 * The float path of NCW/eindwaarde is used only where its error bound proves
 * it within a tenth of a cent of the decimal path (src/core/discount.ts).
 * This corpus of 100,000 random cases checks the proof: wherever the float
 * path answers, it agrees with the 34-digit decimal reference within 0.001
 * (so to the cent); and it does answer for ordinary municipal inputs.
 */
import { YearlySeries, presentValue, endValue, presentValueFloat, endValueFloat, presentValueNumber, TIMINGS } from '../../src/core';
import { rng, pick, int, between } from '../helpers/random';

test('100,000 random cases: float path within 0.001 of the decimal path wherever it answers', () => {
  const r = rng(42);
  const N = 100_000;
  let answered = 0;
  let ordinary = 0;
  let ordinaryAnswered = 0;
  let worst = 0;
  let worstCase = '';
  for (let k = 0; k < N; k++) {
    const len = int(r, 1, 60);
    const scale = pick(r, [1e3, 1e5, 1e7, 1e9]);
    const flows = Array.from({ length: len }, () => Math.round(between(r, -0.5, 1) * scale * 100) / 100);
    const d = Math.round(between(r, -0.2, 0.3) * 1e5) / 1e5;
    const start = int(r, 2000, 2060);
    const timing = pick(r, TIMINGS);
    const isEndValue = k % 5 === 0;
    const year = isEndValue ? start + len - 1 + int(r, 0, 10) : start + int(r, -5, 5);
    const fast = isEndValue ? endValueFloat(d, flows, start, year, timing) : presentValueFloat(d, flows, start, year, timing);
    // ordinary municipal inputs: rates within ±10%, up to €10 million a year
    const isOrdinary = Math.abs(d) <= 0.1 && scale <= 1e7;
    if (isOrdinary) ordinary++;
    if (fast === undefined) continue;
    answered++;
    if (isOrdinary) ordinaryAnswered++;
    const s = YearlySeries.ofNumbers(start, flows);
    const ref = (isEndValue ? endValue(d, s, year, timing) : presentValue(d, s, year, timing)).toNumber();
    const err = Math.abs(fast - ref);
    if (err > worst) {
      worst = err;
      worstCase = JSON.stringify({ d, start, year, timing, isEndValue, len, scale });
    }
  }
  // Extreme cases (±20–30% compounded over 70 years on €1e9 a year) go to the decimal path by design;
  // ordinary inputs are answered by the float path.
  expect(answered).toBeGreaterThan(0.8 * N);
  expect(ordinaryAnswered / ordinary).toBeGreaterThan(0.995);
  if (!(worst < 0.001)) throw new Error(`largest difference ${worst} for ${worstCase}`);
});

test('where the bound refuses, the number path falls back to the decimal path', () => {
  const flows = [1e15, -1e15 + 0.07, 3];
  expect(presentValueFloat(0.03, flows, 2025, 2025, 'eind')).toBeUndefined();
  const ref = presentValue(0.03, YearlySeries.ofNumbers(2025, flows), 2025, 'eind').toNumber();
  expect(presentValueNumber(0.03, flows, 2025, 2025, 'eind')).toBe(ref);
});
