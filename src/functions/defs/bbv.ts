/**
 * Grondexploitatie (BBV) (docs/methode/tijdwaarde-bbv.md): GREX.BOEKWAARDE,
 * GREX.RESULTAAT, GREX.RENTEPERCENTAGE, GREX.POC, GREX.VERLIESVOORZIENING,
 * GREX.BBV.TOETS.
 */
import {
  bbvToets,
  grexInterestRate,
  grexResultFinish,
  grexResultNumbers,
  grexResultPart,
  GREX_LABEL,
  lossProvision,
  percentageOfCompletion,
  rollForwardRows,
  type GrexNumbers,
  type GrexResultPart,
} from '../../core/grex';
import type { Args } from '../args';
import type { BooleanParam, FunctionSpec, NumberParam, SeriesParam, Source } from '../types';
import { cite } from '../sources';
import {
  amounts,
  indexCurveOf,
  indexmoment,
  indexreeksVanaf,
  INDEX_MOMENT_HELP,
  INDEX_SERIES_HELP,
  PLAUSIBLE,
  rate,
  requireStartFor,
  SRC,
  startjaar,
} from './common';
import { plausibilityFinding } from '../plausible';

const CATEGORY = 'Grondexploitatie (BBV)' as const;

const S = {
  renteBie: cite(
    'koggenland-2020-rente',
    'BBV: alleen rente over vreemd vermogen, toegerekend over de boekwaarde per 1 januari; gewogen gemiddelde rente ' +
      'naar de verhouding vreemd vermogen/totaal vermogen; zonder externe financiering geen rente (notitie Grondbeleid 2016, Koggenland begroting 2020)',
  ),
  renteGorinchem: cite(
    'gorinchem-2018-rente',
    'Rente grondexploitaties naar de verhouding vreemd vermogen en totaal vermogen en het gemiddelde ' +
      'rentepercentage van de leningenportefeuille (Gorinchem begroting 2018)',
  ),
  scobeRente: cite(
    'scobe-2024-notitie-grondbeleid',
    'Geen rente over kasstromen binnen het jaar; de grondexploitatie moet tot 1-1 na het laatste jaar lopen om alle ' +
      'rente mee te nemen (Scobe over de notitie Grondbeleid 2023)',
  ),
  looptijd: cite(
    'shertogenbosch-2018-looptijd',
    'BBV: looptijd maximaal 10 jaar; afwijken alleen gemotiveerd met risicobeperkende beheersmaatregelen, zoals het ' +
      "niet indexeren van opbrengsten na 10 jaar ('s-Hertogenbosch begroting 2018)",
  ),
  renteNegatief: cite('methode-bbv-rente-negatief', 'Rente over een negatieve boekwaarde: standaard niet; geen openbare bron gevonden die het voorschrijft'),
  poc: cite(
    'medemblik-2018-winstneming',
    'POC = percentage gerealiseerde kosten × percentage gerealiseerde inkomsten × verwacht resultaat; tussentijdse ' +
      'winstneming is verplicht (Medemblik jaarverslag 2018)',
  ),
  pocGeenVerkoop: cite('laarbeek-2021-winstneming', 'Geen gerealiseerde winst zolang er nog geen gronden verkocht zijn (Laarbeek begroting 2021)'),
  pocBasis: cite(
    'methode-bbv-poc-basis',
    'Het resultaat waarover POC wordt berekend (nominaal, eindwaarde of NCW) kiest de gebruiker volgens het beleid ' +
      'van de gemeente; de openbare bronnen laten het open',
  ),
  voorziening: cite(
    'gebiedseconomie-voorziening',
    'Commissie BBV, notitie Grondexploitatie 2012: bij een verwacht verlies direct een voorziening ter grootte van ' +
      'het volledige verlies, als waardecorrectie op de boekwaarde',
  ),
  voorzieningNcw: cite('gorinchem-2022-grondslagen', 'Voorziening tot het volledige bedrag van het verlies, op NCW-basis (Gorinchem jaarstukken 2022)'),
  voorzieningBasis: cite('methode-bbv-voorziening', 'Voorziening = max(0, −resultaat) op de basis die de gebruiker doorgeeft'),
  disconto: cite('methode-bbv-disconteringsvoet', 'Disconteringsvoet standaard 2%; een andere waarde wordt door GREX.BBV.TOETS gemeld'),
  toetsen: cite('methode-bbv-toets', 'De vier toetsen van GREX.BBV.TOETS en de parameters vreemd_vermogen en opbrengstenindex_na_10_jaar'),
} satisfies Record<string, Source>;

