/**
 * Index curves: the yearly rate by which amounts at a price level grow.
 *
 * An amount at price level 1-1-p that falls in year t is indexed to a moment
 * inside year t, the indexation moment (`IndexMoment`):
 *   begin   1-1-t    Π (1 + i_k) over k = p … t−1                (the default)
 *   midden  1-7-t    Π (1 + i_k) over k = p … t−1  × (1 + i_t)^½
 *   eind    31-12-t  Π (1 + i_k) over k = p … t
 * With one rate i this is (1+i)^(t−p), (1+i)^(t−p+½) and (1+i)^(t−p+1): the
 * flow at the start, the middle or the end of its year (textbook "Investeren
 * in vastgoed, grond en gebieden", ch. 2: CF₀(1+i)^(t−1), ^(t−0,5), ^t with
 * year 1 the first year) [V-ind]. For t < p the begin factor is
 * Π 1 / (1 + i_k) over k = t … p−1 (deflation back to an earlier year); the
 * midden and eind factors multiply it by the same (1 + i_t)^½ or (1 + i_t).
 *
 * A per-year curve holds one rate per calendar year from `start`. Before its
 * first year the first rate applies, after its last year the last rate
 * applies ("2026 e.v." in municipal parameter tables, Gorinchem jaarstukken
 * 2022). A curve whose rates begin at a price-level year before the first
 * flow (an MPG per 1-1-2025 at prijspeil 1-1-2023) is built with `start` =
 * that price-level year, so the published 2023 and 2024 rates apply.
 * `frozenFrom(year)` sets the rate to 0 from that year on: the beheersmaatregel
 * "niet indexeren van opbrengsten na 10 jaar" ('s-Hertogenbosch begroting 2018).
 */
import { Dec, DecInput, dec, ONE, ZERO } from './numeric';
import { invalid } from './errors';
import { MSG } from './messages';

export const INDEX_MOMENTS = ['begin', 'midden', 'eind'] as const;
export type IndexMoment = (typeof INDEX_MOMENTS)[number];

export class IndexCurve {
  private readonly rates: readonly Dec[];

  private constructor(
    rates: readonly DecInput[],
    private readonly start: number,
    private readonly freezeFrom: number = Infinity,
    /** Where inside its year an amount is indexed to (default: 1 January). */
    readonly moment: IndexMoment = 'begin',
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

  /** The first calendar year of the rates (a scalar curve: 0, irrelevant). */
  get firstYear(): number {
    return this.start;
  }

  /** The same curve with rate 0 from `year` on. */
  frozenFrom(year: number): IndexCurve {
    return new IndexCurve(this.rates, this.start, year, this.moment);
  }

  /** The same curve indexing to another moment inside the year of the flow. */
  at(moment: IndexMoment): IndexCurve {
    return moment === this.moment ? this : new IndexCurve(this.rates, this.start, this.freezeFrom, moment);
  }

  /** The rate of calendar year `year`. */
  rate(year: number): Dec {
    if (year >= this.freezeFrom) return ZERO;
    if (this.rates.length === 1) return this.rates[0];
    const i = Math.min(Math.max(year - this.start, 0), this.rates.length - 1);
    return this.rates[i];
  }

  /** The part of year `year`'s own rate that the moment adds: 1, (1+i)^½ or (1+i). */
  private within(year: number): Dec {
    if (this.moment === 'begin') return ONE;
    const g = ONE.plus(this.rate(year));
    return this.moment === 'eind' ? g : g.sqrt();
  }

  /** Factor to 1-1-`year` (the begin moment) of an amount at price level 1-1-`priceYear`. */
  private toJanuary(priceYear: number, year: number): Dec {
    let f: Dec = ONE;
    if (year > priceYear) {
      for (let k = priceYear; k < year; k++) f = f.times(ONE.plus(this.rate(k)));
    } else {
      for (let k = year; k < priceYear; k++) f = f.div(ONE.plus(this.rate(k)));
    }
    return f;
  }

  /** Cumulative factor for an amount at price level 1-1-`priceYear` falling in year `year`. */
  factor(priceYear: number, year: number): Dec {
    const f = this.toJanuary(priceYear, year);
    return this.moment === 'begin' ? f : f.times(this.within(year));
  }

  /** Factors for the consecutive years from … to (inclusive), computed incrementally. */
  factors(priceYear: number, from: number, to: number): Dec[] {
    const out: Dec[] = [];
    let f = this.toJanuary(priceYear, from);
    for (let y = from; y <= to; y++) {
      out.push(this.moment === 'begin' ? f : f.times(this.within(y)));
      f = f.times(ONE.plus(this.rate(y))); // holds on both sides of priceYear
    }
    return out;
  }
}
