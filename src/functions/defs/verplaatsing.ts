/**
 * Bedrijfsverplaatsing en onrendabele top (docs/methode/verplaatsing.md):
 * GREX.SCHADELOOSSTELLING.VERPLAATSING, .LIQUIDATIE, GREX.DESKUNDIGENKOSTEN,
 * GREX.NADEELCOMPENSATIE, GREX.ONRENDABELETOP, GREX.VERPLAATSING.BUSINESSCASE.
 */
import { dec, invalid, MSG, YearlySeries, type Dec } from '../../core';
import {
  businessCase,
  businessCaseRows,
  deskundigenkosten,
  LABEL,
  nadeelcompensatie,
  onrendabeleTop,
  schadeloosstellingLiquidatie,
  schadeloosstellingVerplaatsing,
  VMSG,
  type FundInput,
  type LeaseInput,
  NMR_REDENEN,
  type NmrReden,
  type NmrRegime,
  type Post,
} from '../../core/verplaatsing';
import type { Args } from '../args';
import type { FunctionSpec, LabelledParam, NumberParam, Result, Source, TupleParam } from '../types';
import { cite } from '../sources';
import { amounts, peiljaar, PLAUSIBLE, rate, SRC, startjaar, timing, timingOf, yearsOf, DISCOUNT_EXPONENT_HELP } from './common';

const CATEGORY = 'Bedrijfsverplaatsing en onrendabele top' as const;

const S = {
  componenten: cite(
    'asre-2006-schadeloosstelling',
    'Componenten van de volledige schadeloosstelling: werkelijke waarde, waardevermindering overblijvende, ' +
      'inkomensschade (liquidatie of verplaatsing), eenmalige schade (wederbelegging, onrendabele top, deskundige ' +
      'bijstand), belastingschade (dissertatie ASRE 2006)',
  ),
  financiering: cite(
    'brabantinbusiness-schadeloosstelling',
    'Financieringsschade: (herinvestering − vrijkomend kapitaal) × marktrente, na correcties (nieuw voor oud, ' +
      'lagere vaste lasten), × factor 10 voor een eigenaar; toets is de redelijk handelend ondernemer',
  ),
  factor10Hr: cite(
    'hr-2012-bv6657',
    'Factor 10 zet een jaarlijkse rentelast om in een bedrag ineens; afwijken vraagt motivering (HR 20-4-2012, ECLI:NL:HR:2012:BV6657)',
  ),
  factor10Ink: cite(
    'phr-2021-1051',
    'Kapitalisatiefactor 10 voor inkomensschade van een eigenaar is een normatief uitgangspunt; afwijken bij ' +
      'overtuigende omstandigheden (ECLI:NL:PHR:2021:1051)',
  ),
  factor7: cite(
    'huisadvocaten-liquidatieschade',
    'Huurder van 290-bedrijfsruimte: kapitalisatiefactor 7 (art. 42 lid 1 oude Onteigeningswet jo. art. 7:290 BW; LJN BL3283)',
  ),
  factor562: cite(
    'rbdha-2021-14261',
    'Leeftijdsafhankelijke liquidatiefactor 5,62 (tot de AOW-leeftijd), Rb Den Haag 8-12-2021, ' +
      'ECLI:NL:RBDHA:2021:14261; daar ook € 25.000 rendabele aanpassingskosten tegen 2% → inkomensschade € 4.500',
  ),
  werkelijkeWaarde: cite(
    'phr-2025-35',
    'Werkelijke waarde: prijs in het vrije commerciële verkeer tussen redelijk handelende koper en verkoper, met ' +
      'eliminatie van het plan (oude Onteigeningswet art. 40b lid 2, 40c)',
  ),
  oostBrabant: cite(
    'rbobr-2013-7305',
    'Rb Oost-Brabant 11-12-2013 (Staat / [X]): werkelijke waarde € 125.000, schadeloosstelling € 145.080, voorschot € 117.000, nog te betalen € 28.080',
  ),
  q8: cite('methode-verplaatsing-naast-elkaar', 'Verplaatsing en liquidatie worden naast elkaar berekend; de add-in kiest nooit zelf de goedkoopste'),
  rws: cite(
    'stcrt-2022-31360',
    'Beleidsregel vergoeding deskundigenkosten Rijkswaterstaat (Stcrt. 2022, 31360): 2% van de schadeloosstelling, ' +
      'minimum € 2.250, maximum € 20.000 excl. btw; afwijken bij gegronde redenen',
  ),
  ow157: cite(
    'ow-15-7',
    'Omgevingswet art. 15.7: lid 1 bij indirecte waardevermindering van een onroerende zaak is 4% van de waarde ' +
      'onmiddellijk vóór de schade normaal maatschappelijk risico; lid 3 buiten toepassing na een eerdere aanvraag; ' +
      'lid 4 bij AMvB aangewezen gevallen zonder vergoeding',
  ),
  ow157amendement: cite('kst-34986-52', 'Amendement Ronnes/Smeulders: forfait van 5% naar 4% (Kamerstukken 34 986, nr. 52)'),
  saoz: cite('saoz-nmr', 'Het forfait van 4% geldt alleen voor waardevermindering door een oorzaak buiten de locatie, niet voor inkomensschade (SAOZ)'),
  wro62: cite(
    'wro-6-2',
    'Wro art. 6.2 (tot 1-1-2024): in ieder geval 2% van de waarde (waardevermindering) en 2% van het inkomen voor ' +
      'rekening van de aanvrager, tenzij de schade volgt uit het regime van de eigen grond',
  ),
  kapelbeemd: cite('rvs-2024-1823', 'RvS 1-5-2024 (Kapelbeemd): 3% NMR onvoldoende gemotiveerd; rechtspraak paste 2%, 3% en 3,5% toe'),
  otDefinitie: cite(
    'methode-verplaatsing-ot',
    'Onrendabele top van een verplaatsings- of herstructureringscase = NCW(kosten) − NCW(opbrengsten); de structuur is niet in een primaire bron gelezen',
  ),
  dolderman: cite(
    'dordrecht-2018-dolderman',
    'Dordrecht / ROM-D, verplaatsing Dolderman (2018): onrendabele top € 3 mln, gedekt door gemeente € 1,5 mln en ' +
      'provincie € 1,5 mln; nieuwe locatie in erfpacht uitgegeven',
  ),
  businesscase: cite(
    'methode-verplaatsing-businesscase',
    'Inzet van de bijdragen in volgorde, canonreeks van de nieuwe locatie en aflossing van een fondslening: conventies van deze functie',
  ),
  revolverend: cite(
    'stadszaken-hmo',
    'Revolverende ontwikkelingsfondsen (OMU, HMO) investeren, financieren en worden terugbetaald uit de ' +
      'opbrengsten; geen geverifieerde rekenregel voor het aflosschema',
  ),
} satisfies Record<string, Source>;

