/**
 * Meerjarenprognose Grondbedrijf (MPG): GREX.VERSCHILANALYSE,
 * GREX.VERSCHILANALYSE.TOTALEN, GREX.WEERSTANDSRATIO. The portfolio risk
 * (GREX.RISICO.PORTEFEUILLE) lives with the other risk function in risico.ts.
 * Method and sources: docs/methode/mpg.md.
 */
import { invalid } from '../../core';
import { grexInputOf } from '../../core/grex';
import { BASES, DRIVER_LABELS, MPG_MSG, presentation, TOTAL_LABEL, verschilanalyse, weerstandsratio, type Basis, type Vintage } from '../../core/mpg';
import type { Args } from '../args';
import type { EnumParam, FunctionSpec, NumberParam, ParamSpec, RecordParam, SeriesParam, Source } from '../types';
import { BBV, grexInput } from './bbv';
import { cite } from '../sources';
import { SRC } from './common';

const CATEGORY = 'Meerjarenprognose (MPG)' as const;
const METHOD = 'docs/methode/mpg.md';

const S = {
  shapley: cite(
    'methode-mpg-shapley',
    'Shapley-waarde: het gemiddelde marginale effect van een factor over alle volgordes (L. S. Shapley, A value for ' +
      'n-person games, 1953); gekozen omdat de rijen optellen tot het totaal, een ongewijzigde factor 0 krijgt en geen volgorde voorrang heeft',
  ),
  groepen: cite(
    'methode-mpg-groepen',
    'De indeling in negen factoren en de definitie van volume (totaal op prijspeil) en fasering (verdeling over de kalenderjaren)',
  ),
  tussenmodel: cite(
    'methode-mpg-tussenmodel',
    'Het tussenmodel: over de jaren van de fasering-groep, kosten = volume × aandeel per jaar, NCW per 1-1 van het startjaar van de peildatum-groep',
  ),
  almereHerrekening: cite(
    'almere-2023-verschillenanalyse',
    'Almere MPGA 2023, verschillenanalyse: het resultaat van vorig jaar × 1,02 "om het op p.p. 1-1-2023 te brengen"',
  ),
  almereBuiten: cite(
    'almere-2024-almere-buiten',
    'Almere MPGA 2024, Centrum Almere Buiten: totale kosten, totale opbrengsten, faseringsinvloeden, eindwaarde en NCW, oud, nieuw en verschil',
  ),
  almereParameters: cite('almere-2022-parameters', 'Almere MPGA 2022, parameters (opbrengstenstijging 1,5% t/m 2031, 0% vanaf 2032; NCW = EW / 1,02^n)'),
  dalfsen: cite(
    'dalfsen-2019-grondexploitaties',
    'Dalfsen jaarverslag 2019, actualiteit grondexploitaties: boekwaarde, nog te maken kosten, nog te realiseren ' +
      'opbrengsten, rente en resultaat op eindwaarde en startwaarde per complex',
  ),
  ede: cite('ede-2018-ontwikkelingen', 'Ede begroting 2018: verschillen verklaard per factor (rente 2,5% → 2,66%: −€ 0,3 mln; prijsstijging)'),
  narVelsen: cite(
    'velsen-2020-weerstandsvermogen',
    'Waarderingstabel weerstandsvermogen A–F, tot stand gekomen in samenwerking tussen het Nederlands Adviesbureau ' +
      'voor Risicomanagement (NAR) en de Universiteit Twente (Velsen jaarverslag 2020)',
  ),
  narLaarbeek: cite(
    'laarbeek-2021-beleidsuitgangspunten',
    'Laarbeek begroting 2021: "waarderingstabel van het NAR (Nederlandse Adviesbureau voor Risicomanagement)"',
  ),
  weert: cite(
    'weert-2018-weerstandsvermogen',
    'Weert jaarstukken 2018: schaal A > 2,0 uitstekend … F < 0,6 ruim onvoldoende (met strikte ongelijkheden); 46.800 / 20.820 = 2,25',
  ),
  buren: cite(
    'buren-2025-weerstandsratio',
    'Buren begroting 2025: dezelfde schaal; "de weerstandsratio tenminste 1 (categorie C)", dus een grens hoort bij ' +
      'de hogere klasse; 14.545 / 5.000 = 2,91 (uitstekend)',
  ),
  someren: cite('someren-2018-weerstandsvermogen', 'Someren begroting 2018: dezelfde schaal; geen wettelijke norm, minimaal 1,0 wenselijk'),
  ratiogrenzen: cite(
    'methode-mpg-ratiogrenzen',
    'Een ratio precies op een grens van de tabel hoort bij de hogere klasse (elke klasse begint bij haar ondergrens)',
  ),
} satisfies Record<string, Source>;

