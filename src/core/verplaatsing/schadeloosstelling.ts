/**
 * Schadeloosstelling bij onteigening: the two scenarios of a departing
 * business, each as a list of labelled components and their total
 * (docs/methode/verplaatsing.md#schadeloosstelling).
 *
 * The legal test between the two is the redelijk handelend ondernemer
 * [V: https://brabantinbusiness.nl/nieuws/schadeloosstelling-bij-onteigening];
 * both are computed, neither is chosen here (docs/methode/verplaatsing.md#verplaatsing-of-liquidatie).
 */
import { Dec, DecInput, dec, sum } from '../numeric';
import { LABEL } from './messages';
import type { Post } from './posts';

/**
 * Financieringsschade of a relocation:
 *   FIN = ((H − WW) × r_markt − jaarlijkse_correctie) × F
 * H = herinvestering (grond + opstallen vervangende locatie), WW = werkelijke
 * waarde (the capital set free), r_markt = market interest rate, correctie =
 * yearly advantages (nieuw voor oud, lagere vaste lasten), F = kapitalisatiefactor
 * (10 for an owner).
 * Source: brabantinbusiness (formula and factor 10) [V]; HR 20-4-2012
 * ECLI:NL:HR:2012:BV6657 (factor 10 converts a yearly rentelast into a lump
 * sum) [V: https://www.avdr.nl/jurisprudentie/hoge-raad-20-april-2012/].
 * The formula has no floor (docs/methode/verplaatsing.md#schadeloosstelling): a negative outcome is
 * returned as computed (the help text says so).
 */
export function financieringsschade(
  werkelijkeWaarde: DecInput,
  herinvestering: DecInput,
  marktrente: DecInput,
  jaarlijkseCorrectie: DecInput,
  factor: DecInput,
): Dec {
  return dec(herinvestering).minus(dec(werkelijkeWaarde)).times(dec(marktrente)).minus(dec(jaarlijkseCorrectie)).times(dec(factor));
}

/**
 * Gekapitaliseerd inkomen of a liquidation: netto_inkomen × F_ink.
 * F_ink = 10 for an owner as a normative starting point
 * [V: ECLI:NL:PHR:2021:1051]; 7 for a huurder of 290-bedrijfsruimte
 * [V: huisadvocaten, LJN BL3283]; age-adjusted per case, e.g. 5,62
 * [V: hoogstate, ECLI:NL:RBDHA:2021:14261].
 */
export function gekapitaliseerdInkomen(nettoInkomen: DecInput, factor: DecInput): Dec {
  return dec(nettoInkomen).times(dec(factor));
}

/** Components in order, the last one the total of all before it. */
function withTotal(components: Post[]): Post[] {
  return [...components, { label: LABEL.totaal, amount: sum(components.map((c) => c.amount)) }];
}

export interface VerplaatsingInput {
  werkelijkeWaarde: DecInput;
  herinvestering: DecInput;
  marktrente: DecInput;
  jaarlijkseCorrectie: DecInput;
  kapitalisatiefactor: DecInput;
  overigePosten: readonly Post[];
}

/**
 * S_verplaatsing = WW + FIN + Σ overige posten (verhuis, stagnatie/aanloop,
 * dubbele lasten, wederbelegging, onrendabele top, belasting, deskundigen …),
 * [V-ind: component list asre-2006-schadeloosstelling; brabantinbusiness-schadeloosstelling].
 */
export function schadeloosstellingVerplaatsing(x: VerplaatsingInput): Post[] {
  return withTotal([
    { label: LABEL.werkelijkeWaarde, amount: dec(x.werkelijkeWaarde) },
    {
      label: LABEL.financieringsschade,
      amount: financieringsschade(x.werkelijkeWaarde, x.herinvestering, x.marktrente, x.jaarlijkseCorrectie, x.kapitalisatiefactor),
    },
    ...x.overigePosten,
  ]);
}

export interface LiquidatieInput {
  werkelijkeWaarde: DecInput;
  nettoInkomen: DecInput;
  kapitalisatiefactor: DecInput;
  overigePosten: readonly Post[];
}

/**
 * S_liquidatie = WW + netto_inkomen × F_ink + Σ overige posten
 * (liquidatieverlies inventaris, sociale lasten, deskundigen …), docs/methode/verplaatsing.md#schadeloosstelling.
 */
export function schadeloosstellingLiquidatie(x: LiquidatieInput): Post[] {
  return withTotal([
    { label: LABEL.werkelijkeWaarde, amount: dec(x.werkelijkeWaarde) },
    { label: LABEL.gekapitaliseerdInkomen, amount: gekapitaliseerdInkomen(x.nettoInkomen, x.kapitalisatiefactor) },
    ...x.overigePosten,
  ]);
}
