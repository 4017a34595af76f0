/**
 * Kostenverhaal met tijdvak (Ow 13.14 + 13.18): the contribution of each
 * location in a kostenverhaalsgebied.
 *
 *   K_tot     = Σ IW_j + overige kosten                       (all amounts NCW at one peildatum)
 *   O_tot     = Σ O_j
 *   K_verh    = min(K_tot, O_tot)                             macroaftopping, Ow 13.14 lid 2
 *   aandeel_i = O_i / O_tot, or w_i / Σ w when weights are given (docs/methode/kostenverhaal.md#verdeelsleutel)
 *   toegerekend_i = aandeel_i × K_verh  (computed as key_i × K_verh / Σ key)
 *   bijdrage_i = max(0, toegerekend_i − IW_i − eigen_i)       Ow 13.18: deduct the inbrengwaarde (a) and
 *                                                             the costs the applicant made within the raming (b)
 *   plafond_i  = O_i − IW_i
 *   bijdrage_i ≤ max(0, plafond_i)
 *
 * With the opbrengst key the ceiling never binds: toegerekend_i = O_i × K_verh / O_tot ≤ O_i
 * (an implied per-plot ceiling). With weights it can; the contribution is then
 * limited to the plafond O_i − IW_i (docs/methode/kostenverhaal.md#plafond-per-locatie) and the
 * row is flagged.
 *
 * Sources: Ow 13.18 deductions [V: https://rechtspraakbestuursrecht.nl/artikel-13-18-ow-wijze-van-kostenverhaal/];
 * macroaftopping [V: Scobe GrexManager interview; lid 2 wording R]; verdeling naar rato van
 * opbrengst as the default [besluit: docs/methode/kostenverhaal.md#verdeelsleutel].
 */
import { dec, ZERO, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { described, formatValue, MSG } from '../messages';
import { macroCap, total } from './macroaftopping';
import { belowForgoThreshold } from './drempel';
import { KV_MSG } from './messages';

export interface TijdvakInput {
  opbrengsten: readonly DecInput[];
  inbrengwaarden: readonly DecInput[];
  overigeKosten: DecInput;
  eigenKosten?: readonly DecInput[];
  gewichten?: readonly DecInput[];
}

export interface LocationShare {
  aandeel: Dec;
  toegerekend: Dec;
  bijdrage: Dec;
  plafond: Dec;
  /** The contribution was limited to the plafond (only possible with weights). */
  begrensd: boolean;
}

export interface TijdvakAllocation {
  kostenTotaal: Dec;
  opbrengstenTotaal: Dec;
  verhaalbareKosten: Dec;
  macroaftopping: boolean;
  locaties: LocationShare[];
  bijdragenTotaal: Dec;
  /** Σ bijdragen < €10.000: the bevoegd gezag may forgo kostenverhaal (reported, never applied). */
  onderAfzienDrempel: boolean;
}

function decimals(name: string, xs: readonly DecInput[], n: number): Dec[] {
  if (xs.length !== n) throw invalid(name, MSG.sameLength('opbrengsten', n), described(`${xs.length} waarden`));
  return xs.map((x, i) => {
    const d = dec(x);
    if (d.lt(0)) throw invalid(name, KV_MSG.positionNotNegative(i + 1), Number(d));
    return d;
  });
}

/** The allocation of the module comment (Ow 13.14 lid 2 [V-ind], 13.18 [V]; key docs/methode/kostenverhaal.md#verdeelsleutel), one entry per location. */
export function allocateWithPeriod(x: TijdvakInput): TijdvakAllocation {
  const n = x.opbrengsten.length;
  const O = decimals('opbrengsten', x.opbrengsten, n);
  const IW = decimals('inbrengwaarden', x.inbrengwaarden, n);
  const eigen = x.eigenKosten ? decimals('eigen_kosten', x.eigenKosten, n) : O.map(() => ZERO);
  const overige = dec(x.overigeKosten);
  if (overige.lt(0)) throw invalid('overige_kosten', KV_MSG.notNegative, Number(overige));

  const oTot = total(O);
  const kTot = total(IW).plus(overige);
  const kVerh = macroCap(kTot, oTot);

  let keys = O;
  let keyTot = oTot;
  let keyName = 'opbrengsten';
  if (x.gewichten) {
    keys = decimals('gewichten', x.gewichten, n);
    keyTot = total(keys);
    keyName = 'gewichten';
  }
  if (keyTot.lte(0)) throw invalid(keyName, KV_MSG.sumPositive, described(`som ${formatValue(keyTot)}`));

  const locaties = keys.map((k, i) => {
    const aandeel = k.div(keyTot);
    // Multiply before dividing: with aftopping (K_verh = O_tot) this gives O_i exactly, so that
    // rounding at the 34th digit can never push a location a hair above its plafond.
    const toegerekend = k.times(kVerh).div(keyTot);
    const plafond = O[i].minus(IW[i]);
    const raw = atLeastZero(toegerekend.minus(IW[i]).minus(eigen[i]));
    const cap = atLeastZero(plafond);
    const begrensd = raw.gt(cap);
    return { aandeel, toegerekend, bijdrage: begrensd ? cap : raw, plafond, begrensd };
  });
  const bijdragenTotaal = total(locaties.map((l) => l.bijdrage));
  return {
    kostenTotaal: kTot,
    opbrengstenTotaal: oTot,
    verhaalbareKosten: kVerh,
    macroaftopping: kTot.gt(oTot),
    locaties,
    bijdragenTotaal,
    onderAfzienDrempel: belowForgoThreshold(bijdragenTotaal),
  };
}

function atLeastZero(x: Dec): Dec {
  return x.lt(0) ? ZERO : x;
}
