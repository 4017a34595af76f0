/**
 * Dutch labels of a hand-built grondexploitatie and the synonyms in use, as
 * data. A label is normalised (lower case, no accents, no punctuation) and
 * matched on whole words or word starts. Cost posts follow the usual
 * kostensoorten of a grondexploitatie (verwerving, sloop, bouw- en woonrijp
 * maken, plankosten/VTU, onvoorzien, …), revenue posts the uitgifte per
 * categorie and bijdragen.
 */

export function normalise(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

const has = (text: string, words: readonly string[]) => words.some((w) => (' ' + text).includes(' ' + w));

export const COST_WORDS = [
  'verwerving',
  'aankoop',
  'grondverwerving',
  'inbreng',
  'sloop',
  'sanering',
  'bodemsanering',
  'bouwrijp',
  'woonrijp',
  'bouw en woonrijp',
  'plankosten',
  'vtu',
  'voorbereiding',
  'toezicht',
  'onvoorzien',
  'infrastructuur',
  'civiel',
  'planschade',
  'nadeelcompensatie',
  'tijdelijk beheer',
  'beheer',
  'bovenwijks',
  'riolering',
  'groen',
  'wegen',
  'onderzoek',
  'archeologie',
  'uitvoering',
  'kosten',
  'uitgaven',
  'lasten',
  'vrijmaken',
  'grondwerk',
  'nuts',
];
export const REVENUE_WORDS = [
  'uitgifte',
  'grondverkoop',
  'verkoop',
  'opbrengst',
  'woningbouw',
  'woningen',
  'sociale huur',
  'koop',
  'vrije sector',
  'bedrijventerrein',
  'bedrijfskavels',
  'kavels',
  'bijdrage',
  'subsidie',
  'exploitatiebijdrage',
  'kostenverhaal',
  'erfpacht',
  'commercieel',
  'maatschappelijk',
  'inkomsten',
  'baten',
  'grondopbrengst',
  'huur',
];

export type RowKind =
  | 'section-costs'
  | 'section-revenues'
  | 'total-costs'
  | 'total-revenues'
  | 'index-costs'
  | 'index-revenues'
  | 'nominal-costs'
  | 'nominal-revenues'
  | 'boekwaarde-begin'
  | 'rente'
  | 'boekwaarde-eind'
  | 'saldo'
  | 'cost'
  | 'revenue'
  | 'other';

const COSTS = ['kosten', 'uitgaven', 'lasten'];
const REVENUES = ['opbrengsten', 'opbrengst', 'inkomsten', 'baten'];

/** What a row in the year block is, from its label; `section` is the block the row stands in. */
export function classifyRow(label: string, section: 'costs' | 'revenues' | undefined): RowKind {
  const t = normalise(label);
  if (t === '') return 'other';
  const aboutCosts = has(t, COSTS) || (!has(t, REVENUES) && section === 'costs');
  const aboutRevenues = has(t, REVENUES) || (!has(t, COSTS) && section === 'revenues');
  if (has(t, ['boekwaarde', 'bw'])) {
    if (/\b(1 1|begin|primo|01 01|aanvang|start)\b/.test(t)) return 'boekwaarde-begin';
    if (/\b(31 12|eind|ultimo)\b/.test(t)) return 'boekwaarde-eind';
    return 'other';
  }
  if (/^(rente|rentekosten|renteopbrengst|rentelasten|toegerekende rente|rente over)/.test(t) || t === 'rente') return 'rente';
  if (has(t, ['index', 'indexfactor', 'indexering', 'prijsstijging', 'stijging', 'factor'])) {
    if (has(t, ['nominaal', 'geindexeerd'])) return aboutRevenues && !has(t, COSTS) ? 'nominal-revenues' : 'nominal-costs';
    return aboutRevenues && !has(t, COSTS) ? 'index-revenues' : aboutCosts ? 'index-costs' : 'other';
  }
  if (has(t, ['nominaal', 'geindexeerd', 'lopende prijzen'])) {
    if (has(t, ['resultaat', 'saldo'])) return 'other';
    return has(t, REVENUES) ? 'nominal-revenues' : has(t, COSTS) ? 'nominal-costs' : 'other';
  }
  if (has(t, ['saldo', 'kasstroom', 'netto kasstroom'])) return 'saldo';
  if (has(t, ['totaal', 'subtotaal', 'som', 'totale'])) {
    if (has(t, REVENUES)) return 'total-revenues';
    if (has(t, COSTS)) return 'total-costs';
    return section === 'revenues' ? 'total-revenues' : section === 'costs' ? 'total-costs' : 'other';
  }
  if (has(t, ['resultaat', 'eindwaarde', 'contante waarde', 'ncw', 'jaar', 'jaren', 'hulp'])) return 'other';
  if (
    /^(kosten|uitgaven|lasten)( \w+)?$/.test(t) &&
    !has(
      t,
      COST_WORDS.filter((w) => !COSTS.includes(w)),
    )
  )
    return 'section-costs';
  if (
    /^(opbrengsten|inkomsten|baten)( \w+)?$/.test(t) &&
    !has(
      t,
      REVENUE_WORDS.filter((w) => !REVENUES.includes(w)),
    )
  )
    return 'section-revenues';
  const cost = has(t, COST_WORDS);
  const revenue = has(t, REVENUE_WORDS);
  if (cost && !revenue) return 'cost';
  if (revenue && !cost) return 'revenue';
  if (section === 'costs') return 'cost';
  if (section === 'revenues') return 'revenue';
  return 'other';
}

export type ParamKey = 'rente' | 'disconteringsvoet' | 'kostenstijging' | 'opbrengstenstijging' | 'prijspeil' | 'beginboekwaarde' | 'motivering';
export type ResultKey = 'eindwaarde' | 'ncw' | 'nominaal';

/** A parameter label, or undefined. Order matters: the more specific label first. */
export function classifyParam(label: string): ParamKey | undefined {
  const t = normalise(label);
  if (t === '') return undefined;
  if (has(t, ['motivering', 'beheersmaatregel'])) return 'motivering';
  if (has(t, ['disconteringsvoet', 'discontovoet', 'disconteringspercentage', 'discontering', 'disconto'])) return 'disconteringsvoet';
  if (has(t, ['kostenstijging', 'kostenindex', 'kosten stijging', 'stijging kosten', 'indexering kosten', 'index kosten', 'kosteninflatie']))
    return 'kostenstijging';
  if (
    has(t, [
      'opbrengstenstijging',
      'opbrengstenindex',
      'opbrengststijging',
      'opbrengsten stijging',
      'stijging opbrengsten',
      'indexering opbrengsten',
      'index opbrengsten',
    ])
  )
    return 'opbrengstenstijging';
  if (has(t, ['prijspeil'])) return 'prijspeil';
  if (has(t, ['boekwaarde', 'beginboekwaarde', 'startboekwaarde'])) return has(t, ['31 12', 'eind']) ? undefined : 'beginboekwaarde';
  if (/^(rente|rentepercentage|rekenrente|renteomslag|rentevoet|rente grondexploitatie|rente grex|rente bie|omslagrente)\b/.test(t)) return 'rente';
  return undefined;
}

export function classifyResult(label: string): ResultKey | undefined {
  const t = normalise(label);
  if (has(t, ['eindwaarde', 'ew'])) return 'eindwaarde';
  if (has(t, ['ncw', 'netto contante waarde', 'contante waarde', 'nhw', 'npv'])) return 'ncw';
  if (has(t, ['nominaal resultaat', 'resultaat nominaal', 'nominale waarde', 'nominaal saldo'])) return 'nominaal';
  return undefined;
}
