/**
 * Kostenverhaal under Omgevingswet afdeling 13.6: GREX.KOSTENVERHAAL,
 * GREX.KOSTENVERHAAL.ZONDERTIJDVAK, GREX.MACROAFTOPPING, GREX.EINDAFREKENING,
 * GREX.FINANCIELEBIJDRAGE.MAX (docs/methode/kostenverhaal.md).
 */
import {
  allocateWithPeriod,
  contributionWithoutPeriod,
  macroCap,
  total,
  finalSettlementRefund,
  maxFinancialContribution,
  AFZIEN_DREMPEL,
  KV_LABEL,
  KV_WARN,
  REGIMES,
  type Regime,
  type TijdvakAllocation,
} from '../../core/kostenverhaal';
import { shapeLike } from '../args';
import { amount, PLAUSIBLE } from './common';
import type { FunctionSpec, SeriesParam, Source, Scalar } from '../types';
import { cite } from '../sources';

const CATEGORY = 'Kostenverhaal (Omgevingswet)' as const;

const amounts = (name: string, description: string, extra: Partial<SeriesParam> = {}): SeriesParam => ({
  name,
  kind: 'series',
  min: 0,
  description,
  ...extra,
});

const SRC = {
  ow1314: cite(
    'scobe-grexmanager-kostenverhaal',
    'Ow 13.14 lid 2: kosten met tijdvak verhaald tot ten hoogste de opbrengsten (macroaftopping); bevestigd in ' +
      'interview GrexManager (Scobe); de exacte tekst van lid 2 is niet gelezen',
  ),
  ow1315: cite('ow-13-15', 'Ow 13.15: kostenverhaal zonder tijdvak; maximum per activiteit; plafond = waardevermeerdering van de locatie door de activiteit'),
  ow1318: cite('ow-13-18', 'Ow 13.18: bij tijdvak worden de inbrengwaarde van de gronden van de aanvrager en zijn eigen kosten binnen de raming afgetrokken'),
  ow1320: cite(
    'ow-13-20',
    'Ow 13.20: eindafrekening; nooit bijbetalen; terugbetaling van het meerdere boven 5% met rente (lid 2); zonder ' +
      'tijdvak geen terugbetaling voor zover de kosten voor de kostensoorten zijn gemaakt en het maximum niet wordt overschreden (lid 3)',
  ),
  ow1323: cite(
    'ow-13-23',
    'Ow 13.23: financiële bijdrage in het omgevingsplan; plafond met tijdvak opbrengsten − inbrengwaarde, zonder tijdvak waardevermeerdering',
  ),
  afzien: cite(
    'ob-8-14',
    'Omgevingsbesluit, afzien van kostenverhaal: het bevoegd gezag kan afzien als het totaal van de op grond van Ow ' +
      '13.18 verschuldigde geldsommen minder dan €10.000 bedraagt',
  ),
  afzienOverwater: cite('overwater-kostenverhaal', 'Afzien van kostenverhaal bij netto te verhalen < €10.000 (Overwater Grondbeleid)'),
  voorbeeldregels: cite(
    'scobe-voorbeeldregels',
    'Voorbeeldregels kostenverhaal omgevingsplan (2023): macroaftopping, NCW van kosten en opbrengsten per peildatum, verdeling over activiteiten',
  ),
  verdeelsleutel: cite(
    'methode-kostenverhaal-verdeelsleutel',
    'Verdeling naar rato van de opbrengst (standaard) of naar gewichten (gewogen eenheden); de verdeelsleutel zelf is niet in een bron gelezen',
  ),
  plafond: cite(
    'methode-kostenverhaal-plafond',
    'Plafond per locatie O − IW; met gewichten wordt de bijdrage daarop begrensd (een plafond per locatie bij tijdvak staat niet in de gelezen wettekst)',
  ),
  q6: cite('methode-kostenverhaal-gezamenlijk', 'Gezamenlijk plafond: kostenverhaal + financiële bijdrage van een locatie ≤ het plafond (conservatief)'),
  tabelAB: cite(
    'stibbe-kostenverhaal',
    'Kostensoorten in tabel A (openbaar gebied) en tabel B (kavelkosten) van het Omgevingsbesluit; toerekening naar ' +
      'profijt, proportionaliteit en toerekenbaarheid',
  ),
  renteTerug: cite(
    'methode-kostenverhaal-rente-terug',
    'Rentepercentage en rentetermijn bij terugbetaling staan niet in de gelezen tekst van Ow 13.20: argumenten met standaard 0',
  ),
} satisfies Record<string, Source>;