// ---------------------------------------------------------------------------
// Shared parameters of GREX.BOEKWAARDE and GREX.RESULTAAT

const beginboekwaarde: NumberParam = {
  name: 'beginboekwaarde',
  kind: 'number',
  description: 'Boekwaarde op 1 januari van het startjaar (positief = nog niet terugverdiende kosten).',
};
const kosten: SeriesParam = amounts(
  'kosten',
  'Kosten per jaar op prijspeil, positief: één rij of kolom, of een tabel met één rij per kostenpost en één kolom per jaar (per jaar opgeteld).',
  { lines: true, min: 0 },
);
const opbrengsten: SeriesParam = amounts(
  'opbrengsten',
  'Opbrengsten per jaar op prijspeil, positief; dezelfde jaren als kosten (rij, kolom of tabel posten × jaren).',
  { lines: true, min: 0, sameLengthAs: 'kosten' },
);
const rente: NumberParam = rate('rente', 'Rente over de boekwaarde per 1 januari, als fractie (zie GREX.RENTEPERCENTAGE).', { plausible: PLAUSIBLE.rente });
const indexParam = (name: string, what: string): SeriesParam =>
  amounts(name, `${what}stijging per jaar als fractie: één getal, of een reeks vanaf het startjaar (de laatste waarde geldt voor latere jaren). Leeg: 0.`, {
    optional: true,
    min: -1,
    minExclusive: true,
    minLabel: '-100%',
    plausible: PLAUSIBLE.groei,
  });
const renteOverNegatief: BooleanParam = {
  name: 'rente_over_negatief',
  kind: 'boolean',
  default: false,
  description: 'WAAR: ook rente (als bate) over een negatieve boekwaarde. Standaard ONWAAR.',
};
const prijspeiljaar: NumberParam = {
  name: 'prijspeiljaar',
  kind: 'year',
  optional: true,
  description: 'Prijspeil 1 januari van dit jaar; binnen dat jaar wordt niet geïndexeerd. Leeg: het startjaar.',
};
const bevriezen: NumberParam = {
  name: 'opbrengsten_bevriezen_vanaf',
  kind: 'year',
  optional: true,
  description: 'Beheersmaatregel: vanaf dit jaar stijgen de opbrengsten niet meer (bijv. startjaar + 10: niet indexeren na 10 jaar). Leeg: geen bevriezing.',
};

/** BBV.TOETS reports an implausible rate as a finding instead of refusing it. */
const TOETS_RATES: readonly NumberParam[] = [
  rate('disconteringsvoet', 'Gebruikte disconteringsvoet als fractie. BBV: 2%.', { plausible: { ...PLAUSIBLE.rente, flag: true } }),
  rate('rente', 'Toegerekende rente over de boekwaarde als fractie.', { plausible: { ...PLAUSIBLE.rente, flag: true } }),
];

const GREX_PARAMS_TAIL = [
  startjaar('Kalenderjaar van de eerste kolom van kosten en opbrengsten (bijv. 2025). Leeg: jaar 1.'),
  indexParam('kostenindex', 'Kosten'),
  indexParam('opbrengstenindex', 'Opbrengsten'),
  renteOverNegatief,
  prijspeiljaar,
  bevriezen,
] as const;

/**
 * GREX.RESULTAAT's inputs from its arguments; `kosten` and `opbrengsten` may
 * come from elsewhere (GREX.VERSCHILANALYSE reads the other parameters from
 * a record whose fields carry these same names).
 */
export function grexInput(a: Args, kosten: readonly number[] = a.series('kosten'), opbrengsten: readonly number[] = a.series('opbrengsten')): GrexNumbers {
  requireStartFor(a, 'prijspeiljaar', 'opbrengsten_bevriezen_vanaf');
  const start = a.optNumber('startjaar') ?? 1;
  const curve = (name: string) => indexCurveOf(a, name, start);
  return {
    start,
    beginboekwaarde: a.number('beginboekwaarde'),
    kosten,
    opbrengsten,
    rente: a.number('rente'),
    kostenindex: curve('kostenindex'),
    opbrengstenindex: curve('opbrengstenindex'),
    renteOverNegatief: a.bool('rente_over_negatief'),
    prijspeiljaar: a.optNumber('prijspeiljaar'),
    opbrengstenBevrorenVanaf: a.optNumber('opbrengsten_bevriezen_vanaf'),
  };
}