// ---------------------------------------------------------------------------
// Labelled amounts: one column/row of amounts, or two columns (omschrijving, bedrag).

const postsParam = (name: string, description: string): LabelledParam => ({
  name,
  kind: 'labelled',
  optional: true,
  maxCells: 2000,
  shape: VMSG.postsShape,
  description,
});

/** The posts of a labelled-amounts parameter; unlabelled amounts get `label(i)`. */
const postsOf = (a: Args, name: string, label: (i: number) => string): Post[] => a.labelled(name, label).map((p) => ({ label: p.label, amount: dec(p.value) }));

const spill = (posts: readonly { label: string; amount: Dec }[]): Result => posts.map((p) => [p.label, p.amount.toNumber()]);

const werkelijkeWaarde: NumberParam = {
  name: 'werkelijke_waarde',
  kind: 'number',
  min: 0,
  description: 'Werkelijke waarde van de onteigende onroerende zaak (taxatie, met eliminatie van het plan), in euro.',
};
const overigePosten = postsParam(
  'overige_posten',
  'Overige schadeposten: één kolom bedragen, of twee kolommen (omschrijving, bedrag) zodat elke post met zijn omschrijving wordt getoond.',
);

// ---------------------------------------------------------------------------
// Business case arguments

/** erfpacht_nieuwe_locatie = {canon, eerste jaar, looptijd, [groei], [restwaarde]}; the first year is checked against the start here. */
function leaseOf(a: Args, start: number): LeaseInput | undefined {
  const t = a.tuple('erfpacht_nieuwe_locatie');
  if (!t) return undefined;
  const eersteJaar = t.number('eerste_jaar');
  const at = `erfpacht_nieuwe_locatie ${MSG.position(2, 'eerste jaar')}`;
  if (eersteJaar < start) throw invalid(at, VMSG.beforeStart(start), eersteJaar);
  if (eersteJaar > start + 1000) throw invalid(at, VMSG.tooFarAfterStart(start), eersteJaar);
  return { canon: t.number('canon'), eersteJaar, looptijd: t.number('looptijd'), groei: t.number('groei'), restwaarde: t.number('restwaarde') };
}

/** fonds = {bedrag, rente, [looptijd]}; looptijd leeg of 0 = tot de horizon. */
function fundOf(a: Args): FundInput | undefined {
  const t = a.tuple('fonds');
  if (!t) return undefined;
  const looptijd = t.number('looptijd');
  return { bedrag: t.number('bedrag'), rente: t.number('rente'), looptijd: looptijd === 0 ? undefined : looptijd };
}

const years = (min: number, rule: string, description: string): NumberParam => ({ name: 'looptijd', kind: 'integer', min, max: 1000, rule, description });

