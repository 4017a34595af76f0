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
 */
import { Dec, DecInput, dec, D, ZERO } from '../numeric';

export const NMR_REGIMES = ['OW', 'WRO'] as const;
export type NmrRegime = (typeof NMR_REGIMES)[number];

/** The statutory forfait of each regime (see module comment). */
export const NMR_FORFAIT: Record<NmrRegime, number> = { OW: 0.04, WRO: 0.02 };

export function nadeelcompensatie(waardeVoor: DecInput, waardevermindering: DecInput, regime: NmrRegime = 'OW', nmrPct?: DecInput): Dec {
  const pct = nmrPct === undefined ? dec(NMR_FORFAIT[regime]) : dec(nmrPct);
  return D.max(ZERO, dec(waardevermindering).minus(pct.times(dec(waardeVoor))));
}