const ROLL_FORWARD_FORMULA = [
  'kosten_t = kosten × Π (1 + kostenindex_k),  opbrengsten_t = opbrengsten × Π (1 + opbrengstenindex_k),  k = prijspeiljaar … t − 1',
  'rente_t = rente × boekwaarde(1-1-t)   (niet over kasstromen binnen het jaar; 0 bij een negatieve boekwaarde, tenzij rente_over_negatief)',
  'boekwaarde(31-12-t) = boekwaarde(1-1-t) + kosten_t − opbrengsten_t + rente_t',
];

const ROLL_FORWARD_NOTES = [
  'Kosten en opbrengsten vallen aan het eind van het jaar (BBV): de kosten van jaar t dragen in jaar t geen ' +
    'rente, pas vanaf 1 januari daarna. Over de kasstromen van het laatste jaar wordt dus geen rente meer berekend; ' +
    'de eindwaarde is de boekwaarde per 31-12 van het laatste jaar (= 1-1 van het jaar erna).',
  'De rente mag alleen de rente over vreemd vermogen zijn (zie GREX.RENTEPERCENTAGE); zonder externe financiering is de rente 0.',
  'rente_over_negatief: standaard wordt over een negatieve boekwaarde geen rente bijgeschreven (productbesluit; ' +
    'de BBV-regel hierover is in de bronnen niet geverifieerd). Met WAAR wordt de rente over een negatieve boekwaarde als bate geboekt.',
  "opbrengsten_bevriezen_vanaf: de beheersmaatregel 'niet indexeren van opbrengsten na 10 jaar' " +
    "('s-Hertogenbosch). Met startjaar 2025 en 2035 stijgen de opbrengsten tot 1-1-2035 en blijven daarna op dat " +
    'prijspeil. Een keuze van de gebruiker, geen BBV-voorschrift.',
  'Een indexreeks begint in het startjaar; na de laatste waarde geldt de laatste waarde ("2026 e.v.").',
  INDEX_SERIES_HELP,
  ...INDEX_MOMENT_HELP,
  'Het indexmoment verandert alleen de geïndexeerde bedragen; de rente blijft over de boekwaarde per 1 januari en ' +
    'de kasstromen blijven aan het jaareinde vallen.',
];