// ---------------------------------------------------------------------------
// The two vintages: kosten and opbrengsten as GREX.RESULTAAT takes them, the
// other parameters as a record of GREX.RESULTAAT's own parameter specs.

const RESULTAAT = BBV.find((f) => f.id === 'RESULTAAT')!;
const resultaatParam = (name: string): ParamSpec => RESULTAAT.params.find((p) => p.name === name)!;

const RECORD_DEFAULTS: Record<string, Partial<NumberParam>> = {
  beginboekwaarde: { default: 0 },
  disconteringsvoet: { default: 0.02 },
};
const RECORD_FIELDS: readonly ParamSpec[] = RESULTAAT.params
  .filter((p) => p.name !== 'kosten' && p.name !== 'opbrengsten')
  .map((p) => ({ ...p, ...(RECORD_DEFAULTS[p.name] ?? {}) }) as ParamSpec);

const vintageParams = (which: 'oud' | 'nieuw'): ParamSpec[] => {
  const k = resultaatParam('kosten') as SeriesParam;
  const o = resultaatParam('opbrengsten') as SeriesParam;
  const record: RecordParam = {
    name: `parameters_${which}`,
    kind: 'record',
    fields: RECORD_FIELDS,
    description:
      `Parameters van de ${which === 'oud' ? 'vorige' : 'nieuwe'} herziening: rijen naam | waarde met de parameternamen ` +
      `van GREX.RESULTAAT (startjaar, beginboekwaarde, rente, disconteringsvoet, kostenindex, …), in willekeurige volgorde. ` +
      `Ontbrekend: de standaard.`,
  };
  return [
    {
      ...k,
      name: `kosten_${which}`,
      description:
        `Kosten per jaar van de ${which === 'oud' ? 'vorige' : 'nieuwe'} herziening (prijspeil, positief): rij, kolom of ` +
        `tabel posten × jaren, vanaf het startjaar.`,
    },
    {
      ...o,
      name: `opbrengsten_${which}`,
      sameLengthAs: `kosten_${which}`,
      description: `Opbrengsten per jaar van de ${which === 'oud' ? 'vorige' : 'nieuwe'} herziening; dezelfde jaren als kosten_${which}.`,
    },
    record,
  ];
};

const basis: EnumParam = {
  name: 'basis',
  kind: 'enum',
  values: BASES,
  default: 'NCW',
  description: 'Op welk resultaat: "NCW" (standaard), "EW" (eindwaarde) of "NOMINAAL".',
};

function vintage(a: Args, which: 'oud' | 'nieuw'): Vintage {
  const rec = a.record(`parameters_${which}`);
  const x = grexInputOf(grexInput(rec, a.series(`kosten_${which}`), a.series(`opbrengsten_${which}`)));
  return { ...x, disconteringsvoet: rec.number('disconteringsvoet') };
}