const leaseParam: TupleParam = {
  name: 'erfpacht_nieuwe_locatie',
  kind: 'tuple',
  optional: true,
  description:
    'Nieuwe locatie in erfpacht: {canon eerste jaar, eerste jaar, looptijd in jaren, groei per jaar, restwaarde aan ' +
    'het eind}; groei en restwaarde mogen leeg blijven (0).',
  fields: [
    { name: 'canon', kind: 'number', min: 0, description: 'Canon van het eerste jaar in euro, 0 of meer.' },
    { name: 'eerste_jaar', kind: 'integer', description: 'Kalenderjaar van de eerste canon, niet vóór het startjaar.' },
    years(1, VMSG.wholeYears + ' (hoogstens 1000)', 'Looptijd van de erfpacht in hele jaren, 1 tot en met 1000.'),
    { name: 'groei', kind: 'rate', default: 0, description: 'Groei van de canon per jaar als percentage, meer dan -100% (leeg: 0).' },
    { name: 'restwaarde', kind: 'number', min: 0, default: 0, description: 'Restwaarde aan het eind in euro, 0 of meer (leeg: 0).' },
  ],
};

const fundParam: TupleParam = {
  name: 'fonds',
  kind: 'tuple',
  optional: true,
  description: 'Lening uit een revolverend fonds: {bedrag, rente, looptijd in jaren}; looptijd leeg: tot het laatste jaar met een kasstroom.',
  fields: [
    { name: 'bedrag', kind: 'number', min: 0, minExclusive: true, description: 'Bedrag van de lening in euro, meer dan 0.' },
    { name: 'rente', kind: 'rate', description: 'Rente van de lening per jaar als percentage, meer dan -100%.' },
    { ...years(0, VMSG.wholeYears + ' (of leeg)', 'Looptijd van de lening in hele jaren; leeg of 0: tot het laatste jaar met een kasstroom.'), default: 0 },
  ],
};

function yearly(a: Args, name: string, start: number): YearlySeries {
  const v = a.optSeries(name);
  return YearlySeries.ofNumbers(start, v ?? []);
}

const positiveAmounts = { min: 0, lines: true } as const;