export const BBV: FunctionSpec[] = [
  {
    id: 'BOEKWAARDE',
    category: CATEGORY,
    description: 'Verloop van de boekwaarde van een grondexploitatie per jaar: geïndexeerde kosten en opbrengsten, rente over de boekwaarde per 1 januari.',
    params: [
      beginboekwaarde,
      kosten,
      opbrengsten,
      rente,
      ...GREX_PARAMS_TAIL,
      { name: 'kopregel', kind: 'boolean', default: false, description: 'WAAR: een kopregel met kolomnamen boven de jaren. Standaard ONWAAR.' },
      indexmoment,
      indexreeksVanaf,
    ],
    result: {
      shape: 'table',
      columns: [GREX_LABEL.jaar, GREX_LABEL.boekwaardeBegin, GREX_LABEL.kosten, GREX_LABEL.opbrengsten, GREX_LABEL.rente, GREX_LABEL.boekwaardeEind],
    },
    help: {
      formula: ROLL_FORWARD_FORMULA,
      notes: [
        'Eén rij per jaar: jaar, boekwaarde 1-1, kosten (geïndexeerd), opbrengsten (geïndexeerd), rente, boekwaarde ' +
          '31-12. Een positieve boekwaarde is een nog terug te verdienen investering; een negatieve boekwaarde een overschot.',
        ...ROLL_FORWARD_NOTES,
      ],
      examples: [
        {
          formula: '=GREX.BOEKWAARDE(1000,{500,300},{0,600},0.03,2025,0.02,0.015)',
          result: 2025,
          explanation:
            '2025: 1.000 + 500 + 30 rente = 1.530; 2026: 1.530 + 306 − 609 + 45,90 = 1.272,90 (rente 3% over 1.530, kosten × 1,02, opbrengsten × 1,015).',
        },
        {
          formula: '=GREX.BOEKWAARDE(1000,{500,300},{0,600},0.03,2025,,,,,,TRUE)',
          result: GREX_LABEL.jaar,
          explanation: 'Met kopregel: de eerste cel is de kolomnaam "jaar".',
        },
      ],
    },
    sources: [S.renteBie, S.scobeRente, SRC.indexation, S.looptijd, S.renteNegatief, SRC.conventions],
    impl: (a) => {
      const rows = rollForwardRows(grexInput(a));
      const head = [GREX_LABEL.jaar, GREX_LABEL.boekwaardeBegin, GREX_LABEL.kosten, GREX_LABEL.opbrengsten, GREX_LABEL.rente, GREX_LABEL.boekwaardeEind];
      return a.bool('kopregel') ? [head, ...rows] : rows;
    },
  },
  {
    id: 'RESULTAAT',
    category: CATEGORY,
    description: 'Resultaat van een grondexploitatie: nominaal, eindwaarde en NCW per 1 januari van het startjaar (positief = winst).',
    params: [
      beginboekwaarde,
      kosten,
      opbrengsten,
      rente,
      rate('disconteringsvoet', 'Disconteringsvoet voor de NCW als fractie. BBV: 2% (0,02).', { plausible: PLAUSIBLE.rente }),
      ...GREX_PARAMS_TAIL,
      indexmoment,
      indexreeksVanaf,
    ],
    result: { shape: 'row', labels: [GREX_LABEL.nominaal, GREX_LABEL.eindwaarde, GREX_LABEL.ncw] },
    help: {
      formula: [
        'nominaal = Σ opbrengsten − Σ kosten − beginboekwaarde   (prijspeil, zonder index en rente)',
        'eindwaarde = −boekwaarde(31-12 van het laatste jaar), met de boekwaarde zoals GREX.BOEKWAARDE die berekent',
        'NCW = eindwaarde / (1 + disconteringsvoet)^n,  n = aantal jaren (per 1-1 van het startjaar)',
        ...ROLL_FORWARD_FORMULA,
      ],
      notes: [
        'Tekenconventie: positief = winst, negatief = verlies.',
        'Het BBV schrijft voor de paragraaf grondbeleid de nominale waarde voor; gebruikt de gemeente voor de ' +
          'voorziening de NCW, dan moet dat worden toegelicht (Heerhugowaard 2018).',
        'De NCW verdisconteert de eindwaarde met de disconteringsvoet (BBV: 2%, de ECB-inflatiedoelstelling), niet met ' +
          'de rente van de gemeente. Een andere voet is toegestaan en wordt door GREX.BBV.TOETS gemeld.',
        ...ROLL_FORWARD_NOTES,
      ],
      examples: [
        {
          formula: '=GREX.RESULTAAT(1000,{500,300},{0,600},0.03,0.02,2025,0.02,0.015)',
          result: -1200,
          explanation: 'Nominaal 600 − 800 − 1.000 = −1.200; eindwaarde −1.272,90 (zie GREX.BOEKWAARDE); NCW −1.272,90 / 1,02² = −1.223,47.',
        },
      ],
    },
    sources: [S.renteBie, S.scobeRente, SRC.valueDefs, SRC.ncwBbv, S.disconto, SRC.indexation, S.looptijd, S.renteNegatief],
    impl: (a) => [grexResultNumbers(grexInput(a), a.number('disconteringsvoet'))],
    split: {
      param: 'disconteringsvoet',
      part: (a) => grexResultPart(grexInput(a)),
      finish: (p: GrexResultPart, a) => [grexResultFinish(p, a.number('disconteringsvoet'))],
    },
  },
  {
    id: 'RENTEPERCENTAGE',
    category: CATEGORY,
    description: 'Rente die aan grondexploitaties mag worden toegerekend: gemiddelde rente × vreemd vermogen / totaal vermogen.',
    params: [
      rate('gemiddelde_rente', 'Gemiddeld rentepercentage van de leningenportefeuille, als fractie.', { plausible: PLAUSIBLE.rente }),
      { name: 'vreemd_vermogen', kind: 'number', min: 0, description: 'Vreemd vermogen (bedrag), ten minste 0.' },
      { name: 'eigen_vermogen', kind: 'number', min: 0, description: 'Eigen vermogen (bedrag), ten minste 0.' },
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['rentepercentage = gemiddelde_rente × vreemd_vermogen / (vreemd_vermogen + eigen_vermogen)'],
      notes: [
        'Rente over eigen vermogen mag niet aan de grondexploitatie worden toegerekend; zonder vreemd vermogen is de uitkomst 0.',
        'Bij projectfinanciering geldt in plaats hiervan de rente van de direct toe te rekenen lening; vul die dan ' +
          'rechtstreeks in bij GREX.BOEKWAARDE en GREX.RESULTAAT.',
      ],
      examples: [{ formula: '=GREX.RENTEPERCENTAGE(0.03,60000000,40000000)', result: 0.018, explanation: '3% × 60 / (60 + 40) = 1,8%.' }],
    },
    sources: [S.renteBie, S.renteGorinchem],
    impl: (a) => grexInterestRate(a.number('gemiddelde_rente'), a.number('vreemd_vermogen'), a.number('eigen_vermogen')).toNumber(),
  },
  {
    id: 'POC',
    category: CATEGORY,
    description: 'Tussentijdse winstneming volgens de Percentage of Completion-methode: POC, cumulatieve winst en winst (of terugname) dit jaar.',
    params: [
      { name: 'gerealiseerde_kosten', kind: 'number', min: 0, description: 'Tot en met dit jaar gerealiseerde kosten, ten minste 0.' },
      {
        name: 'totale_kosten',
        kind: 'number',
        min: 0,
        minExclusive: true,
        description: 'Totale kosten van de grondexploitatie (gerealiseerd + nog te maken), groter dan 0.',
      },
      { name: 'gerealiseerde_opbrengsten', kind: 'number', min: 0, description: 'Tot en met dit jaar gerealiseerde opbrengsten, ten minste 0.' },
      {
        name: 'totale_opbrengsten',
        kind: 'number',
        min: 0,
        minExclusive: true,
        description: 'Totale opbrengsten (gerealiseerd + nog te ontvangen), groter dan 0.',
      },
      {
        name: 'verwacht_resultaat',
        kind: 'number',
        description: 'Verwacht eindresultaat (positief = winst) op de basis die het beleid voorschrijft: nominaal, eindwaarde of NCW.',
      },
      { name: 'reeds_genomen_winst', kind: 'number', min: 0, default: 0, description: 'Cumulatief al genomen winst in eerdere jaren. Standaard 0.' },
    ],
    result: { shape: 'row', labels: [GREX_LABEL.poc, GREX_LABEL.cumulatieveWinst, GREX_LABEL.winstDitJaar] },
    help: {
      formula: [
        'POC = (gerealiseerde_kosten / totale_kosten) × (gerealiseerde_opbrengsten / totale_opbrengsten)',
        'cumulatieve winst = POC × verwacht_resultaat   (0 als verwacht_resultaat ≤ 0 of gerealiseerde_opbrengsten = 0)',
        'winst dit jaar = cumulatieve winst − reeds_genomen_winst   (negatief = terugname)',
      ],
      notes: [
        'Tussentijdse winstneming is sinds 2017 verplicht. Zolang er geen grond is verkocht, of het verwachte resultaat ' +
          'niet positief is, is er geen winst; eerder genomen winst wordt dan teruggenomen.',
        'De eerste cel (POC) is altijd de voortgang volgens de formule, ook als er geen winst wordt genomen; de cumulatieve winst is dan 0.',
        'Welk resultaat de basis is (nominaal, eindwaarde of NCW) en of de totalen geïndexeerd en inclusief rente zijn, ' +
          'bepaalt het beleid van de gemeente; de BBV-rekenvoorbeelden hierover zijn niet geverifieerd. Gebruik voor kosten en opbrengsten dezelfde basis.',
        'Projectspecifieke risico’s mogen uit voorzichtigheid in het verwachte resultaat zijn verwerkt.',
        'Een verwacht verlies leidt niet tot negatieve winst hier, maar tot een voorziening: zie GREX.VERLIESVOORZIENING.',
      ],
      examples: [
        {
          formula: '=GREX.POC(600,1000,600,1200,50,20)',
          result: 0.3,
          explanation: 'POC = 0,6 × 0,5 = 0,3; cumulatieve winst 0,3 × 50 = 15; eerder 20 genomen, dus winst dit jaar −5 (terugname).',
        },
      ],
    },
    sources: [S.poc, S.pocGeenVerkoop, S.pocBasis],
    impl: (a) => {
      const r = percentageOfCompletion({
        gerealiseerdeKosten: a.number('gerealiseerde_kosten'),
        totaleKosten: a.number('totale_kosten'),
        gerealiseerdeOpbrengsten: a.number('gerealiseerde_opbrengsten'),
        totaleOpbrengsten: a.number('totale_opbrengsten'),
        verwachtResultaat: a.number('verwacht_resultaat'),
        reedsGenomenWinst: a.number('reeds_genomen_winst'),
      });
      return [[r.poc.toNumber(), r.cumulatieveWinst.toNumber(), r.winstDitJaar.toNumber()]];
    },
  },
  {
    id: 'VERLIESVOORZIENING',
    category: CATEGORY,
    description: 'Verliesvoorziening voor een grondexploitatie: het volledige verwachte verlies, max(0, −resultaat).',
    params: [{ name: 'resultaat', kind: 'number', description: 'Verwacht resultaat (positief = winst) op de gekozen basis: NCW, nominaal of eindwaarde.' }],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['voorziening = max(0, −resultaat)'],
      notes: [
        'Een verwacht verlies wordt direct en volledig genomen, als waardecorrectie op de boekwaarde.',
        'De basis kiest de gebruiker: NCW (bijv. Gorinchem) of nominaal met toelichting (bijv. Heerhugowaard). Geef ' +
          'bijvoorbeeld de NCW uit GREX.RESULTAAT door.',
        'Uitkomst positief = het bedrag van de voorziening; 0 bij een verwachte winst.',
      ],
      examples: [{ formula: '=GREX.VERLIESVOORZIENING(-250000)', result: 250000, explanation: 'Verwacht verlies 250.000: voorziening 250.000.' }],
    },
    sources: [S.voorziening, S.voorzieningNcw, SRC.valueDefs, S.voorzieningBasis],
    impl: (a) => lossProvision(a.number('resultaat')).toNumber(),
  },
  {
    id: 'BBV.TOETS',
    category: CATEGORY,
    description: 'Toetst de parameters van een grondexploitatie aan BBV-regels; één bevinding per regel, leeg = geen bevindingen.',
    params: [
      { name: 'startjaar', kind: 'year', description: 'Eerste jaar van de grondexploitatie (looptijd vanaf 1 januari).' },
      { name: 'eindjaar', kind: 'year', description: 'Laatste jaar van de grondexploitatie (looptijd tot en met 31 december); niet vóór het startjaar.' },
      ...TOETS_RATES,
      {
        name: 'motivering',
        kind: 'text',
        optional: true,
        description: 'Motivering en beheersmaatregelen bij een looptijd van meer dan 10 jaar. Leeg: geen motivering.',
      },
      {
        name: 'vreemd_vermogen',
        kind: 'number',
        optional: true,
        min: 0,
        description: 'Vreemd vermogen (bedrag). Leeg: niet toetsen; 0: er mag geen rente worden toegerekend.',
      },
      {
        name: 'opbrengstenindex_na_10_jaar',
        kind: 'boolean',
        optional: true,
        description: 'WAAR als de opbrengsten na jaar 10 nog worden geïndexeerd. Leeg: niet toetsen.',
      },
      {
        name: 'openingsjaar',
        kind: 'year',
        optional: true,
        description:
          'Jaar waarin het complex is geopend (de eerste grondexploitatie); niet na het startjaar. De looptijd telt dan ' +
          'vanaf de opening. Leeg: vanaf het startjaar.',
      },
    ],
    result: { shape: 'lines' },
    help: {
      formula: [
        'looptijd = eindjaar − openingsjaar + 1   (zonder openingsjaar: eindjaar − startjaar + 1)',
        '1. looptijd > 10 en geen motivering',
        '2. disconteringsvoet ≠ 2%',
        '3. rente > 0 terwijl vreemd_vermogen = 0 (alleen als vreemd_vermogen is opgegeven)',
        '4. looptijd > 10 en opbrengstenindex_na_10_jaar = WAAR',
        '5. disconteringsvoet of rente buiten −5% … 25%: waarschijnlijk een percentage als heel getal getypt (2,5 voor 2,5%)',
      ],
      notes: [
        'Elke bevinding noemt de regel en de bron met de verificatiestatus: [V] = de bron zegt dit letterlijk; [V-ind] ' +
          '= alleen indirect geverifieerd (secundaire bron of gemeentelijke toepassing; de notitie van de Commissie BBV zelf is niet gelezen).',
        'Een lege uitkomst betekent: geen bevindingen op deze vier punten. Het is geen volledige BBV-toets.',
        'Het niet indexeren van opbrengsten na 10 jaar is een voorbeeld van een beheersmaatregel, geen verplichting; ' +
          'bevinding 4 vraagt om de motivering van de gekozen maatregelen.',
        'De 10-jaarsregel gaat over de looptijd van het grondexploitatiecomplex (\'s-Hertogenbosch 2018: "de looptijd ' +
          'per grondexploitatiecomplex"), niet over één herziening. Is deze berekening een herziening (startjaar = het ' +
          'jaar van de herziening), geef dan het openingsjaar van het complex op: de looptijd telt dan vanaf de opening. ' +
          'De bevinding zegt vanaf welk jaar geteld is. Zie docs/methode/conventies.md#looptijd-vanaf-de-opening.',
      ],
      examples: [
        {
          formula: '=GREX.BBV.TOETS(2025,2034,0.02,0.025)',
          result: '',
          explanation: 'Looptijd 10 jaar, disconteringsvoet 2%: geen bevindingen (één lege cel).',
        },
        {
          formula: '=GREX.BBV.TOETS(2025,2032,0.02,0.025,,,,2019)',
          result:
            'Looptijd 2019–2032 is 14 jaar (meer dan 10) en er is geen motivering opgegeven. Geteld vanaf de opening van ' +
            'het complex in 2019 (deze berekening begint in 2025). Regel: de looptijd van een grondexploitatiecomplex is ' +
            'maximaal 10 jaar; afwijken alleen gemotiveerd, met risicobeperkende beheersmaatregelen, en door de raad ' +
            "geautoriseerd bij begroting en jaarrekening. Bron: Commissie BBV, zoals weergegeven in 's-Hertogenbosch " +
            'begroting 2018 [V-ind].',
          explanation: 'Herziening 2025–2032 van een complex dat in 2019 is geopend: 14 jaar vanaf de opening, terwijl 2025–2032 zelf 8 jaar is.',
        },
        {
          formula: '=GREX.BBV.TOETS(2025,2026,0.025,0.02)',
          result:
            'Disconteringsvoet is 2,5%, niet 2%. Regel: de NCW is de eindwaarde verdisconteerd met de ' +
            'ECB-inflatiedoelstelling van 2%, niet met de gemeentelijke rente; een andere voet moet worden toegelicht. ' +
            'Bron: Commissie BBV, notitie Grondbeleid 2023, volgens Scobe (2024) en Gorinchem jaarstukken 2022 [V-ind].',
          explanation: 'Een disconteringsvoet van 2,5% wordt gemeld.',
        },
      ],
    },
    sources: [S.looptijd, SRC.ncwBbv, S.renteBie, S.disconto, S.toetsen],
    impl: (a) =>
      bbvToets({
        startjaar: a.number('startjaar'),
        eindjaar: a.number('eindjaar'),
        disconteringsvoet: a.number('disconteringsvoet'),
        rente: a.number('rente'),
        motivering: a.optText('motivering'),
        vreemdVermogen: a.optNumber('vreemd_vermogen'),
        opbrengstenindexNa10Jaar: a.has('opbrengstenindex_na_10_jaar') ? a.bool('opbrengstenindex_na_10_jaar') : undefined,
        openingsjaar: a.optNumber('openingsjaar'),
      })
        .concat(TOETS_RATES.map((p) => plausibilityFinding(a.number(p.name), p) ?? '').filter(Boolean))
        .map((line) => [line]),
  },
];
