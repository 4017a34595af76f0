/**
 * Tussentijdse winstneming by Percentage of Completion
 * (docs/methode/tijdwaarde-bbv.md#tussentijdse-winstneming-poc):
 *
 *   POC        = (K_gerealiseerd / K_totaal) × (O_gerealiseerd / O_totaal)
 *   winst_cum  = POC × verwacht_resultaat      only when verwacht_resultaat > 0 and O_gerealiseerd > 0, else 0
 *   winst_jaar = winst_cum − reeds_genomen_winst   (negative = terugname)
 *
 * Formula "percentage gerealiseerde kosten x percentage gerealiseerde
 * inkomsten x verwacht resultaat"; mandatory since 2017
 * [V: https://medemblik.jaarverslag-2018.nl/p3299/winstneming];
 * no realised profit while no land is sold
 * [V: https://laarbeek.begroting-2021.nl/p2148/winstneming].
 * Which result (nominal, eindwaarde, NCW) is the basis is the user's policy
 * choice; no source read settles it [besluit].
 */
import { Dec, DecInput, dec, ZERO } from '../numeric';
import { invalid } from '../errors';
import { formatValue, MSG } from '../messages';
import { GMSG } from './messages';

export interface PocInput {
  gerealiseerdeKosten: DecInput;
  totaleKosten: DecInput;
  gerealiseerdeOpbrengsten: DecInput;
  totaleOpbrengsten: DecInput;
  verwachtResultaat: DecInput;
  reedsGenomenWinst?: DecInput;
}

export interface PocResult {
  poc: Dec;
  cumulatieveWinst: Dec;
  winstDitJaar: Dec;
}

function notAbove(part: Dec, whole: Dec, partName: string, wholeName: string, raw: DecInput): void {
  if (part.gt(whole)) throw invalid(partName, GMSG.notAbove(wholeName, formatValue(whole)), typeof raw === 'number' ? raw : part.toNumber());
}

function positive(x: Dec, name: string, raw: DecInput): void {
  if (!x.gt(0)) throw invalid(name, MSG.greaterThan('0'), typeof raw === 'number' ? raw : x.toNumber());
}

export function percentageOfCompletion(x: PocInput): PocResult {
  const kr = dec(x.gerealiseerdeKosten);
  const kt = dec(x.totaleKosten);
  const or = dec(x.gerealiseerdeOpbrengsten);
  const ot = dec(x.totaleOpbrengsten);
  positive(kt, 'totale_kosten', x.totaleKosten);
  positive(ot, 'totale_opbrengsten', x.totaleOpbrengsten);
  notAbove(kr, kt, 'gerealiseerde_kosten', 'totale_kosten', x.gerealiseerdeKosten);
  notAbove(or, ot, 'gerealiseerde_opbrengsten', 'totale_opbrengsten', x.gerealiseerdeOpbrengsten);
  const poc = kr.div(kt).times(or.div(ot));
  const res = dec(x.verwachtResultaat);
  const cumulatieveWinst = res.gt(0) && or.gt(0) ? poc.times(res) : ZERO;
  return { poc, cumulatieveWinst, winstDitJaar: cumulatieveWinst.minus(dec(x.reedsGenomenWinst ?? 0)) };
}