/** One row per location: aandeel, toegerekende kosten, bijdrage, plafond, signalering. */
function allocationRows(r: TijdvakAllocation): Scalar[][] {
  const gebied = [
    ...(r.macroaftopping ? [KV_WARN.macroaftopping(r.kostenTotaal.toNumber(), r.opbrengstenTotaal.toNumber())] : []),
    ...(r.onderAfzienDrempel ? [KV_WARN.onderDrempel(r.bijdragenTotaal.toNumber(), AFZIEN_DREMPEL)] : []),
  ];
  return r.locaties.map((l) => [
    l.aandeel.toNumber(),
    l.toegerekend.toNumber(),
    l.bijdrage.toNumber(),
    l.plafond.toNumber(),
    KV_WARN.join([...(l.begrensd ? [KV_WARN.begrensd(l.plafond.toNumber())] : []), ...gebied]),
  ]);
}

export const KOSTENVERHAAL: FunctionSpec[] = [
  {
    id: 'KOSTENVERHAAL',
    category: CATEGORY,
    description: 'Kostenverhaal met tijdvak (Ow 13.14/13.18): aandeel, toegerekende kosten, bijdrage en plafond per locatie.',
    params: [
      amounts('opbrengsten', 'Opbrengst per locatie (NCW op de peildatum van de raming), één rij of kolom; één waarde per locatie.', { min: 0 }),
      amounts('inbrengwaarden', 'Inbrengwaarde per locatie (werkelijke waarde: WOZ of taxatie), even lang als opbrengsten.', {
        min: 0,
        sameLengthAs: 'opbrengsten',
      }),
      amounts('overige_kosten', 'Overige verhaalbare kosten van het gebied (NCW): één bedrag of een lijst van kostenposten (wordt opgeteld).'),
      amounts('eigen_kosten', 'Kosten die de eigenaar van de locatie zelf maakt, voor zover binnen de raming; even lang als opbrengsten. Leeg: 0.', {
        min: 0,
        optional: true,
        sameLengthAs: 'opbrengsten',
      }),
      amounts('gewichten', 'Verdeelsleutel (gewogen eenheden) per locatie, even lang als opbrengsten. Leeg: naar rato van de opbrengst.', {
        min: 0,
        optional: true,
        sameLengthAs: 'opbrengsten',
      }),
    ],
    result: { shape: 'table', columns: [KV_LABEL.aandeel, KV_LABEL.toegerekend, KV_LABEL.bijdrage, KV_LABEL.plafond, KV_LABEL.signalering] },
    help: {
      formula: [
        'K_tot = Σ inbrengwaarden + Σ overige_kosten;  O_tot = Σ opbrengsten',
        'K_verh = min(K_tot, O_tot)   (macroaftopping, Ow 13.14 lid 2)',
        'aandeel_i = O_i / O_tot   (of gewicht_i / Σ gewichten)',
        'toegerekende kosten_i = aandeel_i × K_verh',
        'bijdrage_i = max(0, toegerekende kosten_i − IW_i − eigen_kosten_i)   (Ow 13.18)',
        'plafond_i = O_i − IW_i;  bijdrage_i ≤ max(0, plafond_i)',
      ],
      notes: [
        'Implementeert Ow 13.14 (macroaftopping, [V-ind]: bevestigd, wettekst lid 2 niet gelezen) en Ow 13.18 (aftrek van inbrengwaarde en eigen kosten, [V]).',
        'Alle bedragen positief en als NCW op dezelfde peildatum (gebruik GREX.NCW); het resultaat is één rij per locatie.',
        'overige_kosten is de hele raming van het gebied behalve de inbrengwaarden (die komen via inbrengwaarden; niet ' +
          'dubbel tellen). eigen_kosten zijn kosten uit die raming die de eigenaar zelf maakt: ze blijven in ' +
          'overige_kosten staan en worden alleen van zijn eigen bijdrage afgetrokken (Ow 13.18). Of ze binnen de raming blijven, toetst de gebruiker.',
        'Verdeelsleutel: standaard naar rato van de opbrengst; met gewichten naar gewogen eenheden ' +
          '(docs/methode/kostenverhaal.md#verdeelsleutel; de sleutel zelf is niet geverifieerd [R]).',
        'Naar rato van de opbrengst blijft de bijdrage vanzelf onder het plafond O − IW. Met gewichten kan het ' +
          'toegerekende deel groter zijn dan de opbrengst; de bijdrage wordt dan begrensd op het plafond en de kolom ' +
          'signalering meldt dit (besluit; een plafond per locatie staat niet in de gelezen wettekst).',
        'Een negatief plafond (inbrengwaarde > opbrengst) betekent: geen bijdrage.',
        'Drempel €10.000: is het totaal van de bijdragen lager, dan meldt de kolom signalering dat het bevoegd gezag ' +
          'kan afzien van kostenverhaal (Omgevingsbesluit, afzien van kostenverhaal, [V]). GREX past dit niet zelf toe: ' +
          'de bijdragen blijven staan. Andere afziengronden (geen kosten voor bouw- en woonrijp maken of openbare ruimte; ' +
          'alleen aansluitkosten) toetst de gebruiker zelf.',
        'De kolom signalering meldt ook of de macroaftopping is toegepast (in elke rij, want het geldt voor het hele ' +
          'gebied) en is leeg als er niets te melden is. Meldingen staan achter elkaar, gescheiden door "; ".',
      ],
      examples: [
        {
          formula: '=GREX.KOSTENVERHAAL({1000000,600000,400000},{300000,200000,100000},1000000)',
          result: 0.5,
          explanation:
            'K_tot = 600.000 + 1.000.000 = 1.600.000 < O_tot = 2.000.000: geen aftopping. Aandelen 0,5 | 0,3 | 0,2; ' +
            'toegerekend 800.000 | 480.000 | 320.000; bijdragen 500.000 | 280.000 | 220.000; plafonds 700.000 | 400.000 | 300.000.',
        },
        {
          formula: '=GREX.KOSTENVERHAAL({1000000,600000,400000},{300000,200000,100000},1800000)',
          result: 0.5,
          explanation:
            'K_tot = 2.400.000 wordt afgetopt op 2.000.000: toegerekend 1.000.000 | 600.000 | 400.000; bijdragen 700.000 | 400.000 | 300.000 = de plafonds.',
        },
        {
          formula: '=GREX.KOSTENVERHAAL({100000,50000},{90000,45000},5000)',
          result: 0.6666666666666666,
          explanation: 'Bijdragen 3.333,33 + 1.666,67 = 5.000 < €10.000: de signalering meldt dat afzien van kostenverhaal mogelijk is.',
        },
      ],
    },
    sources: [SRC.ow1314, SRC.ow1318, SRC.voorbeeldregels, SRC.verdeelsleutel, SRC.plafond, SRC.afzien, SRC.afzienOverwater, SRC.tabelAB],
    impl: (a) =>
      allocationRows(
        allocateWithPeriod({
          opbrengsten: a.series('opbrengsten'),
          inbrengwaarden: a.series('inbrengwaarden'),
          overigeKosten: total(a.series('overige_kosten')),
          eigenKosten: a.optSeries('eigen_kosten'),
          gewichten: a.optSeries('gewichten'),
        }),
      ),
  },
  {
    id: 'KOSTENVERHAAL.ZONDERTIJDVAK',
    category: CATEGORY,
    description: 'Kostenverhaal zonder tijdvak (Ow 13.15): het laagste van toegerekende kosten, maximum per activiteit en waardevermeerdering.',
    params: [
      amounts('toegerekende_kosten', 'Aan de locatie toegerekende kosten; één waarde of één per locatie.'),
      amounts('maximum_per_activiteit', 'Maximum per activiteit uit het omgevingsplan: één waarde voor alle locaties, of één per locatie.'),
      {
        name: 'waardevermeerdering',
        kind: 'series',
        description: 'Waardevermeerdering van de locatie door de activiteit (waarde na − waarde voor): één waarde of één per locatie.',
      },
    ],
    result: { shape: 'like', param: 'toegerekende_kosten' },
    help: {
      formula: ['bijdrage_i = max(0, min(toegerekende_kosten_i, maximum_per_activiteit_i, waardevermeerdering_i))'],
      notes: [
        'Implementeert Ow 13.15 (kostenverhaal zonder tijdvak) [V]: plafond is de waardevermeerdering van de locatie door de activiteit (lid 2 onder b).',
        'Zonder tijdvak zijn kavelkosten (tabel B van de kostensoortenlijst) niet verhaalbaar [V]; reken alleen kosten ' +
          'uit tabel A toe. Er is geen aftrek van inbrengwaarde en geen macroaftopping.',
        'Eén waarde voor maximum_per_activiteit of waardevermeerdering geldt voor alle locaties. Een negatieve waardevermeerdering geeft bijdrage 0.',
        'De drempel van €10.000 voor afzien van kostenverhaal geldt voor het totaal van de bijdragen; toets die zelf (of zie GREX.KOSTENVERHAAL).',
      ],
      examples: [
        {
          formula: '=GREX.KOSTENVERHAAL.ZONDERTIJDVAK({120000,80000},100000,{150000,60000})',
          result: 100000,
          explanation: 'Spilt 100.000 | 60.000: locatie 1 begrensd door het maximum, locatie 2 door de waardevermeerdering.',
        },
      ],
    },
    sources: [SRC.ow1315, SRC.afzien],
    impl: (a) =>
      shapeLike(
        contributionWithoutPeriod(a.series('toegerekende_kosten'), a.series('maximum_per_activiteit'), a.series('waardevermeerdering')).map((d) =>
          d.toNumber(),
        ),
        a.orientation('toegerekende_kosten'),
      ),
  },
  {
    id: 'MACROAFTOPPING',
    category: CATEGORY,
    description: 'Macroaftopping (Ow 13.14 lid 2): verhaalbare kosten = het laagste van de kosten en de opbrengsten van het gebied.',
    params: [
      amounts('kosten', 'Verhaalbare kosten van het gebied (NCW): één bedrag of een lijst van posten (wordt opgeteld).'),
      amounts('opbrengsten', 'Opbrengsten van het gebied (NCW): één bedrag of een lijst per locatie (wordt opgeteld).'),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['verhaalbare kosten = min(Σ kosten, Σ opbrengsten)'],
      notes: [
        'Implementeert Ow 13.14 lid 2 [V-ind]: bij kostenverhaal met tijdvak worden kosten verhaald tot ten hoogste de ' +
          'opbrengsten. De macroaftopping is bevestigd; de exacte wettekst van lid 2 is niet gelezen.',
        'Kosten en opbrengsten als NCW op dezelfde peildatum (voorbeeldregels kostenverhaal).',
        'Het verschil (kosten − verhaalbare kosten) blijft ten laste van de gemeente.',
        'Subsidies en bijdragen van derden: of die meetellen in de opbrengsten van het gebied (en dus de aftopping ' +
          'verhogen zonder in de verdeelsleutel te komen), staat in de regels over de raming van de opbrengsten in het ' +
          'Omgevingsbesluit (afdeling 8.4). Die tekst is niet gevonden en dus niet nagegaan [R]. GREX telt alleen de ' +
          'opbrengsten die u opgeeft en heeft daarom geen apart argument; neem subsidies alleen op als de gemeente heeft ' +
          'vastgesteld dat ze meetellen. Zie docs/methode/conventies.md#macroaftopping-subsidies-en-bijdragen-van-derden.',
      ],
      examples: [
        {
          formula: '=GREX.MACROAFTOPPING({1600000,800000},2000000)',
          result: 2000000,
          explanation: 'Kosten 2.400.000 > opbrengsten 2.000.000: verhaalbaar 2.000.000.',
        },
      ],
    },
    sources: [SRC.ow1314, SRC.voorbeeldregels],
    impl: (a) => macroCap(total(a.series('kosten')), total(a.series('opbrengsten'))).toNumber(),
  },
  {
    id: 'EINDAFREKENING',
    category: CATEGORY,
    description: 'Terugbetaling bij de eindafrekening (Ow 13.20): het meerdere boven 5% van het betaalde bedrag, met rente; nooit bijbetalen.',
    params: [
      amount('betaald', 'Betaalde bijdrage.'),
      amount('herberekend', 'Bijdrage volgens de herberekening bij de eindafrekening.'),
      {
        name: 'rente',
        kind: 'rate',
        min: 0,
        minLabel: '0%',
        default: 0,
        optional: true,
        plausible: PLAUSIBLE.rente,
        description: 'Rente per jaar over de terugbetaling als fractie. Leeg: 0 (de wettekst noemt rente maar geen percentage).',
      },
      amount('jaren', 'Aantal jaren waarover de rente loopt (vanaf de betaling); mag gebroken zijn. Leeg: 0.', { default: 0, optional: true }),
      {
        name: 'regime',
        kind: 'enum',
        values: REGIMES,
        default: 'TIJDVAK',
        optional: true,
        description:
          '"TIJDVAK" (standaard, Ow 13.20 lid 2) of "ZONDERTIJDVAK": kostenverhaal zonder tijdvak, kosten van de ' +
          'kostensoortenlijst en maximum niet overschreden (lid 3): geen terugbetaling.',
      },
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'als herberekend < 95% × betaald:  terugbetaling = ((betaald − herberekend) − 5% × betaald) × (1 + rente)^jaren',
        'anders: 0 (nooit een bijbetaling)',
      ],
      notes: [
        'Implementeert Ow 13.20 [V]: terugbetaling alleen als de herberekende bijdrage meer dan 5% lager is dan de ' +
          'betaalde, van het meerdere boven 5%, met rente; nooit een extra heffing.',
        'Precies 5% lager geeft 0; de uitkomst is nooit negatief.',
        'Het rentepercentage en de termijn zijn in de gelezen wettekst niet bepaald [R]: daarom argumenten met ' +
          'standaard 0, jaarlijks samengesteld (keuze van GREX). Vul het percentage in dat de gemeente of de verordening voorschrijft.',
        'Bij meer betalers wordt naar rato terugbetaald: reken per betaler. De eindafrekening kan op verzoek ten minste 5 jaar na betaling [V].',
        'regime "ZONDERTIJDVAK" (Ow 13.20 lid 3 [V]): is kostenverhaal zonder tijdvak toegepast (Ow 13.15) en berust de ' +
          'herberekening op andere kosten, dan wordt niet terugbetaald voor zover de kosten zijn gemaakt voor de ' +
          'kostensoorten van Ow 13.11 lid 1 en het maximum van Ow 13.15 lid 1 onder a niet wordt overschreden. Dan is de ' +
          'uitkomst 0. Voor het deel waarvoor dat niet geldt (kosten buiten de lijst, of boven het maximum) is lid 3 niet ' +
          'van toepassing: reken dat deel met regime "TIJDVAK". De nadere regels bij AMvB (lid 6) zijn niet gelezen [R]. ' +
          'Zie docs/methode/conventies.md#eindafrekening-zonder-tijdvak.',
      ],
      examples: [
        { formula: '=GREX.EINDAFREKENING(100000,90000)', result: 5000, explanation: '10% lager: (100.000 − 90.000) − 5% × 100.000 = 5.000.' },
        { formula: '=GREX.EINDAFREKENING(100000,90000,0.03,2)', result: 5304.5, explanation: '5.000 × 1,03² = 5.304,50.' },
        {
          formula: '=GREX.EINDAFREKENING(100000,80000,,,"ZONDERTIJDVAK")',
          result: 0,
          explanation: 'Zonder tijdvak, kosten van de lijst, maximum niet overschreden: geen terugbetaling (met "TIJDVAK" 15.000).',
        },
      ],
    },
    sources: [SRC.ow1320, SRC.renteTerug],
    impl: (a) =>
      finalSettlementRefund(a.number('betaald'), a.number('herberekend'), a.number('rente'), a.number('jaren'), a.text('regime') as Regime).toNumber(),
  },
  {
    id: 'FINANCIELEBIJDRAGE.MAX',
    category: CATEGORY,
    description: 'Maximale financiële bijdrage van een locatie (Ow 13.23), samen met het kostenverhaal binnen één plafond.',
    params: [
      {
        name: 'regime',
        kind: 'enum',
        values: REGIMES,
        description: '"TIJDVAK" (plafond opbrengst − inbrengwaarde) of "ZONDERTIJDVAK" (plafond waardevermeerdering).',
      },
      amount('opbrengst', 'Opbrengst van de locatie (NCW); telt alleen bij "TIJDVAK" (vul anders 0 in).'),
      amount('inbrengwaarde', 'Inbrengwaarde van de locatie; telt alleen bij "TIJDVAK" (vul anders 0 in).'),
      {
        name: 'waardevermeerdering',
        kind: 'number',
        description: 'Waardevermeerdering van de locatie door de activiteit; telt alleen bij "ZONDERTIJDVAK" (vul anders 0 in).',
      },
      amount('kostenverhaal', 'Bijdrage in het kostenverhaal van dezelfde locatie. Leeg: 0.', { default: 0, optional: true }),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'plafond = opbrengst − inbrengwaarde (TIJDVAK) of waardevermeerdering (ZONDERTIJDVAK)',
        'maximale financiële bijdrage = max(0, plafond − kostenverhaal)',
      ],
      notes: [
        'Implementeert Ow 13.23 [V]: met tijdvak ten hoogste de opbrengsten minus de inbrengwaarde, zonder tijdvak ten hoogste de waardevermeerdering.',
        'Of het plafond voor de financiële bijdrage alleen of samen met het kostenverhaal geldt, volgt niet uit de ' +
          'gelezen tekst; GREX neemt het conservatieve gezamenlijke plafond ' +
          '(docs/methode/kostenverhaal.md#financiele-bijdrage): kostenverhaal + financiële bijdrage ≤ plafond.',
        'Een AMvB kan de bijdrage verder begrenzen; de bijdrage vraagt functionele samenhang en een onderbouwing in ' +
          'omgevingsvisie of programma [V]. Die toetsen doet de gebruiker.',
      ],
      examples: [
        {
          formula: '=GREX.FINANCIELEBIJDRAGE.MAX("TIJDVAK",1000000,300000,0,500000)',
          result: 200000,
          explanation: 'Plafond 1.000.000 − 300.000 = 700.000; na 500.000 kostenverhaal resteert 200.000.',
        },
        {
          formula: '=GREX.FINANCIELEBIJDRAGE.MAX("ZONDERTIJDVAK",0,0,150000,100000)',
          result: 50000,
          explanation: 'Plafond = waardevermeerdering 150.000; min 100.000 kostenverhaal = 50.000.',
        },
      ],
    },
    sources: [SRC.ow1323, SRC.q6],
    impl: (a) =>
      maxFinancialContribution(
        a.text('regime') as Regime,
        a.number('opbrengst'),
        a.number('inbrengwaarde'),
        a.number('waardevermeerdering'),
        a.number('kostenverhaal'),
      ).toNumber(),
  },
];