const GROUP_NOTES = [
  'De factoren en precies welke invoer elk omvat (een tussenmodel neemt elke groep in zijn geheel uit de oude of de nieuwe herziening):',
  '• Peildatum en prijspeil: startjaar (de NCW staat per 1-1-startjaar) en prijspeiljaar (leeg = het startjaar). ' +
    'Alleen de peildatum verschoven (verder niets anders): het effect is precies (1 + d)^(jaren verschoven) − 1 ' +
    'maal het oude resultaat op NCW-basis, de herrekening die MPG’s maken met × 1,02.',
  '• Rente: rente en rente_over_negatief.',
  '• Disconteringsvoet: disconteringsvoet (alleen op NCW-basis van invloed).',
  '• Kostenindex: kostenindex (de reeks hoort bij de kalenderjaren vanaf indexreeks_vanaf, leeg: het startjaar van die herziening) met het indexmoment.',
  '• Opbrengstenindex: opbrengstenindex en opbrengsten_bevriezen_vanaf, idem met indexreeks_vanaf en het ' +
    'indexmoment. Een ander indexmoment verandert dus beide indexgroepen.',
  '• Fasering: de jaren van het model (eerste tot en met laatste jaar van de reeksen) en de verdeling van de ' +
    'kosten en van de opbrengsten over de kalenderjaren: aandeel_t = bedrag_t / totaal. Dezelfde bedragen in andere jaren of een langere looptijd is fasering.',
  '• Kosten (volume): het totaal van alle kostenposten over alle jaren, op het prijspeil van die herziening ' +
    '(zonder index en rente). Posten tellen alleen per jaar opgeteld mee (alle kosten hebben één index), dus een ander aantal posten is geen verschil op zich.',
  '• Opbrengsten (volume): idem voor de opbrengsten.',
  '• Beginboekwaarde: beginboekwaarde, op 1-1 van het eerste jaar van het model (wat tussen de herzieningen is gerealiseerd).',
  'Tussenmodel bij verschillende jaren: het model loopt over de jaren van de fasering-groep; kosten in jaar t = ' +
    'volume × aandeel_t (de eigen bedragen als volume en fasering uit dezelfde herziening komen); een herziening ' +
    'zonder kosten (volume 0) neemt de fasering van de andere. Een nieuw prijspeiljaar met opnieuw ingevoerde ' +
    'bedragen geeft een prijspeileffect en een volume-effect die elkaar deels opheffen: tel ze samen als u “prijsontwikkeling” wilt tonen.',
];

