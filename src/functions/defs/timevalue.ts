/** Time value: GREX.NCW, GREX.EINDWAARDE, GREX.INDEXEER (docs/methode/tijdwaarde-bbv.md). */
import { presentValueNumber, endValueNumber, uniqueIrr } from '../../core';
import { shapeLike, type Args } from '../args';
import { cite } from '../sources';
import type { FunctionSpec } from '../types';
import {
  amounts,
  indexCurveOf,
  indexmoment,
  indexreeksVanaf,
  INDEX_MOMENT_HELP,
  INDEX_SERIES_HELP,
  peiljaar,
  PLAUSIBLE,
  rate,
  requireStartFor,
  SRC,
  startjaar,
  timing,
  timingOf,
  yearsOf,
  DISCOUNT_EXPONENT_HELP,
} from './common';

/** GREX.NCW before and after the disconteringsvoet (FunctionSpec.split: a changed rate only discounts again). */
const ncwPart = (a: Args) => {
  const { start, peil } = yearsOf(a);
  return { start, peil, flows: a.series('kasstromen'), timing: timingOf(a) };
};
const ncwFinish = (p: ReturnType<typeof ncwPart>, a: Args) => presentValueNumber(a.number('disconteringsvoet'), p.flows, p.start, p.peil, p.timing);

