/**
 * The interest rate a municipality may allocate to its grondexploitaties
 * without projectfinanciering (docs/methode/tijdwaarde-bbv.md#boekwaarde-en-resultaat):
 *
 *   r_grex = gemiddelde_rente × VV / (VV + EV)
 *
 * "het gewogen gemiddelde rentepercentage van de leningenportefeuille naar de
 * verhouding vreemd vermogen/totaal vermogen"; rente over eigen vermogen may
 * not be allocated, so VV = 0 gives 0
 * [V: https://koggenland.begroting-2020.nl/p2711/renteberekening]
 * [V: https://begroting2018.gorinchem.nl/beleidsbegroting-paragrafen/financiering/renteontwikkeling].
 */
import { Dec, DecInput, dec } from '../numeric';
import { invalid } from '../errors';
import { GMSG } from './messages';

export function grexInterestRate(gemiddeldeRente: DecInput, vreemdVermogen: DecInput, eigenVermogen: DecInput): Dec {
  const vv = dec(vreemdVermogen);
  const total = vv.plus(dec(eigenVermogen));
  if (!total.isPositive() || total.isZero())
    throw invalid('vreemd_vermogen', GMSG.noCapital, typeof vreemdVermogen === 'number' ? vreemdVermogen : vv.toNumber());
  return dec(gemiddeldeRente).times(vv).div(total);
}
