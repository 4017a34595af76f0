/**
 * Risico: GREX.RISICO.WEERSTAND, the risk reserve by Monte Carlo simulation
 * over a risk register (docs/methode/risico.md). The sources below are
 * municipal practice pages found for this function (risicosimulatie, zekerheidspercentage 80/90/95%). The model
 * itself (independence, triangles, empirical quantile) is a product choice [R].
 */
import { invalid } from '../../core';
import { buildRegister, DEFAULT_SIMULATIONS, MAX_SIMULATIONS, portfolioReserve, riskReserve, RMSG } from '../../core/risk';
import type { Matrix, FunctionSpec, ParamSpec, Source } from '../types';
import { cite } from '../sources';
import { PLAUSIBLE } from './common';

const S = {
  simulatie: cite(
    'heemskerk-2018-weerstand',
    'Gemeentelijke praktijk: de benodigde weerstandscapaciteit volgt uit een risicosimulatie (Monte Carlo) over het ' +
      'risicoprofiel, omdat de risico’s niet alle tegelijk en in maximale omvang optreden; het bedrag hangt af van ' +
      'het gekozen zekerheidspercentage (Heemskerk begroting 2018)',
  ),
  zekerheid90: cite(
    'ede-2017-weerstand',
    'Zekerheidspercentage 90% als gemeentelijke keuze (Ede jaarverslag 2017; Tiel begroting 2020: "90% zeker dat ' +
      'alle risico’s kunnen worden afgedekt"); Heemskerk kiest 80%, Langedijk 95%',
  ),
  zekerheidTiel: cite('tiel-2020-weerstand', 'Tiel begroting 2020: risicosimulatie over circa 120 risico’s, 90% zekerheid'),
  zekerheid95: cite('langedijk-2020-weerstand', 'Langedijk begroting 2020: risicosimulatie (pakket NARIS) met bedragen bij 75%–99% zekerheid; gekozen 95%'),
  methode: cite(
    'methode-risico-rekenmodel',
    'Het rekenmodel zelf (onafhankelijke risico’s, kans × bedrag of driehoeksverdeling, empirisch kwantiel) is een ' +
      'keuze van GREX; de rekenregels van pakketten als NARIS waren niet beschikbaar en zijn niet vergeleken',
  ),
  portefeuille: cite(
    'methode-risico-portefeuille',
    'Het benodigde bedrag van het grondbedrijf uit één simulatie over de risico’s van alle complexen, onafhankelijk ' +
      'ook tussen complexen; de som per complex ernaast',
  ),
  prng: cite(
    'xoshiro-prng',
    'Toevalsgenerator xoshiro128** (Blackman en Vigna), gezaaid met splitmix32: dezelfde invoer en hetzelfde zaad geven dezelfde uitkomst',
  ),
} satisfies Record<string, Source>;

/** The numbers of the register table; blank cells count as 0, text is refused with its position. */
/** The amounts of a register: the `numbers` table kind has made every cell a number. */
const numericRows = (t: Matrix): number[][] => t as number[][];

const REGISTER_PARAMS: ParamSpec[] = [
  {
    name: 'gevolgen',
    kind: 'table',
    numbers: true,
    description:
      'Gevolg per risico (bedrag, positief): één kolom, of drie kolommen minimum, meest waarschijnlijk, maximum (driehoeksverdeling). Eén rij per risico.',
  },
  {
    name: 'kansen',
    kind: 'series',
    min: 0,
    max: 1,
    plausible: PLAUSIBLE.aandeel,
    description: 'Kans per risico als fractie van 0 tot en met 1, in dezelfde volgorde als gevolgen.',
  },
  {
    name: 'zekerheid',
    kind: 'rate',
    default: 0.9,
    min: 0,
    minExclusive: true,
    max: 1,
    minLabel: '0',
    plausible: PLAUSIBLE.aandeel,
    description: 'Gewenste zekerheid als fractie (0,9 = 90%). Standaard 0,9; gemeenten kiezen bijv. 80%, 90% of 95%.',
  },
  {
    name: 'simulaties',
    kind: 'integer',
    default: DEFAULT_SIMULATIONS,
    min: 1,
    max: MAX_SIMULATIONS,
    maxLabel: '1.000.000',
    description: 'Aantal simulaties. Standaard 10.000; hoogstens 1.000.000.',
  },
  {
    name: 'zaad',
    kind: 'integer',
    default: 1,
    min: 0,
    max: 4294967295,
    description: 'Startwaarde van de toevalsgenerator (0 … 4.294.967.295). Standaard 1; hetzelfde zaad geeft dezelfde uitkomst.',
  },
  { name: 'reserve', kind: 'number', optional: true, min: 0, description: 'Beschikbare weerstandscapaciteit (bedrag). Leeg: geen kans op overschrijding.' },
];