export const VERPLAATSING: FunctionSpec[] = [
  {
    id: 'SCHADELOOSSTELLING.VERPLAATSING',
    category: CATEGORY,
    description: 'Schadeloosstelling bij verplaatsing van een bedrijf: werkelijke waarde, financieringsschade en overige posten, met het totaal.',
    params: [
      werkelijkeWaarde,
      { name: 'herinvestering', kind: 'number', min: 0, description: 'Herinvestering in de vervangende locatie (grond en opstallen), in euro.' },
      rate('marktrente', 'Marktrente voor de financiering van (herinvestering − werkelijke waarde), als fractie (4% = 0,04).', { plausible: PLAUSIBLE.rente }),
      {
        name: 'jaarlijkse_correctie',
        kind: 'number',
        default: 0,
        description: 'Jaarlijkse voordelen die op de rentelast in mindering komen (nieuw voor oud, lagere vaste lasten), in euro per jaar. Standaard 0.',
      },
      {
        name: 'kapitalisatiefactor',
        kind: 'number',
        min: 0,
        default: 10,
        description: 'Factor waarmee de jaarlijkse financieringslast wordt gekapitaliseerd. Standaard 10 (eigenaar).',
      },
      overigePosten,
    ],
    result: { shape: 'table', columns: ['component', 'bedrag'] },
    help: {
      formula: [
        'financieringsschade = ((herinvestering − werkelijke_waarde) × marktrente − jaarlijkse_correctie) × kapitalisatiefactor',
        'totaal = werkelijke_waarde + financieringsschade + Σ overige_posten',
      ],
      notes: [
        'Spilt één regel per component: werkelijke waarde, financieringsschade, elke overige post (met zijn omschrijving) en het totaal.',
        'De add-in kiest nooit zelf tussen verplaatsing en liquidatie ' +
          '(docs/methode/verplaatsing.md#verplaatsing-of-liquidatie): de toets is wat een redelijk handelend ondernemer ' +
          'zou doen; die keuze motiveert de gebruiker. Bereken daarom ook GREX.SCHADELOOSSTELLING.LIQUIDATIE en zet beide naast elkaar.',
        'Kapitalisatiefactor 10 is het uitgangspunt voor een eigenaar (HR 20-4-2012); voor huurders, pachters en ' +
          'erfpachters gelden andere factoren, bijvoorbeeld 7 voor een huurder van 290-bedrijfsruimte. Afwijken vraagt motivering.',
        'Overige posten zijn bijvoorbeeld waardevermindering van het overblijvende, verhuiskosten, stagnatie- en ' +
          'aanloopschade, dubbele lasten, wederbeleggingskosten, onrendabele top, belastingschade en deskundigenkosten ' +
          '(GREX.DESKUNDIGENKOSTEN). Ze worden opgeteld zoals ingevuld.',
        'De formule kent geen ondergrens: is de herinvestering lager dan de werkelijke waarde of zijn de correcties ' +
          "groter dan de rentelast, dan is de financieringsschade negatief en telt zo mee in het totaal. Of zo'n " +
          'voordeel verrekend mag worden is een juridisch oordeel dat de add-in niet maakt; vul dan zelf de juiste waarden in.',
        'Bedragen excl. btw, onafgerond. Een voorschot trekt u zelf van het totaal af (nog te betalen = totaal − voorschot).',
      ],
      examples: [
        {
          formula: '=GREX.SCHADELOOSSTELLING.VERPLAATSING(1000000,1500000,0.04,5000,10,{"verhuiskosten",50000;"stagnatieschade",30000})',
          result: 'werkelijke waarde',
          explanation:
            'Spilt: werkelijke waarde 1.000.000; financieringsschade (500.000 × 4% − 5.000) × 10 = 150.000; verhuiskosten ' +
            '50.000; stagnatieschade 30.000; totaal 1.230.000.',
        },
        {
          formula: '=GREX.SCHADELOOSSTELLING.VERPLAATSING(125000,125000,0,,,{"overige schade (niet uitgesplitst)",20080})',
          result: 'werkelijke waarde',
          explanation:
            'Rb Oost-Brabant 11-12-2013: werkelijke waarde 125.000 en de niet afzonderlijk gepubliceerde overige posten ' +
            'samen 20.080 geven het totaal 145.080; min het voorschot 117.000 is nog 28.080 te betalen.',
        },
      ],
    },
    sources: [S.componenten, S.financiering, S.factor10Hr, S.werkelijkeWaarde, S.factor7, S.oostBrabant, S.q8],
    impl: (a) =>
      spill(
        schadeloosstellingVerplaatsing({
          werkelijkeWaarde: a.number('werkelijke_waarde'),
          herinvestering: a.number('herinvestering'),
          marktrente: a.number('marktrente'),
          jaarlijkseCorrectie: a.number('jaarlijkse_correctie'),
          kapitalisatiefactor: a.number('kapitalisatiefactor'),
          overigePosten: postsOf(a, 'overige_posten', LABEL.overigePost),
        }),
      ),
  },
  {
    id: 'SCHADELOOSSTELLING.LIQUIDATIE',
    category: CATEGORY,
    description: 'Schadeloosstelling bij liquidatie van een bedrijf: werkelijke waarde, gekapitaliseerd inkomen en overige posten, met het totaal.',
    params: [
      werkelijkeWaarde,
      { name: 'netto_inkomen', kind: 'number', description: 'Netto jaarinkomen uit het bedrijf dat door de liquidatie verloren gaat, in euro per jaar.' },
      {
        name: 'kapitalisatiefactor',
        kind: 'number',
        min: 0,
        default: 10,
        description:
          'Kapitalisatiefactor voor het inkomen. Standaard 10 (eigenaar); 7 voor een huurder van 290-bedrijfsruimte; ' +
          'leeftijdsafhankelijk per geval (bijv. 5,62).',
      },
      overigePosten,
    ],
    result: { shape: 'table', columns: ['component', 'bedrag'] },
    help: {
      formula: ['gekapitaliseerd inkomen = netto_inkomen × kapitalisatiefactor', 'totaal = werkelijke_waarde + gekapitaliseerd inkomen + Σ overige_posten'],
      notes: [
        'Spilt één regel per component: werkelijke waarde, gekapitaliseerd inkomen, elke overige post (met zijn omschrijving) en het totaal.',
        'De add-in kiest nooit zelf tussen verplaatsing en liquidatie ' +
          '(docs/methode/verplaatsing.md#verplaatsing-of-liquidatie): de toets is wat een redelijk handelend ondernemer ' +
          'zou doen; die keuze motiveert de gebruiker. Zet deze uitkomst naast GREX.SCHADELOOSSTELLING.VERPLAATSING.',
        'Kapitalisatiefactor: 10 voor een eigenaar is een normatief uitgangspunt (PG bij HR 2021, ' +
          'ECLI:NL:PHR:2021:1051); 7 voor een huurder van 290-bedrijfsruimte (art. 42 lid 1 oude Onteigeningswet jo. art. ' +
          '7:290 BW); leeftijdsafhankelijke factoren per geval, bijvoorbeeld 5,62 tot de AOW-leeftijd (Rb Den Haag ' +
          '8-12-2021, Katwijk). Afwijken van 10 vraagt overtuigende omstandigheden.',
        'Overige posten zijn bijvoorbeeld waardevermindering van het overblijvende, liquidatieverlies op de inventaris, ' +
          'sociale lasten, belastingschade en deskundigenkosten. Ze worden opgeteld zoals ingevuld.',
        'Een negatief netto inkomen geeft een negatief gekapitaliseerd inkomen; de add-in zet dat niet op 0. Of een ' +
          'verlieslatend bedrijf inkomensschade heeft is een juridisch oordeel van de gebruiker.',
      ],
      examples: [
        {
          formula: '=GREX.SCHADELOOSSTELLING.LIQUIDATIE(400000,60000,,{"liquidatieverlies inventaris",25000;"sociale lasten",15000})',
          result: 'werkelijke waarde',
          explanation: 'Spilt: werkelijke waarde 400.000; gekapitaliseerd inkomen 60.000 × 10 = 600.000; de twee posten; totaal 1.040.000.',
        },
        {
          formula: '=GREX.SCHADELOOSSTELLING.LIQUIDATIE(400000,60000,7)',
          result: 'werkelijke waarde',
          explanation: 'Huurder van 290-bedrijfsruimte: 60.000 × 7 = 420.000; totaal 820.000.',
        },
      ],
    },
    sources: [S.componenten, S.factor10Ink, S.factor7, S.factor562, S.werkelijkeWaarde, S.q8],
    impl: (a) =>
      spill(
        schadeloosstellingLiquidatie({
          werkelijkeWaarde: a.number('werkelijke_waarde'),
          nettoInkomen: a.number('netto_inkomen'),
          kapitalisatiefactor: a.number('kapitalisatiefactor'),
          overigePosten: postsOf(a, 'overige_posten', LABEL.overigePost),
        }),
      ),
  },
  {
    id: 'DESKUNDIGENKOSTEN',
    category: CATEGORY,
    description: 'Forfaitaire vergoeding voor deskundige bijstand: een percentage van de schadeloosstelling tussen een minimum en een maximum.',
    params: [
      { name: 'schadeloosstelling', kind: 'number', min: 0, description: 'De schadeloosstelling waarover de vergoeding wordt berekend, in euro.' },
      rate('percentage', 'Percentage van de schadeloosstelling als fractie. Standaard 0,02 (2%, Rijkswaterstaat).', {
        default: 0.02,
        min: 0,
        plausible: PLAUSIBLE.rente,
      }),
      { name: 'minimum', kind: 'number', min: 0, default: 2250, description: 'Minimumvergoeding in euro excl. btw. Standaard 2.250.' },
      { name: 'maximum', kind: 'number', min: 0, default: 20000, description: 'Maximumvergoeding in euro excl. btw. Standaard 20.000.' },
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['deskundigenkosten = min(maximum, max(minimum, percentage × schadeloosstelling))'],
      notes: [
        'De standaardwaarden (2%, € 2.250, € 20.000, excl. btw) komen uit de beleidsregel van Rijkswaterstaat (2022) ' +
          'voor minnelijke verwerving door het Rijk. Gemeenten, provincies en waterschappen kunnen een eigen regeling ' +
          'hebben: vul dan hun percentage, minimum en maximum in.',
        'Volgens de beleidsregel wordt de vergoeding alleen betaald als de deskundige bijstand werkelijk is verleend, ' +
          'en kan bij gegronde redenen naar boven of beneden worden afgeweken op basis van een urenspecificatie. Dat toetst de add-in niet.',
        'maximum moet ten minste gelijk zijn aan minimum.',
      ],
      examples: [
        { formula: '=GREX.DESKUNDIGENKOSTEN(50000)', result: 2250, explanation: '2% × 50.000 = 1.000 ligt onder het minimum: 2.250.' },
        { formula: '=GREX.DESKUNDIGENKOSTEN(500000)', result: 10000, explanation: '2% × 500.000 = 10.000, tussen minimum en maximum.' },
        { formula: '=GREX.DESKUNDIGENKOSTEN(2000000)', result: 20000, explanation: '2% × 2.000.000 = 40.000 ligt boven het maximum: 20.000.' },
      ],
    },
    sources: [S.rws],
    impl: (a) => deskundigenkosten(a.number('schadeloosstelling'), a.number('percentage'), a.number('minimum'), a.number('maximum')).toNumber(),
  },
  {
    id: 'NADEELCOMPENSATIE',
    category: CATEGORY,
    description: 'Nadeelcompensatie (planschade) bij indirecte waardevermindering: het deel boven het normaal maatschappelijk risico, nooit negatief.',
    params: [
      { name: 'waarde_voor', kind: 'number', min: 0, description: 'Waarde van de onroerende zaak onmiddellijk vóór het ontstaan van de schade, in euro.' },
      { name: 'waardevermindering', kind: 'number', min: 0, description: 'Vastgestelde waardevermindering door de schadeoorzaak, in euro.' },
      {
        name: 'regime',
        kind: 'enum',
        values: ['OW', 'WRO'],
        default: 'OW',
        description: '"OW" (Omgevingswet art. 15.7 lid 1: 4%, standaard) of "WRO" (oude Wro art. 6.2: 2%).',
      },
      rate(
        'nmr_pct',
        'Eigen percentage normaal maatschappelijk risico als fractie (bijv. 0,03); vervangt het forfait van het regime. ' +
          'Leeg: 4% (OW) of 2% (WRO). Onder "OW" alleen 4%, of 0 (lid 3), tenzij een reden is opgegeven.',
        { optional: true, min: 0, max: 1, plausible: PLAUSIBLE.rente },
      ),
      {
        name: 'reden',
        kind: 'enum',
        values: NMR_REDENEN,
        optional: true,
        description:
          'Alleen bij "OW": "LID3" (forfait buiten toepassing, art. 15.7 lid 3), "LID4" (bij AMvB aangewezen geval: geen ' +
          'vergoeding) of "INKOMENSSCHADE" (geen forfait; nmr_pct verplicht). Leeg: het forfait van 4%.',
      },
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['nadeelcompensatie = max(0, waardevermindering − nmr × waarde_voor)', 'nmr = nmr_pct als opgegeven, anders 4% (OW) of 2% (WRO)'],
      notes: [
        'Omgevingswet art. 15.7 lid 1: bij waardevermindering van een onroerende zaak door een activiteit of maatregel ' +
          'buiten de locatie blijft 4% van de waarde vóór de schade voor rekening van de aanvrager. Het forfait geldt ' +
          'niet voor inkomensschade; daarvoor geldt de algemene toets van het normaal maatschappelijk risico per geval.',
        'Onder "OW" ligt het percentage vast: 4% (art. 15.7 lid 1). Een ander percentage wordt geweigerd (#WAARDE!), ' +
          'tenzij een reden is opgegeven: "LID3" — het bevoegd gezag laat het forfait buiten toepassing omdat het al is ' +
          'toegepast bij een eerdere aanvraag voor dezelfde onroerende zaak (nmr 0; nmr_pct = 0 zonder reden blijft ook ' +
          'toegestaan); "LID4" — een bij algemene maatregel van bestuur aangewezen geval waarin de schade geacht wordt ' +
          'niet boven het normaal maatschappelijk risico uit te gaan (uitkomst 0); "INKOMENSSCHADE" — geen geval van art. ' +
          '15.7 (dat geldt alleen voor waardevermindering): het normaal maatschappelijk risico wordt per geval bepaald ' +
          '(Awb 4:126), nmr_pct is dan verplicht. Onder "WRO" blijft nmr_pct vrij (rechtspraak: 2–5%) en is reden niet ' +
          'van toepassing. Zie docs/methode/conventies.md#nadeelcompensatie-forfait.',
        'Wro art. 6.2 (planschade tot 1-1-2024): in ieder geval 2% van de waarde, tenzij de schade volgt uit het ' +
          'planologisch regime van de eigen grond. Rechtspraak paste ook 3% en 3,5% toe, mits gemotiveerd (RvS 1-5-2024: ' +
          '3% onvoldoende gemotiveerd). Een lager percentage dan 2% past alleen bij die uitzondering; de add-in controleert dat niet.',
        'Een waardevermindering onder het forfait geeft 0: er is dan geen vergoeding, nooit een negatief bedrag.',
        'Inkomensderving onder de Wro (art. 6.2: 2% van het inkomen) volgt dezelfde formule: geef dan het inkomen als ' +
          'waarde_voor en de inkomensschade als waardevermindering, met regime "WRO". Onder de Omgevingswet is er voor ' +
          'inkomensschade geen forfait; gebruik daar nmr_pct alleen met een motivering per geval.',
      ],
      examples: [
        { formula: '=GREX.NADEELCOMPENSATIE(400000,25000)', result: 9000, explanation: 'OW: 25.000 − 4% × 400.000 = 25.000 − 16.000 = 9.000.' },
        { formula: '=GREX.NADEELCOMPENSATIE(400000,25000,"WRO")', result: 17000, explanation: 'WRO: 25.000 − 2% × 400.000 = 17.000.' },
        { formula: '=GREX.NADEELCOMPENSATIE(400000,12000)', result: 0, explanation: 'OW: 12.000 ligt onder het forfait van 16.000: geen vergoeding.' },
        {
          formula: '=GREX.NADEELCOMPENSATIE(400000,25000,"OW",,"LID3")',
          result: 25000,
          explanation: 'OW, art. 15.7 lid 3: het forfait blijft buiten toepassing; de hele 25.000.',
        },
        {
          formula: '=GREX.NADEELCOMPENSATIE(80000,5000,"OW",0.03,"INKOMENSSCHADE")',
          result: 2600,
          explanation: 'Inkomensschade onder de Omgevingswet: geen forfait; met een per geval gemotiveerd 3%: 5.000 − 2.400 = 2.600.',
        },
      ],
    },
    sources: [S.ow157, S.ow157amendement, S.saoz, S.wro62, S.kapelbeemd],
    impl: (a) =>
      nadeelcompensatie(
        a.number('waarde_voor'),
        a.number('waardevermindering'),
        a.text('regime') as NmrRegime,
        a.optNumber('nmr_pct'),
        a.optText('reden') as NmrReden | undefined,
      ).toNumber(),
  },
  {
    id: 'ONRENDABELETOP',
    category: CATEGORY,
    description: 'Onrendabele top: NCW van de kosten min NCW van de opbrengsten; positief is een financieringstekort.',
    params: [
      rate('disconteringsvoet', 'Disconteringsvoet als fractie (bijv. 0,02). Voor een ROM-case vaak de rendementseis van het fonds.', {
        plausible: PLAUSIBLE.rente,
      }),
      amounts('kosten', 'Kosten per jaar (positief) vanaf het startjaar; een rij of kolom, of een tabel met één rij per post.', positiveAmounts),
      amounts('opbrengsten', 'Opbrengsten per jaar (positief) vanaf het startjaar; een rij of kolom, of een tabel met één rij per post.', positiveAmounts),
      startjaar(),
      peiljaar,
      timing,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['OT = Σ kosten_t / (1 + d)^n − Σ opbrengsten_t / (1 + d)^n', DISCOUNT_EXPONENT_HELP],
      notes: [
        'Positief = onrendabele top (financieringstekort); negatief = overschot.',
        'Kosten en opbrengsten worden positief ingevoerd en beginnen beide in het startjaar; ze hoeven niet even lang te zijn.',
        'Een tabel met één rij per post en één kolom per jaar wordt per jaar opgeteld. Let op: een bereik van één kolom ' +
          'breed wordt gelezen als één reeks met de jaren onder elkaar, niet als posten van één jaar.',
        'Dezelfde tijdsconventies als GREX.NCW: OT = GREX.NCW(d; kosten) − GREX.NCW(d; opbrengsten).',
        'De definitie als NCW(kosten) − NCW(opbrengsten) voor een gemeentelijke of ROM-case is niet in een primaire ' +
          'bron geverifieerd (docs/methode/verplaatsing.md#onrendabele-top, [R]); de disconteringsvoet is een keuze van de gebruiker.',
      ],
      examples: [
        {
          formula: '=GREX.ONRENDABELETOP(0.02,{1000000,500000,0},{0,200000,1200000},2025)',
          result: 137955.98977768731,
          explanation: 'NCW kosten 1.000.000/1,02 + 500.000/1,02² minus NCW opbrengsten 200.000/1,02² + 1.200.000/1,02³.',
        },
      ],
    },
    sources: [S.otDefinitie, S.dolderman, SRC.conventions],
    impl: (a) => {
      const { start, peil } = yearsOf(a);
      return onrendabeleTop(a.number('disconteringsvoet'), a.yearly('kosten', start), a.yearly('opbrengsten', start), peil, timingOf(a)).ncw.toNumber();
    },
  },
  {
    id: 'VERPLAATSING.BUSINESSCASE',
    category: CATEGORY,
    description:
      'Businesscase van een bedrijfsverplaatsing: onrendabele top (NCW en nominaal), dekking door bijdragen, restant tekort en aflossing van een fondslening.',
    params: [
      rate('disconteringsvoet', 'Disconteringsvoet als fractie voor de NCW (bijv. 0,02, of de rendementseis van het ROM-fonds).', {
        plausible: PLAUSIBLE.rente,
      }),
      amounts(
        'schadeloosstelling',
        'Schadeloosstelling aan het vertrekkende bedrijf per jaar vanaf het startjaar (positief); een rij of kolom, of een tabel met één rij per post.',
        positiveAmounts,
      ),
      amounts(
        'kosten',
        'Eigen kosten per jaar vanaf het startjaar (sloop, sanering, bouwrijp maken, plankosten, nadeelcompensatie …): ' +
          'een tabel met één rij per post en één kolom per jaar, of één rij of kolom.',
        { ...positiveAmounts, optional: true },
      ),
      amounts(
        'opbrengst_oude_locatie',
        'Opbrengst van de vrijkomende locatie na herbestemming per jaar vanaf het startjaar (bijv. de residuele grondwaarde bij uitgifte).',
        { ...positiveAmounts, optional: true },
      ),
      amounts('opbrengst_nieuwe_locatie', 'Opbrengst van de nieuwe locatie bij verkoop, per jaar vanaf het startjaar.', { ...positiveAmounts, optional: true }),
      leaseParam,
      postsParam(
        'bijdragen',
        'Bijdragen in de volgorde van inzet: twee kolommen (omschrijving, bedrag), bijv. gemeente, provincie, ' +
          'ROM-fonds, subsidie, kostenverhaal; bedragen per 1-1 van het peiljaar.',
      ),
      fundParam,
      startjaar(),
      peiljaar,
      timing,
    ],
    result: { shape: 'table', columns: ['regel', 'bedrag'] },
    help: {
      formula: [
        'kosten_t = schadeloosstelling_t + kosten_t;  opbrengsten_t = opbrengst_oude_locatie_t + opbrengst_nieuwe_locatie_t + canon_t',
        'canon in jaar eerste_jaar + k − 1 = canon × (1 + groei)^(k − 1), k = 1 … looptijd; restwaarde in het laatste jaar',
        'OT (NCW) = NCW(kosten) − NCW(opbrengsten);  OT (nominaal) = Σ kosten − Σ opbrengsten',
        'bijdrage gebruikt_k = min(bedrag_k, nog open);  nog open_0 = max(0, OT (NCW));  restant tekort = wat na alle bijdragen open blijft',
        'fonds: rente_t = schuld 1-1 × rente;  aflossing_t = min(max(0, opbrengsten_t − kosten_t), schuld 1-1 + rente_t)',
      ],
      notes: [
        'Spilt twee kolommen: onrendabele top (NCW), onrendabele top (nominaal), NCW kosten, NCW opbrengsten, per ' +
          'bijdrage het gebruikte bedrag, het restant tekort en, met een fonds, de regels lening, rente, aflossing, ' +
          'restschuld en het jaar van terugbetaling (of "niet binnen de looptijd/horizon").',
        'Positief OT = financieringstekort. Alle bedragen positief invoeren; jaren tellen vanaf het startjaar (leeg: ' +
          'jaar 1). NCW per 1-1 van het peiljaar met de timing van GREX.NCW; ook de canons volgen die timing.',
        'schadeloosstelling, kosten en opbrengst_oude_locatie mogen een tabel zijn met één rij per post en één kolom ' +
          'per jaar; de posten worden per jaar opgeteld. Een bereik van één kolom breed wordt gelezen als één reeks met de jaren onder elkaar.',
        'Nieuwe locatie: bij verkoop de opbrengst in opbrengst_nieuwe_locatie; bij erfpacht de canonreeks via ' +
          'erfpacht_nieuwe_locatie (de NCW van de canons telt als opbrengst). Eeuwigdurende erfpacht: kies een lange ' +
          'looptijd of reken een afkoopsom uit (GREX.ERFPACHT.AFKOOPSOM) en vul die in als opbrengst. Of de terugkerende ' +
          'grond (restwaarde) meetelt is uw keuze; daarvoor is geen geverifieerde bron (docs/methode/verplaatsing.md#businesscase, [R]), daarom standaard 0.',
        'Dekking: de bijdragen worden in de opgegeven volgorde ingezet, elk hoogstens tot zijn bedrag en nooit meer dan ' +
          'nog open is; het restant tekort is nooit negatief. Bijdragen gelden als bedragen per 1-1 van het peiljaar: ' +
          'maak een latere bijdrage eerst contant met GREX.NCW. Zonder OT wordt niets ingezet.',
        'Fonds: de lening wordt op 1-1 van het startjaar verstrekt; rente over de schuld op 1 januari, bijgeschreven op ' +
          '31-12; alleen een positieve netto kasstroom (opbrengsten − kosten, nominaal, zonder bijdragen) lost af, aan ' +
          'het eind van het jaar. Een negatief jaar leent niet bij. Deze conventies zijn een keuze van deze functie (geen ' +
          'bron schrijft ze voor); leg bij een ROM-fonds de eigen voorwaarden ernaast.',
        'De schadeloosstelling zelf berekent u met GREX.SCHADELOOSSTELLING.VERPLAATSING of .LIQUIDATIE; de add-in kiest ' +
          'niet tussen die twee (docs/methode/verplaatsing.md#verplaatsing-of-liquidatie).',
      ],
      examples: [
        {
          formula:
            '=GREX.VERPLAATSING.BUSINESSCASE(0.02,{3000000,0,0},{500000,250000,0;0,150000,0},' +
            '{0,0,1800000},,{60000,2027,30,0.02},{"gemeente",1000000;"provincie",1000000},{2000000,0.03},2025)',
          result: 'onrendabele top (NCW)',
          explanation:
            'Schadeloosstelling 3 mln in 2025; sloop/sanering en plankosten; vrijkomende locatie 1,8 mln in 2027; nieuwe ' +
            'locatie 30 jaar in erfpacht vanaf 2027 (canon 60.000, +2% per jaar). Gemeente en provincie dekken elk tot 1 ' +
            'mln van de OT; een fondslening van 2 mln tegen 3% wordt uit de netto kasstromen afgelost.',
        },
      ],
    },
    sources: [S.otDefinitie, S.dolderman, S.revolverend, S.businesscase, SRC.conventions, S.q8],
    impl: (a) => {
      const { start, peil } = yearsOf(a);
      const bc = businessCase({
        disconteringsvoet: a.number('disconteringsvoet'),
        startjaar: start,
        peiljaar: peil,
        timing: timingOf(a),
        schadeloosstelling: a.yearly('schadeloosstelling', start),
        kosten: yearly(a, 'kosten', start),
        opbrengstOudeLocatie: yearly(a, 'opbrengst_oude_locatie', start),
        opbrengstNieuweLocatie: yearly(a, 'opbrengst_nieuwe_locatie', start),
        erfpacht: leaseOf(a, start),
        bijdragen: postsOf(a, 'bijdragen', LABEL.bijdrage),
        fonds: fundOf(a),
      });
      return businessCaseRows(bc).map(([label, v]) => [label, typeof v === 'object' ? v.toNumber() : v]);
    },
  },
];