export const TIME_VALUE: FunctionSpec[] = [
  {
    id: 'NCW',
    category: 'Tijdwaarde',
    description: 'Netto contante waarde van een jaarreeks per 1 januari van het peiljaar.',
    params: [
      rate('disconteringsvoet', 'Disconteringsvoet als fractie (2% = 0,02). BBV: 2%.', { plausible: PLAUSIBLE.rente }),
      amounts('kasstromen', 'Eén rij of kolom met één bedrag per jaar; lege cellen tellen als 0.'),
      startjaar(),
      peiljaar,
      timing,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['NCW = Σ kasstroom_t / (1 + disconteringsvoet)^n', DISCOUNT_EXPONENT_HELP],
      notes: [
        'Zonder startjaar en peiljaar is dit dezelfde som als NPV/NHW in Excel: de eerste kasstroom valt aan het eind van het eerste jaar.',
        'Voor de BBV-grondexploitatie is de disconteringsvoet 2% (ECB-inflatiedoelstelling), niet de rente van de gemeente.',
        'Het teken volgt de invoer: geef kosten negatief en opbrengsten positief om een saldo te verdisconteren.',
      ],
      examples: [
        { formula: '=GREX.NCW(0.02,{100,200,300},2025)', result: 572.9696722979849, explanation: '100/1,02 + 200/1,02² + 300/1,02³ per 1-1-2025.' },
        {
          formula: '=GREX.NCW(0.02,{100,200,300},2025,2024,"midden")',
          result: 567.324513226,
          explanation: 'Kasstromen halverwege het jaar, contant per 1-1-2024: exponenten 1,5; 2,5; 3,5.',
        },
      ],
    },
    sources: [SRC.conventions, SRC.ncwBbv, SRC.valueDefs],
    impl: (a) => ncwFinish(ncwPart(a), a),
    split: { param: 'disconteringsvoet', part: ncwPart, finish: ncwFinish },
  },
  {
    id: 'EINDWAARDE',
    category: 'Tijdwaarde',
    description: 'Eindwaarde van een jaarreeks per 31 december van het eindjaar, met rente op rente.',
    params: [
      rate('rente', 'Rentepercentage als fractie (2% = 0,02).', { plausible: PLAUSIBLE.rente }),
      amounts('kasstromen', 'Eén rij of kolom met één bedrag per jaar; lege cellen tellen als 0.'),
      startjaar(),
      { name: 'eindjaar', kind: 'year', optional: true, description: 'Eindwaarde per 31 december van dit jaar. Leeg: het laatste jaar van de reeks.' },
      timing,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['Eindwaarde = Σ kasstroom_t × (1 + rente)^m', 'm = eindjaar − t (eind), eindjaar − t + 0,5 (midden), eindjaar − t + 1 (begin)'],
      notes: [
        'Een kasstroom na het eindjaar krijgt een negatieve exponent: hij wordt teruggerekend naar 31-12 van het eindjaar.',
        'Zonder startjaar telt de reeks vanaf jaar 1; het eindjaar kan dan niet worden opgegeven (het is dan het laatste jaar van de reeks).',
      ],
      examples: [{ formula: '=GREX.EINDWAARDE(0.03,{100,200,300},2025)', result: 612.09, explanation: '100 × 1,03² + 200 × 1,03 + 300 per 31-12-2027.' }],
    },
    sources: [SRC.conventions, SRC.valueDefs],
    impl: (a) => {
      const flows = a.series('kasstromen');
      const start = a.optNumber('startjaar') ?? 1;
      requireStartFor(a, 'eindjaar');
      const end = a.optNumber('eindjaar') ?? start + flows.length - 1;
      return endValueNumber(a.number('rente'), flows, start, end, timingOf(a));
    },
  },
  {
    id: 'INDEXEER',
    category: 'Tijdwaarde',
    description: 'Indexeert bedragen op prijspeil naar het jaar waarin ze vallen; geeft een reeks van dezelfde vorm terug.',
    params: [
      amounts('bedragen', 'Bedragen op prijspeil 1-1 van het prijspeiljaar, één per jaar.'),
      amounts(
        'index',
        'Indexpercentage per jaar als fractie: één getal voor alle jaren, of een reeks die in het startjaar begint (de ' +
          'laatste waarde geldt voor latere jaren).',
        { min: -1, minExclusive: true, minLabel: '-100%', plausible: PLAUSIBLE.groei },
      ),
      startjaar(),
      { name: 'prijspeiljaar', kind: 'year', optional: true, description: 'Jaar van het prijspeil (1 januari). Leeg: het startjaar.' },
      indexmoment,
      indexreeksVanaf,
    ],
    result: { shape: 'like', param: 'bedragen' },
    help: {
      formula: [
        'geïndexeerd_t = bedrag_t × Π (1 + index_k) over k = prijspeiljaar … t − 1   (indexmoment "begin", standaard)',
        '"midden": × (1 + index_t)^½;  "eind": × (1 + index_t)',
        'Met indexmoment "begin" wordt binnen het prijspeiljaar niet geïndexeerd; vóór het prijspeiljaar wordt teruggerekend.',
      ],
      notes: [
        'Een indexreeks begint in het startjaar. Vóór het eerste jaar geldt de eerste waarde, na het laatste jaar de ' +
          'laatste (zoals "2026 e.v." in parametertabellen).',
        INDEX_SERIES_HELP,
        ...INDEX_MOMENT_HELP,
      ],
      examples: [
        { formula: '=GREX.INDEXEER({100,100,100},0.02,2025)', result: 100, explanation: 'Spilt 100; 102; 104,04: het eerste jaar is het prijspeiljaar.' },
        {
          formula: '=GREX.INDEXEER(1000000,0.03,2025,,"eind")',
          result: 1030000,
          explanation: '€ 1.000.000 op prijspeil 1-1-2025, geïndexeerd tot 31-12-2025 met 3%.',
        },
        {
          formula: '=GREX.INDEXEER({100,100},0.02,2025,,"midden")',
          result: 100.99504938362078,
          explanation: 'Spilt 100 × 1,02^0,5 = 100,995 en 100 × 1,02^1,5 = 103,015.',
        },
        {
          formula: '=GREX.INDEXEER(1000,{0.035,0.03,0.02},2025,2023,,2023)',
          result: 1066.05,
          explanation: 'MPG per 1-1-2025 op prijspeil 1-1-2023 met de reeks vanaf 2023 (Gorinchem 2022): 1.000 × 1,035 × 1,03.',
        },
      ],
    },
    sources: [SRC.conventions, SRC.indexation],
    impl: (a) => {
      const { start } = yearsOf(a);
      requireStartFor(a, 'prijspeiljaar');
      const price = a.optNumber('prijspeiljaar') ?? start;
      const curve = indexCurveOf(a, 'index', start)!;
      const values = a.series('bedragen');
      const factors = curve.factors(price, start, start + values.length - 1);
      return shapeLike(
        values.map((v, i) => factors[i].times(v).toNumber()),
        a.orientation('bedragen'),
      );
    },
  },
  {
    id: 'IRR',
    category: 'Tijdwaarde',
    description: 'Interne rentevoet van een jaarreeks: de disconteringsvoet waarbij de NCW 0 is; alleen bij precies één tekenwisseling.',
    params: [
      amounts('kasstromen', 'Eén rij of kolom met één bedrag per jaar, investeringen negatief en opbrengsten positief; lege cellen tellen als 0.', {
        minLength: 2,
      }),
      startjaar(),
      timing,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['IRR = de d > −100% waarvoor Σ kasstroom_t / (1 + d)^n = 0', DISCOUNT_EXPONENT_HELP + '   (peiljaar = startjaar)'],
      notes: [
        'Dezelfde uitkomst als IRR/IR in Excel (de eerste kasstroom op tijdstip 0) bij precies één tekenwisseling.',
        'startjaar en timing veranderen de uitkomst niet (alle kasstromen schuiven even ver op); ze staan er zodat de ' +
          'argumenten dezelfde zijn als bij GREX.NCW: GREX.NCW(GREX.IRR(x; startjaar; timing); x; startjaar; ; timing) = ' +
          '0. Het startjaar wordt gebruikt om in een foutmelding de jaren te noemen.',
        '#GETAL! (#NUM!) als de kasstromen geen tekenwisseling hebben (dan bestaat er geen rentevoet) of meer dan één ' +
          '(dan kunnen er meerdere rentevoeten zijn); de melding noemt wat gevonden is, met de jaren van de wisselingen. Nullen tellen niet als wisseling.',
        'Voor de BBV-grondexploitatie is de IRR geen voorgeschreven maatstaf; het resultaat is de NCW tegen 2%. Zie ' +
          'docs/methode/conventies.md#interne-rentevoet.',
      ],
      examples: [
        { formula: '=GREX.IRR({-100,110})', result: 0.1, tolerance: 1e-10, explanation: '−100 nu, 110 een jaar later: 10%.' },
        {
          formula: '=GREX.IRR({-1000,300,400,500},2025)',
          result: 0.08896339469335,
          tolerance: 1e-9,
          explanation: 'Investering 1.000 in 2025, opbrengsten 300, 400, 500: 8,90%.',
        },
      ],
    },
    sources: [
      cite('kb-financieel-ncw-irr', 'Excel NPV/NHW en IRR/IR: de eerste waarde valt aan het eind van periode 1 (NPV) of op tijdstip 0 (IRR)'),
      cite(
        'methode-irr-eenduidig',
        'Eenduidigheid bij één tekenwisseling: regel van Descartes (wiskunde); de weigering bij meer wisselingen is een keuze van GREX',
      ),
    ],
    impl: (a) => uniqueIrr(a.series('kasstromen'), a.optNumber('startjaar') ?? 1),
  },
];
