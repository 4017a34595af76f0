/**
 * The parameter names of the GREX function catalogue (DECISIONS §3), used
 * by the review to name the arguments of a formula when the registry does
 * not (yet) hold the function. The registry wins where it has an entry.
 */
import { findFunction } from '../../functions/registry';

export const CATALOGUE: Record<string, readonly string[]> = {
  NCW: ['disconteringsvoet', 'kasstromen', 'startjaar', 'peiljaar', 'timing'],
  EINDWAARDE: ['rente', 'kasstromen', 'startjaar', 'eindjaar', 'timing'],
  INDEXEER: ['bedragen', 'index', 'startjaar', 'prijspeiljaar'],
  BOEKWAARDE: ['beginboekwaarde', 'kosten', 'opbrengsten', 'rente', 'startjaar', 'kostenindex', 'opbrengstenindex', 'rente_over_negatief', 'prijspeiljaar'],
  RESULTAAT: ['beginboekwaarde', 'kosten', 'opbrengsten', 'rente', 'disconteringsvoet', 'startjaar', 'kostenindex', 'opbrengstenindex', 'rente_over_negatief', 'prijspeiljaar'],
  RENTEPERCENTAGE: ['gemiddelde_rente', 'vreemd_vermogen', 'eigen_vermogen'],
  POC: ['gerealiseerde_kosten', 'totale_kosten', 'gerealiseerde_opbrengsten', 'totale_opbrengsten', 'verwacht_resultaat', 'reeds_genomen_winst'],
  VERLIESVOORZIENING: ['resultaat'],
  'BBV.TOETS': ['startjaar', 'eindjaar', 'disconteringsvoet', 'rente', 'motivering'],
  RESIDUELEGRONDWAARDE: ['von_incl_btw', 'btw', 'bouwkosten', 'bijkomende_kosten_pct', 'ak_pct', 'wr_pct', 'ak_grondslag', 'wr_grondslag', 'overige_kosten'],
  GRONDQUOTE: ['grondwaarde', 'von_incl_btw', 'btw'],
  'GRONDWAARDE.BEDRIJF': ['markthuur_per_m2', 'vvo', 'bar', 'bouwkosten', 'bijkomende_kosten_pct', 'ak_wr_pct'],
  WAARDESPRONG: ['waarde_voor', 'waarde_na', 'grondproductiekosten'],
  KOSTENVERHAAL: ['opbrengsten', 'inbrengwaarden', 'overige_kosten', 'eigen_kosten', 'gewichten'],
  'KOSTENVERHAAL.ZONDERTIJDVAK': ['toegerekende_kosten', 'maximum_per_activiteit', 'waardevermeerdering'],
  MACROAFTOPPING: ['kosten', 'opbrengsten'],
  EINDAFREKENING: ['betaald', 'herberekend', 'rente', 'jaren'],
  'FINANCIELEBIJDRAGE.MAX': ['regime', 'opbrengst', 'inbrengwaarde', 'waardevermeerdering', 'kostenverhaal'],
  'SCHADELOOSSTELLING.VERPLAATSING': ['werkelijke_waarde', 'herinvestering', 'marktrente', 'jaarlijkse_correctie', 'kapitalisatiefactor', 'overige_posten'],
  'SCHADELOOSSTELLING.LIQUIDATIE': ['werkelijke_waarde', 'netto_inkomen', 'kapitalisatiefactor', 'overige_posten'],
  DESKUNDIGENKOSTEN: ['schadeloosstelling', 'percentage', 'minimum', 'maximum'],
  NADEELCOMPENSATIE: ['waarde_voor', 'waardevermindering', 'regime', 'nmr_pct'],
  ONRENDABELETOP: ['disconteringsvoet', 'kosten', 'opbrengsten', 'startjaar', 'peiljaar', 'timing'],
  'ERFPACHT.CANON': ['grondwaarde', 'canonpercentage', 'korting_grondwaarde', 'korting_canon', 'afronding'],
  'ERFPACHT.AFKOOPSOM': ['canon', 'rekenrente', 'groei', 'looptijd', 'betaling'],
  'ERFPACHT.INDEXEER': ['canon', 'index_nieuw', 'index_oud', 'vloer', 'afronding'],
  'ERFPACHT.NCW': ['grondwaarde', 'canonpercentage', 'groei', 'rekenrente', 'looptijd', 'grondwaardegroei'],
  'ERFPACHT.VERGELIJK': ['grondwaarde', 'canonpercentage', 'groei', 'rekenrente', 'looptijd', 'koopsom', 'grondwaardegroei'],
  BARCODE: ['programma', 'normen'],
  MENGOPTIES: ['programma', 'normen', 'beschikbaar_oppervlak', 'opties'],
  RICHTAFSTAND: ['milieucategorie', 'gebiedstype'],
  FMI: ['banen', 'woningen'],
  FSI: ['bvo', 'terreinoppervlak'],
  MXI: ['bvo_wonen', 'bvo_totaal'],
};

/** Parameter names of a GREX function (registry first, then the catalogue). */
export function paramNames(id: string): readonly string[] | undefined {
  const spec = findFunction(id);
  if (spec) return spec.params.map((p) => p.name);
  return CATALOGUE[id.toUpperCase()];
}

/** Default of an omitted parameter when the registry knows it. */
export function paramDefault(id: string, param: string): unknown {
  const spec = findFunction(id);
  const p = spec?.params.find((x) => x.name === param);
  if (p && 'default' in p) return p.default;
  if (param === 'timing') return 'eind';
  return undefined;
}