/** The complex of each risk: one text per row, as many rows as kansen. */
function complexNames(t: Matrix, n: number): string[] {
  if (t.length !== n) throw invalid('complexen', RMSG.complexCount(n), t.length);
  return t.map((r, i) => {
    const c = r[0];
    if (c === null || c === undefined || String(c).trim() === '') throw invalid('complexen', RMSG.complexBlank(i + 1));
    return String(c).trim();
  });
}

export const RISICO: FunctionSpec[] = [
  {
    id: 'RISICO.WEERSTAND',
    category: 'Risico',
    description:
      'Benodigd weerstandsvermogen voor een risicoregister met een Monte Carlo-simulatie: bedrag bij de gekozen ' +
      'zekerheid, gemiddelde en kans op overschrijding.',
    params: REGISTER_PARAMS,
    result: { shape: 'row', labels: ['benodigd bedrag', 'gemiddelde', 'kans op overschrijding'] },
    help: {
      formula: [
        'per simulatie: risico i treedt op als u < kans_i (u uniform op [0, 1)); dan kost het zijn bedrag, of een ' +
          'trekking uit de driehoek (min, meest waarschijnlijk, max)',
        'totaal = Σ gevolgen van de risico’s die optreden',
        'benodigd bedrag = het ⌈zekerheid × simulaties⌉-de kleinste totaal: het kleinste bedrag dat in ten minste die fractie van de simulaties volstond',
        'gemiddelde = Σ totaal / simulaties   (nadert Σ kans × verwacht gevolg; verwacht gevolg van een driehoek = (min + meest waarschijnlijk + max) / 3)',
        'kans op overschrijding = aandeel simulaties met totaal > reserve',
      ],
      notes: [
        'De risico’s worden als onafhankelijk behandeld. Samenhangende risico’s kunt u als één risico opnemen.',
        'Het zekerheidspercentage is een keuze van de gemeente (in de praktijk 80%, 90% of 95%); er is geen wettelijk ' +
          'voorgeschreven percentage gevonden. De standaard 90% volgt Ede en Tiel; leg de keuze vast in de paragraaf weerstandsvermogen.',
        'Het rekenmodel (onafhankelijke risico’s, driehoeksverdeling, empirisch kwantiel) is een keuze van GREX; de ' +
          'rekenregels van gemeentelijke pakketten (bijv. NARIS) waren niet beschikbaar om mee te vergelijken, dus uitkomsten kunnen daarvan iets afwijken.',
        'Ratio weerstandsvermogen = beschikbare / benodigde weerstandscapaciteit: deel de reserve door het benodigde bedrag.',
        'De uitkomst is een steekproef: met hetzelfde zaad en dezelfde invoer is hij bij elke herberekening gelijk; een ' +
          'ander zaad geeft een iets andere uitkomst. Meer simulaties maken dat verschil kleiner (de fout van het gemiddelde daalt met 1/√simulaties).',
        'Zonder reserve spilt de functie twee cellen (benodigd bedrag, gemiddelde); met reserve drie.',
        'De simulatie rekent met gewone drijvende-kommagetallen (niet decimaal): bij een steekproef heeft ' +
          'centnauwkeurigheid geen betekenis. simulaties × aantal risico’s mag hoogstens 50.000.000 zijn.',
        'Een register mag ook als één rij bedragen (risico’s naast elkaar) worden opgegeven.',
      ],
      examples: [
        {
          formula: '=GREX.RISICO.WEERSTAND({100000;50000},{0.5;0.5})',
          result: 150000,
          explanation:
            'Twee risico’s met kans 50%: totaal 0, 50.000, 100.000 of 150.000, elk met kans 25%. Bij 90% zekerheid is ' +
            '150.000 nodig; het gemiddelde nadert 75.000.',
        },
        {
          formula: '=GREX.RISICO.WEERSTAND({100000},{0.3},0.6)',
          result: 0,
          explanation: 'Eén risico met kans 30%: in 70% van de simulaties treedt het niet op, dus bij 60% zekerheid is 0 nodig (bij 90%: 100.000).',
        },
      ],
    },
    sources: [S.simulatie, S.zekerheid90, S.zekerheidTiel, S.zekerheid95, S.methode, S.prng],
    impl: (a) => {
      const risks = buildRegister(numericRows(a.table('gevolgen')), a.series('kansen'));
      const reserve = a.optNumber('reserve');
      const r = riskReserve({ risks, zekerheid: a.number('zekerheid'), simulaties: a.number('simulaties'), zaad: a.number('zaad'), reserve });
      return [reserve === undefined ? [r.benodigd, r.gemiddelde] : [r.benodigd, r.gemiddelde, r.kansOverschrijding!]];
    },
  },
  {
    id: 'RISICO.PORTEFEUILLE',
    category: 'Risico',
    description:
      'Benodigd weerstandsvermogen van het grondbedrijf over de risicoregisters van alle complexen samen (één Monte ' +
      'Carlo-simulatie), naast het bedrag per complex.',
    params: [
      {
        name: 'complexen',
        kind: 'table',
        columns: { min: 1, max: 1 },
        description: 'Naam van het complex per risico: één kolom, één rij per risico (in dezelfde volgorde als gevolgen en kansen).',
      },
      ...REGISTER_PARAMS,
    ],
    result: { shape: 'table', columns: ['complex', 'benodigd bedrag', 'gemiddelde'] },
    help: {
      formula: [
        'per complex: benodigd bedrag als dat complex alleen stond (GREX.RISICO.WEERSTAND over zijn eigen risico’s)',
        'grondbedrijf: één simulatie over alle risico’s samen; benodigd = het ⌈zekerheid × simulaties⌉-de kleinste totaal',
        'spreidingsvoordeel = Σ benodigd per complex − benodigd grondbedrijf',
      ],
      notes: [
        'Uitkomst: één rij per complex (in volgorde van eerste voorkomen), dan "Som per complex", "Grondbedrijf ' +
          '(samen)" en "Spreidingsvoordeel"; met een reserve ook "Kans op overschrijding" (voor het grondbedrijf).',
        'Het benodigde bedrag van het grondbedrijf wordt berekend, niet opgeteld: de risico’s van verschillende ' +
          'complexen treden zelden alle tegelijk op, dus het bedrag bij 90% zekerheid voor alles samen is meestal lager ' +
          'dan de som van de bedragen per complex.',
        'Dezelfde aannames als GREX.RISICO.WEERSTAND: onafhankelijke risico’s (ook tussen complexen), bedrag of ' +
          'driehoeksverdeling, empirisch kwantiel. Risico’s die in meer complexen tegelijk optreden (bijvoorbeeld een ' +
          'marktdaling) neemt u op als één risico, bij één complex of onder de naam "Grondbedrijf".',
        'Hetzelfde zaad geeft dezelfde uitkomst; elk complex en het grondbedrijf worden met hetzelfde zaad gesimuleerd.',
        'Deel de beschikbare weerstandscapaciteit door het bedrag van het grondbedrijf met GREX.WEERSTANDSRATIO.',
      ],
      examples: [
        {
          formula: '=GREX.RISICO.PORTEFEUILLE({"Noord";"Zuid"},{100000;100000},{0.07;0.07},0.9)',
          result: 'Noord',
          explanation:
            'Twee complexen met elk één risico van 100.000 met kans 7%. Alleen: bij 90% zekerheid 0 per complex (kans 93% ' +
            'dat het niet optreedt). Samen: kans 13,5% dat er iets optreedt, dus bij 90% zekerheid 100.000 nodig. Optellen ' +
            'per complex (0 + 0) zou hier te weinig geven; meestal geeft het juist te veel.',
        },
      ],
    },
    sources: [S.simulatie, S.zekerheid90, S.methode, S.portefeuille, S.prng],
    impl: (a) => {
      const kansen = a.series('kansen');
      const risks = buildRegister(numericRows(a.table('gevolgen')), kansen);
      const complexen = complexNames(a.table('complexen'), risks.length);
      const reserve = a.optNumber('reserve');
      const r = portfolioReserve({
        risks,
        complexes: complexen,
        zekerheid: a.number('zekerheid'),
        simulaties: a.number('simulaties'),
        zaad: a.number('zaad'),
        reserve,
      });
      const rows: (string | number)[][] = r.perComplex.map((c) => [c.complex, c.benodigd, c.gemiddelde]);
      rows.push(['Som per complex', r.somAfzonderlijk, r.perComplex.reduce((s, c) => s + c.gemiddelde, 0)]);
      rows.push(['Grondbedrijf (samen)', r.grondbedrijf.benodigd, r.grondbedrijf.gemiddelde]);
      rows.push(['Spreidingsvoordeel', r.spreidingsvoordeel, '']);
      if (reserve !== undefined) rows.push(['Kans op overschrijding', r.grondbedrijf.kansOverschrijding!, '']);
      return rows;
    },
  },
];
