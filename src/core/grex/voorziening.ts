/**
 * Verliesvoorziening (docs/methode/tijdwaarde-bbv.md#verliesvoorziening): the full expected loss is
 * taken at once, as a waardecorrectie on the boekwaarde:
 *
 *   voorziening = max(0, −resultaat)
 *
 * on whichever basis (NCW, nominal, eindwaarde) the user passes
 * [V: https://www.gebiedseconomie.nl/content/v/voorziening-bij-grondexploitaties;
 * Gorinchem jaarstukken 2022: NCW basis; Heerhugowaard 2018: nominal with toelichting].
 */
import { Dec, DecInput, dec, ZERO } from '../numeric';

export function lossProvision(resultaat: DecInput): Dec {
  const loss = dec(resultaat).neg();
  return loss.gt(0) ? loss : ZERO;
}