export const MPG: FunctionSpec[] = [
  {
    id: 'VERSCHILANALYSE',
    category: CATEGORY,
    description:
      'Verklaart het verschil in resultaat tussen twee herzieningen van een grondexploitatie per factor ' +
      '(Shapley-waarden): de rijen tellen exact op tot het totaal.',
    params: [...vintageParams('oud'), ...vintageParams('nieuw'), basis],
    result: { shape: 'table', columns: ['factor', 'effect'] },
    help: {
      formula: [
        'Totaal = RESULTAAT(nieuw) − RESULTAAT(oud) op de gekozen basis, elk berekend zoals GREX.RESULTAAT dat doet',
        'v(S) = resultaat van het tussenmodel waarin de factoren in S uit de nieuwe en de overige uit de oude herziening komen',
        'effect_i = Σ over S zonder i van |S|! (n − |S| − 1)! / n! × ( v(S ∪ {i}) − v(S) )   (n = aantal gewijzigde factoren)',
        'Σ effect_i = v(alles nieuw) − v(alles oud) = Totaal',
      ],
      notes: [
        'Uitkomst: twee kolommen, één rij per factor in vaste volgorde (peildatum en prijspeil, rente, ' +
          'disconteringsvoet, kostenindex, opbrengstenindex, fasering, kosten (volume), opbrengsten (volume), beginboekwaarde) en als laatste rij Totaal.',
        'Tekenconventie: positief = voordelig (het resultaat wordt hoger: meer winst of minder verlies), negatief = nadelig.',
        'Waarom Shapley: een verklaring stap voor stap hangt af van de volgorde waarin de factoren worden omgezet ' +
          '(eerst rente dan fasering geeft andere bedragen dan andersom). Het Shapley-effect is het gemiddelde over alle ' +
          'volgordes: de rijen tellen exact op tot het totaal, een factor waarvan de invoer niet veranderde krijgt ' +
          'precies 0, oud en nieuw verwisselen keert elk teken om, en is er maar één factor gewijzigd, dan krijgt die het hele verschil.',
        'Samenhang tussen factoren (bijvoorbeeld: hogere rente weegt zwaarder bij een langere looptijd) wordt eerlijk ' +
          'over de betrokken factoren verdeeld; daarom is het effect van de peildatum alleen exact de herrekening × (1 + d) als verder niets veranderde.',
        ...GROUP_NOTES,
        'parameters_oud en parameters_nieuw: een bereik met per rij een naam en een waarde, bijvoorbeeld "rente | ' +
          '0,02". Een kostenindex per jaar mag na de naam over meer kolommen doorlopen. Een onbekende naam geeft #WAARDE! ' +
          'met de naam die waarschijnlijk bedoeld is. Ontbrekend: beginboekwaarde 0, disconteringsvoet 2% (BBV), ' +
          'startjaar jaar 1, geen index; rente is verplicht.',
        'Rekenwerk: met n gewijzigde factoren 2^n doorrekeningen (hoogstens 512), elk zoals GREX.RESULTAAT rekent (snel ' +
          'waar de foutgrens een tiende cent bewijst, anders decimaal), met gedeelde tussenuitkomsten.',
        `Methode, definities en bronnen: ${METHOD}#verschilanalyse.`,
      ],
      examples: [
        {
          formula: '=GREX.VERSCHILANALYSE({0,1000},{0,1200},{"rente",0.02;"startjaar",2025},{0,1100},{0,1200},{"startjaar",2025;"rente",0.02},"NOMINAAL")',
          result: DRIVER_LABELS[0],
          explanation:
            'Alleen de kosten stegen van 1.000 naar 1.100: de rij Kosten (volume) is −100 (nadelig), alle andere factoren ' +
            '0, Totaal −100. De volgorde van de parameterrijen doet er niet toe.',
        },
      ],
    },
    sources: [S.shapley, S.groepen, S.tussenmodel, S.almereHerrekening, S.almereParameters, S.ede, SRC.conventions],
    impl: (a) => {
      const r = verschilanalyse(vintage(a, 'oud'), vintage(a, 'nieuw'), a.text('basis') as Basis);
      return [...DRIVER_LABELS.map((l, i) => [l, r.effects[i].toNumber()]), [TOTAL_LABEL, r.totaal.toNumber()]];
    },
  },
  {
    id: 'VERSCHILANALYSE.TOTALEN',
    category: CATEGORY,
    description: 'De gepubliceerde vorm van een herziening: totale kosten, totale opbrengsten, faseringsinvloeden, eindwaarde en NCW, oud, nieuw en verschil.',
    params: [...vintageParams('oud'), ...vintageParams('nieuw')],
    result: { shape: 'table', columns: ['regel', 'oud', 'nieuw', 'verschil'] },
    help: {
      formula: [
        'totale kosten = beginboekwaarde + Σ kosten   (prijspeil, zonder index en rente)',
        'totale opbrengsten = Σ opbrengsten   (idem)',
        'faseringsinvloeden = eindwaarde − (totale opbrengsten − totale kosten)   (het effect van index en rente over de looptijd)',
        'dus: eindwaarde = totale opbrengsten − totale kosten + faseringsinvloeden',
        'verschil (resultaateffect, positief = voordelig): kosten oud − nieuw; opbrengsten, faseringsinvloeden, eindwaarde en NCW nieuw − oud',
        'verschil eindwaarde = verschil opbrengsten + verschil kosten + verschil faseringsinvloeden',
      ],
      notes: [
        'Vijf rijen (totale kosten, totale opbrengsten, faseringsinvloeden, eindwaarde, NCW), vier kolommen (regel, ' +
          'oud, nieuw, verschil): de indeling van de complexpagina’s van de Almeerse MPGA.',
        'De beginboekwaarde telt bij de kosten (wat al is uitgegeven min wat al is ontvangen); een negatieve boekwaarde verlaagt de totale kosten.',
        'Tekenconventie van de kolom verschil: het effect op het resultaat. Hogere kosten geven een negatief verschil; hogere opbrengsten een positief.',
        'Eindwaarde en NCW zoals GREX.RESULTAAT ze berekent; voor de verklaring per factor zie GREX.VERSCHILANALYSE.',
        `Methode en bronnen: ${METHOD}#presentatie.`,
      ],
      examples: [
        {
          formula: '=GREX.VERSCHILANALYSE.TOTALEN({0,1000},{0,1200},{"rente",0.02;"startjaar",2025},{0,1100},{0,1200},{"rente",0.02;"startjaar",2025})',
          result: 'Totale kosten',
          explanation:
            'Rij 1: totale kosten 1.000 oud, 1.100 nieuw, verschil −100; de eindwaarde daalt met 100 (de kosten vallen in het laatste jaar, dus zonder rente).',
        },
      ],
    },
    sources: [S.almereBuiten, S.almereHerrekening, S.almereParameters, S.dalfsen],
    impl: (a) => presentation(vintage(a, 'oud'), vintage(a, 'nieuw')).map((l) => [l.label, l.oud.toNumber(), l.nieuw.toNumber(), l.verschil.toNumber()]),
  },
  {
    id: 'WEERSTANDSRATIO',
    category: CATEGORY,
    description: 'Ratio weerstandsvermogen (beschikbaar / benodigd) met klasse A–F en waardering volgens de NAR-waarderingstabel.',
    params: [
      { name: 'beschikbaar', kind: 'number', description: 'Beschikbare weerstandscapaciteit (bedrag).' },
      {
        name: 'benodigd',
        kind: 'number',
        min: 0,
        description: 'Benodigde weerstandscapaciteit (bedrag, groter dan 0), bijvoorbeeld uit GREX.RISICO.WEERSTAND of GREX.RISICO.PORTEFEUILLE.',
      },
    ],
    result: { shape: 'row', labels: ['ratio', 'klasse', 'waardering'] },
    help: {
      formula: [
        'ratio = beschikbaar / benodigd',
        'A ≥ 2,0 uitstekend; B 1,4 – 2,0 ruim voldoende; C 1,0 – 1,4 voldoende; D 0,8 – 1,0 matig; E 0,6 – 0,8 onvoldoende; F < 0,6 ruim onvoldoende',
      ],
      notes: [
        'De schaal is de waarderingstabel van het Nederlands Adviesbureau voor Risicomanagement (NAR) en de ' +
          'Universiteit Twente, zoals gemeenten die in de paragraaf weerstandsvermogen gebruiken (o.a. Velsen, Laarbeek, Weert, Someren, Buren).',
        'Grenzen: de tabellen schrijven strikte ongelijkheden (1,4 < x < 2,0), zodat een ratio van precies 1,4 of 2,0 ' +
          'in geen klasse valt. GREX rekent een grens tot de hogere klasse (elke klasse begint bij haar ondergrens: 2,0 ' +
          'is A, 1,4 is B, 1,0 is C, 0,8 is D, 0,6 is E), zoals Buren een ratio van ten minste 1 categorie C noemt. De ' +
          'vergelijking gebeurt op het exacte quotiënt, niet op een afgeronde ratio.',
        'Er is geen wettelijke norm; veel raden vragen ten minste 1,0 (C), Rotterdam 1,4.',
        'benodigd = 0 geeft #WAARDE! met uitleg: zonder gekwantificeerde risico’s bestaat er geen ratio.',
        'Een negatieve beschikbare capaciteit geeft een negatieve ratio, klasse F.',
        `Methode en bronnen: ${METHOD}#weerstandsratio.`,
      ],
      examples: [
        {
          formula: '=GREX.WEERSTANDSRATIO(14545,5000)',
          result: 2.909,
          explanation: 'Buren 2025 (× € 1.000): 14.545 / 5.000 = 2,909, klasse A, uitstekend (gepubliceerd: 2,91).',
        },
        {
          formula: '=GREX.WEERSTANDSRATIO(28231,24045)',
          result: 1.174090247452693,
          explanation: 'Medemblik 2020: 28.231 / 24.045 = 1,17 (gepubliceerd 1,2), klasse C, voldoende.',
        },
      ],
    },
    sources: [S.narVelsen, S.narLaarbeek, S.weert, S.buren, S.someren, S.ratiogrenzen],
    impl: (a) => {
      const benodigd = a.number('benodigd');
      if (benodigd === 0) throw invalid('benodigd', MPG_MSG.benodigdZero, 0);
      const r = weerstandsratio(a.number('beschikbaar'), benodigd);
      return [[r.ratio.toNumber(), r.klasse, r.waardering]];
    },
  },
];
