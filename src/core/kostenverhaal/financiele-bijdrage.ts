/**
 * Maximum financiële bijdrage in the omgevingsplan (Ow 13.23), with the joint
 * cap of docs/methode/kostenverhaal.md#financiele-bijdrage: kostenverhaal + financiële bijdrage of a location stay
 * within its cap.
 *
 *   cap = O − IW              met tijdvak   (13.23: opbrengsten per 13.14 lid 2 minus inbrengwaarde per 13.18 lid 2a)
 *   cap = waardevermeerdering zonder tijdvak (13.23: 13.15 lid 2 sub b)
 *   FB_max = max(0, cap − kostenverhaal)
 *
 * Source [V]: https://rechtspraakbestuursrecht.nl/artikel-13-23-ow-verhaal-van-financiele-bijdragen-in-omgevingsplan/;
 * whether the cap binds the financiële bijdrage alone or together with kostenverhaal is open in the
 * text read; GREX takes the conservative joint cap [besluit].
 */
import { dec, ZERO, type Dec, type DecInput } from '../numeric';

export const REGIMES = ['TIJDVAK', 'ZONDERTIJDVAK'] as const;
export type Regime = (typeof REGIMES)[number];

/** The cap of one location: O − IW (TIJDVAK) or the waardevermeerdering (ZONDERTIJDVAK); Ow 13.23 [V]. */
export function financialContributionCap(regime: Regime, opbrengst: DecInput, inbrengwaarde: DecInput, waardevermeerdering: DecInput): Dec {
  return regime === 'TIJDVAK' ? dec(opbrengst).minus(dec(inbrengwaarde)) : dec(waardevermeerdering);
}

/** FB_max = max(0, cap − kostenverhaal): the joint cap [besluit] over the Ow 13.23 cap [V]. */
export function maxFinancialContribution(
  regime: Regime,
  opbrengst: DecInput,
  inbrengwaarde: DecInput,
  waardevermeerdering: DecInput,
  kostenverhaal: DecInput = 0,
): Dec {
  const room = financialContributionCap(regime, opbrengst, inbrengwaarde, waardevermeerdering).minus(dec(kostenverhaal));
  return room.lt(0) ? ZERO : room;
}
