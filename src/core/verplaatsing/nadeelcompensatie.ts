/**
 * Nadeelcompensatie for indirect loss of value of real estate, after the
 * normaal maatschappelijk risico (NMR) as a forfait of the value before:
 *   NC = max(0, waardevermindering − nmr × waarde_voor)
 *   nmr = 4% under the Omgevingswet, art. 15.7 lid 1
 *         [V: https://rechtspraakbestuursrecht.nl/artikel-15-7-ow-normaal-maatschappelijk-risico/;
 *          5% → 4%: https://zoek.officielebekendmakingen.nl/kst-34986-52.html]
 *   nmr = 2% under the old Wro, art. 6.2 lid 2 (planschade until 1-1-2024)
 *         [V: https://rechtspraakbestuursrecht.nl/artikel-6-2-wro-normaal-maatschappelijk-risico-planschade/]
 * A case-specific percentage (case law 2–3,5% under the Wro) may be passed instead.
 *
 * Under the Omgevingswet the 4% is fixed by law (Ow 15.7 lid 1 [V, same URL]); the only exceptions are
 * lid 3 (the forfait may be left out when it was applied to an earlier claim for the same property: nmr 0)
 * and lid 4 (cases designated by AMvB in which the damage is deemed not to exceed the NMR: no compensation).
 * The forfait covers waardevermindering only, not inkomensschade (Awb 4:126, case by case [V-ind: saoz.nl]).
 * So under "OW" a percentage other than 4% (or 0, lid 3 as before) needs a reden:
 *   LID3            nmr = 0
 *   LID4            NC = 0
 *   INKOMENSSCHADE  not a 15.7 case: nmr_pct is required and free.
 */
import { Dec, DecInput, dec, D, ZERO } from '../numeric';
import { invalid } from '../errors';
import { NMR_MSG } from './messages';

export const NMR_REDENEN = ['LID3', 'LID4', 'INKOMENSSCHADE'] as const;
export type NmrReden = (typeof NMR_REDENEN)[number];

export const NMR_REGIMES = ['OW', 'WRO'] as const;
export type NmrRegime = (typeof NMR_REGIMES)[number];

/** The statutory forfait of each regime (see module comment). */
export const NMR_FORFAIT: Record<NmrRegime, number> = { OW: 0.04, WRO: 0.02 };

/** The NMR percentage the regime and the reden allow (module comment); throws on a percentage the law does not allow. */
export function nmrPercentage(regime: NmrRegime, nmrPct?: DecInput, reden?: NmrReden): Dec {
  if (regime === 'WRO') {
    if (reden !== undefined) throw invalid('reden', NMR_MSG.onlyOw, reden);
    return nmrPct === undefined ? dec(NMR_FORFAIT.WRO) : dec(nmrPct);
  }
  const given = nmrPct === undefined ? undefined : dec(nmrPct);
  if (reden === 'LID3') {
    if (given !== undefined && !given.isZero()) throw invalid('nmr_pct', NMR_MSG.lid3, given.toNumber());
    return ZERO;
  }
  if (reden === 'INKOMENSSCHADE') {
    if (given === undefined) throw invalid('nmr_pct', NMR_MSG.inkomensschade);
    return given;
  }
  if (given === undefined) return dec(NMR_FORFAIT.OW);
  if (!given.eq(NMR_FORFAIT.OW) && !given.isZero() && reden !== 'LID4') throw invalid('nmr_pct', NMR_MSG.owFixed, given.toNumber());
  return given;
}

export function nadeelcompensatie(waardeVoor: DecInput, waardevermindering: DecInput, regime: NmrRegime = 'OW', nmrPct?: DecInput, reden?: NmrReden): Dec {
  const pct = nmrPercentage(regime, nmrPct, reden);
  if (reden === 'LID4') return ZERO;
  return D.max(ZERO, dec(waardevermindering).minus(pct.times(dec(waardeVoor))));
}
