/**
 * The municipality's view: erfpacht against sale (GREX.ERFPACHT.NCW and
 * GREX.ERFPACHT.VERGELIJK; docs/methode/erfpacht.md#formules).
 *
 *   canon_t   = cp × G × (1+g)^(t−1), paid at the end of year t, t = 1 … n
 *   NCW canons = cp × G × factor(k, g, n)                   (annuity.ts)
 *   reversie   = G × (1+g_land)^n / (1+k)^n                 (the land returns at the end of year n)
 *   NCW erfpacht = NCW canons + reversie
 *
 * NCW erfpacht is linear in cp: NCW(cp) = cp × G × factor + reversie, so the
 * break-even canonpercentage at which NCW = koopsom is, exactly,
 *   cp* = (koopsom − reversie) / (G × factor),
 * evaluated as ((koopsom − G) + G × [1 − q_land^n]) / (G × factor) to avoid cancellation (ratio-power.ts).
 * Equivalence: with cp = k − g and g_land = g,
 *   NCW = G (1 − q^n) + G q^n = G, q = (1+g)/(1+k), for every n.
 *
 * Canons paid in advance (betaling VOORAF, prae-numerando: canon_t at the start of year t)
 * are worth (1 + k) times as much; the land still returns at the end of year n:
 *   NCW canons = cp × G × factor(k, g, n) × (1 + k)
 * The equivalence then holds at cp = (k − g) / (1 + k):
 *   NCW = G (1 − q^n) + G q^n = G;
 * at cp = k − g it gives NCW = G [1 + k (1 − q^n)] > G (e.g. G 200.000, g 2%, k 4,4%, n 50:
 * 206.049,15, break-even 2,4% / 1,044 = 2,2989%).
 * Source: the usual formulas (NPV erfpacht incl. reversion; NPV verkoop =
 * koopsom; the equivalence) — a rekenmethode without a verified primary text [R];
 * the signature and defaults are a product choice [besluit: docs/methode/erfpacht.md#productkeuzes].
 */
import { Dec, DecInput, dec } from '../numeric';
import { oneMinusRatioPower } from './ratio-power';
import { invalid } from '../errors';
import { growingAnnuityFactor, type Betaling } from './annuity';
import { EP_MSG } from './messages';

export interface ErfpachtInput {
  grondwaarde: DecInput;
  canonpercentage: DecInput;
  groei: DecInput;
  rekenrente: DecInput;
  looptijd: number;
  /** Default: groei. */
  grondwaardegroei?: DecInput;
  /** Canons at the end (ACHTERAF, default) or the start (VOORAF) of each year. */
  betaling?: Betaling;
}

export interface ErfpachtValue {
  ncwCanons: Dec;
  reversie: Dec;
  ncw: Dec;
  /** d NCW / d cp = G × factor (the PV of the canons per unit of canonpercentage). */
  perCanonpercentage: Dec;
  /** G − reversie = G × [1 − ((1 + g_land)/(1 + k))^n]. */
  landShortfall: Dec;
}

export function erfpachtValue(x: ErfpachtInput): ErfpachtValue {
  const G = dec(x.grondwaarde);
  const annuity = G.times(growingAnnuityFactor(x.rekenrente, x.groei, x.looptijd));
  const perCp = x.betaling === 'VOORAF' ? annuity.times(dec(x.rekenrente).plus(1)) : annuity;
  const ncwCanons = perCp.times(dec(x.canonpercentage));
  const gLand = x.grondwaardegroei ?? x.groei;
  // reversie = G × (1 + g_land)^n / (1 + k)^n = G − G × [1 − ((1 + g_land)/(1 + k))^n], the second form without cancellation
  const landShortfall = G.times(oneMinusRatioPower(gLand, x.rekenrente, x.looptijd));
  const reversie = G.minus(landShortfall);
  return { ncwCanons, reversie, ncw: ncwCanons.plus(reversie), perCanonpercentage: perCp, landShortfall };
}

export interface Comparison {
  ncwErfpacht: Dec;
  koopsom: Dec;
  /** NCW erfpacht − koopsom: > 0 erfpacht is worth more to the municipality than selling. */
  verschil: Dec;
  breakEven: Dec;
}

/** NCW erfpacht against the koopsom (default: the grondwaarde), with the exact break-even canonpercentage. */
export function compareWithSale(x: ErfpachtInput, koopsom?: DecInput): Comparison {
  const G = dec(x.grondwaarde);
  if (!G.gt(0)) throw invalid('grondwaarde', EP_MSG.positive, G.toNumber());
  const v = erfpachtValue(x);
  const k = dec(koopsom ?? x.grondwaarde);
  // koopsom − reversie = (koopsom − G) + G × [1 − q_land^n]: exact k − g in the equivalence case
  return { ncwErfpacht: v.ncw, koopsom: k, verschil: v.ncw.minus(k), breakEven: k.minus(G).plus(v.landShortfall).div(v.perCanonpercentage) };
}
