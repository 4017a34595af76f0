/**
 * Index curves: the yearly rate by which amounts at a price level grow
 * (DECISIONS §1 "Indexation", REFERENCE §1.5).
 *
 * An amount at price level 1-1-p that falls in year t is multiplied by
 *   Π (1 + i_k) over k = p … t−1          (t > p; no indexation inside year p)
 *   1                                      (t = p)
 *   Π 1 / (1 + i_k) over k = t … p−1       (t < p; deflation back to an earlier year)
 *
 * A per-year curve holds one rate per calendar year from `start`. Before its
 * first year the first rate applies, after its last year the last rate
 * applies ("2026 e.v." in municipal parameter tables, REFERENCE §1.5).
 * `frozenFrom(year)` sets the rate to 0 from that year on: the beheersmaatregel
 * "niet indexeren van opbrengsten na 10 jaar" ('s-Hertogenbosch, REFERENCE §1.6).
 */
import { Dec, DecInput, dec, ONE, ZERO } from './numeric';
import { invalid } from './errors';
import { MSG } from './messages';

export class IndexCurve {
  private readonly rates: readonly Dec[];

  private constructor(
    rates: readonly DecInput[],
    private readonly start: number,
    private readonly freezeFrom: number = Infinity,
  ) {
    this.rates = rates.map(dec);
  }

  static scalar(rate: DecInput): IndexCurve {
    return new IndexCurve([rate], 0);
  }

  static perYear(start: number, rates: readonly DecInput[], param = 'index'): IndexCurve {
    if (rates.length === 0) throw invalid(param, MSG.seriesTooShort(1));
    rates.forEach((r) => {
      if (dec(r).lte(-1)) throw invalid(param, MSG.greaterThan('-100%'), typeof r === 'number' ? r : dec(r).toNumber());
    });
    return new IndexCurve(rates, start);
  }

  static none(): IndexCurve {
    return IndexCurve.scalar(0);
  }

  /** The same curve with rate 0 from `year` on. */
  frozenFrom(year: number): IndexCurve {
    return new IndexCurve(this.rates, this.start, year);
  }

  /** The rate of calendar year `year`. */
  rate(year: number): Dec {
    if (year >= this.freezeFrom) return ZERO;
    if (this.rates.length === 1) return this.rates[0];
    const i = Math.min(Math.max(year - this.start, 0), this.rates.length - 1);
    return this.rates[i];
  }

  /** Cumulative factor for an amount at price level 1-1-`priceYear` falling in year `year`. */
  factor(priceYear: number, year: number): Dec {
    let f: Dec = ONE;
    if (year > priceYear) {
      for (let k = priceYear; k < year; k++) f = f.times(ONE.plus(this.rate(k)));
    } else {
      for (let k = year; k < priceYear; k++) f = f.div(ONE.plus(this.rate(k)));
    }
    return f;
  }

  /** Factors for the consecutive years from … to (inclusive), computed incrementally. */
  factors(priceYear: number, from: number, to: number): Dec[] {
    const out: Dec[] = [];
    let f = this.factor(priceYear, from);
    for (let y = from; y <= to; y++) {
      out.push(f);
      f = f.times(ONE.plus(this.rate(y))); // holds on both sides of priceYear
    }
    return out;
  }
}
