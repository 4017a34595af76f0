/**
 * The yearly canon schedule of a contract with periodic revision, yearly
 * indexation between revisions and an optional buy-off (GREX.ERFPACHT.KASSTROOM).
 *
 * Years t = startjaar … startjaar + looptijd − 1; revision period p = ⌊(t − startjaar) / N⌋
 * with N = herziening (no revision: one period over the whole term).
 *   G_p  = grondwaarden[p]                                    (one value per revision given)
 *        = grondwaarden[L] × (1 + grondwaardegroei)^((p − L) × N)   (p > L = the last given)
 *   cp_p = canonpercentages[min(p, last)]
 *   first year of a period:  canon_t = afronding(G_p × cp_p)
 *     (with nietLagerBijHerziening: never below canon_{t−1}, Vlaardingen [V])
 *   other years:             canon_t = afronding(canon_{t−1} × max(vloer, 1 + i_{t−1}))
 *     i from an IndexCurve (scalar or per year from startjaar; the last rate continues), the
 *     indexation convention of docs/methode/tijdwaarde-bbv.md#conventies: a canon set in year s is indexed from year s + 1 on.
 * Buy-off in year A (optional): the canons of years A … end are replaced by
 *   afkoopsom_A = Σ_{t ≥ A} canon_t / (1 + rekenrente)^(t − A)
 * — their value at the moment the canon of year A falls due — so that GREX.NCW of the
 * kasstroom at the rekenrente is the same with and without the buy-off (either timing).
 * Sources: Den Haag canon fixed every 5 years from grondwaarde and canonrente; Rotterdam
 * voortdurende erfpacht with a 50-year term; Vlaardingen/Grondvermogen yearly indexation,
 * never below the last canon [V]. The buy-off valuation as the NCW of the
 * future canons follows Amsterdam's overstap ("afkoop = NCW of future canons",
 * [V-ind: ahfinance.nl]); the rekenrente is the user's [R].
 */
import { Dec, DecInput, dec, growthFactor, ONE } from '../numeric';
import { invalid } from '../errors';
import { IndexCurve } from '../index-curve';
import { YearlySeries } from '../series';
import { presentValue } from '../discount';
import { indexCanon } from './canon';
import { Afronding, roundCanon } from './rounding';
import { EP_MSG } from './messages';

export interface ScheduleInput {
  /** One land value, or one per revision period (the first for the initial period). */
  grondwaarden: readonly DecInput[];
  /** One canonpercentage, or one per revision period (the last continues). */
  canonpercentages: readonly DecInput[];
  looptijd: number;
  /** Years between revisions; undefined = no revision within the term. */
  herziening?: number;
  /** Growth of the land value per year after the last given value (default 0). */
  grondwaardegroei?: DecInput;
  /** Yearly indexation between revisions (default none). */
  indexatie?: IndexCurve;
  startjaar?: number;
  afkoopjaar?: number;
  rekenrente?: DecInput;
  vloer?: DecInput;
  afronding?: Afronding;
  /** A revised canon is never below the canon of the year before (Vlaardingen 2023). Default false. */
  nietLagerBijHerziening?: boolean;
}

export interface ScheduleRow {
  jaar: number;
  grondwaarde: Dec;
  canonpercentage: Dec;
  canon: Dec;
  afkoopsom: Dec;
  kasstroom: Dec;
}

function landValue(values: readonly DecInput[], p: number, growth: DecInput, years: number): Dec {
  const last = values.length - 1;
  if (p <= last) return dec(values[p]);
  return dec(values[last]).times(growthFactor(growth, (p - last) * years));
}

export function canonSchedule(x: ScheduleInput): ScheduleRow[] {
  const start = x.startjaar ?? 1;
  const n = x.looptijd;
  const N = x.herziening ?? n;
  const curve = x.indexatie ?? IndexCurve.none();
  const afronding = x.afronding ?? 'GEEN';
  const vloer = dec(x.vloer ?? 1);
  const rows: ScheduleRow[] = [];
  let prev: Dec = dec(0);
  for (let i = 0; i < n; i++) {
    const jaar = start + i;
    const p = Math.floor(i / N);
    const G = landValue(x.grondwaarden, p, x.grondwaardegroei ?? 0, N);
    const cp = dec(x.canonpercentages[Math.min(p, x.canonpercentages.length - 1)]);
    let c: Dec;
    if (i % N !== 0) c = indexCanon(prev, ONE.plus(curve.rate(jaar - 1)), vloer, afronding);
    else {
      c = roundCanon(G.times(cp), afronding);
      if (i > 0 && x.nietLagerBijHerziening && c.lt(prev)) c = prev;
    }
    rows.push({ jaar, grondwaarde: G, canonpercentage: cp, canon: c, afkoopsom: dec(0), kasstroom: c });
    prev = c;
  }
  if (x.afkoopjaar !== undefined) {
    const A = x.afkoopjaar;
    const end = start + n - 1;
    if (!(A >= start && A <= end)) throw invalid('afkoopjaar', EP_MSG.withinTerm(start, end), A);
    if (x.rekenrente === undefined) throw invalid('rekenrente', EP_MSG.requiredWith('afkoopjaar'));
    const from = A - start;
    const remaining = new YearlySeries(
      A,
      rows.slice(from).map((r) => r.canon),
    );
    // value at 1-1-(A+1) with year-end timing = Σ canon_t / (1+k)^(t − A)
    const sum = presentValue(x.rekenrente, remaining, A + 1, 'eind', 'rekenrente');
    rows.forEach((r, i) => {
      if (i < from) return;
      r.canon = dec(0);
      r.afkoopsom = i === from ? sum : dec(0);
      r.kasstroom = r.afkoopsom;
    });
  }
  return rows;
}
