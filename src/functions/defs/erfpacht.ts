/**
 * Erfpacht: GREX.ERFPACHT.CANON, .AFKOOPSOM, .INDEXEER, .NCW, .VERGELIJK, .KASSTROOM and
 * .AFKOOPVERGELIJK (signatures of this add-in). Rules: docs/methode/erfpacht.md.
 */
import { IndexCurve } from '../../core';
import {
  canon,
  indexCanon,
  indexRatio,
  afkoopsom,
  erfpachtValue,
  compareWithSale,
  canonSchedule,
  buyerView,
  AFRONDINGEN,
  BETALINGEN,
  EP_LABEL,
  type Afronding,
  type Betaling,
} from '../../core/erfpacht';
import type { Args } from '../args';
import { amount, PLAUSIBLE, rate, share } from './common';

/** An optional discount or share between 0% and 100%, default 0. */
const optionalShare = (name: string, description: string): NumberParam =>
  share(name, description, { optional: true, default: 0, plausible: PLAUSIBLE.aandeel });
import type { EnumParam, FunctionSpec, NumberParam, Source } from '../types';
import { cite } from '../sources';

const CATEGORY = 'Erfpacht' as const;

const looptijd = (description: string, optional = false): NumberParam => ({
  name: 'looptijd',
  kind: 'integer',
  min: 1,
  max: 1000,
  optional,
  description,
});
const betaling: EnumParam = {
  name: 'betaling',
  kind: 'enum',
  values: BETALINGEN,
  default: 'ACHTERAF',
  optional: true,
  description: 'Betaalmoment van de canon: "ACHTERAF" (einde jaar, standaard) of "VOORAF" (begin jaar: × (1 + rente)).',
};
const canonpercentage = rate('canonpercentage', 'Canonpercentage als fractie van de grondwaarde (2,39% = 0,0239).', {
  min: 0,
  minLabel: '0%',
  plausible: PLAUSIBLE.canon,
});
const groei = rate('groei', 'Jaarlijkse groei (indexatie) van de canon als fractie, bijv. 0,02.', { plausible: PLAUSIBLE.groei });
const rekenrente = rate('rekenrente', 'Rekenrente (disconteringsvoet) van de gemeente als fractie, bijv. 0,04.', { plausible: PLAUSIBLE.rente });

const SRC = {
  formules: cite(
    'methode-erfpacht-formules',
    'Erfpachtformules: canon = grondwaarde × canonpercentage; afkoop eeuwigdurend en tijdelijk (groeiende ' +
      'annuïteit); NCW erfpacht incl. terugval van de grond; gelijkwaardigheid bij k = cp + g (rekenmethode zonder primaire bron)',
  ),
  amsterdam: cite(
    'delaagbouw-amsterdam-afkoop',
    'Amsterdam overstap, voorbeeldberekening: WOZ €200.000 × BSQ 6% = €12.000; −10% = €10.800; canon 2,39% = €258; ' +
      '−25% = €194; afkoopsom €194 / 2,39% = €8.117 (De Laagbouw)',
  ),
  afkoopNcw: cite('ahfinance-erfpacht', 'Amsterdam overstap: afkoop = NCW van de toekomstige canons (ahfinance.nl)'),
  grondvermogen: cite(
    'grondvermogen-canon',
    'Grondvermogen: maandcanon = A × B/C; B = CPI alle huishoudens september, C = september een jaar eerder; ' +
      'minstens × 1,0; naar boven afgerond op hele centen',
  ),
  rpc: cite('rpc-canon', 'RPC (particulier): canon jaarlijks geïndexeerd met de CPI alle huishoudens, nooit lager dan de aanvangscanon'),
  vlaardingen: cite('vlaardingen-2023-erfpacht', 'Vlaardingen (2023): jaarlijkse indexatie; nieuwe canon nooit lager dan de laatste canon'),
  denHaag: cite('denhaagcentraal-erfpacht', 'Den Haag: canon elke 5 jaar opnieuw vastgesteld uit grondwaarde en canonrente'),
  rotterdam: cite('rotterdam-afkopen', 'Rotterdam: afkoop voor 50, 75 of 99 jaar of eeuwigdurend'),
  betaalmoment: cite('methode-erfpacht-betaalmoment', 'Betaalmoment vooraf of achteraf verandert de afkoop met factor (1 + k) (niet geverifieerd)'),
  besluit: cite('methode-erfpacht-keuzes', 'Signatuur, standaardwaarden en het break-even canonpercentage exact opgelost: keuzes van GREX'),
  eigen: cite('methode-erfpacht-keuzes', 'Signatuur en rekenregels van deze functie zijn een keuze van GREX, geen voorgeschreven rekenregel'),
} satisfies Record<string, Source>;

const afrondingCanon: EnumParam = {
  name: 'afronding',
  kind: 'enum',
  values: ['GEEN', 'EURO'],
  default: 'GEEN',
  optional: true,
  description: 'Afronding van de canon: "GEEN" (standaard) of "EURO" (op hele euro\'s, half naar boven).',
};
const afrondingIndex: EnumParam = {
  name: 'afronding',
  kind: 'enum',
  values: AFRONDINGEN,
  default: 'GEEN',
  optional: true,
  description:
    'Afronding van de nieuwe canon: "GEEN" (standaard), "CENT_OMHOOG" (naar boven op hele centen, zoals ' +
    'Grondvermogen) of "EURO" (hele euro\'s, half naar boven).',
};
const vloer: NumberParam = {
  name: 'vloer',
  kind: 'number',
  min: 0,
  default: 1,
  optional: true,
  description: 'Ondergrens van de indexfactor. Standaard 1: de canon daalt nooit. 0: geen ondergrens.',
};

/** The erfpacht input shared by NCW and VERGELIJK. */
function erfpachtInput(a: Args) {
  return {
    grondwaarde: a.number('grondwaarde'),
    canonpercentage: a.number('canonpercentage'),
    groei: a.number('groei'),
    rekenrente: a.number('rekenrente'),
    looptijd: a.number('looptijd'),
    grondwaardegroei: a.optNumber('grondwaardegroei'),
    betaling: a.text('betaling') as Betaling,
  };
}

const NCW_PARAMS = [
  amount('grondwaarde', 'Grondwaarde bij uitgifte (na een eventuele erfpachtkorting), bedrag ≥ 0.'),
  canonpercentage,
  groei,
  rekenrente,
  looptijd('Looptijd van het recht in hele jaren (1 … 1000); aan het eind valt de grond terug aan de gemeente.'),
] as const;
const grondwaardegroei: NumberParam = rate('grondwaardegroei', 'Jaarlijkse groei van de grondwaarde tot het eind van de looptijd. Leeg: gelijk aan groei.', {
  optional: true,
  plausible: PLAUSIBLE.groei,
});

const BETALING_NOTE =
  'betaling "VOORAF" (canon aan het begin van elk jaar, zoals in gemeentelijke erfpachtvoorwaarden, bijv. ' +
  'Middelburg, CVDR83488 [V-ind]): de canons zijn (1 + rekenrente) keer zoveel waard, de terugval van de grond ' +
  'blijft aan het eind van de looptijd. De gelijkwaardigheid NCW = grondwaarde geldt dan bij canonpercentage = ' +
  '(rekenrente − groei) / (1 + rekenrente); bij canonpercentage = rekenrente − groei is de NCW grondwaarde × (1 + ' +
  'rekenrente × (1 − ((1 + groei)/(1 + rekenrente))^looptijd)). Zie docs/methode/conventies.md#erfpacht-canon-vooraf.';

const KASSTROOM_COLUMNS = [EP_LABEL.jaar, EP_LABEL.grondwaarde, EP_LABEL.canonpercentage, EP_LABEL.canon, EP_LABEL.afkoopsom, EP_LABEL.kasstroom] as const;

export const ERFPACHT: FunctionSpec[] = [
  {
    id: 'ERFPACHT.CANON',
    category: CATEGORY,
    description: 'Jaarlijkse erfpachtcanon: grondwaarde × canonpercentage na korting op de grondwaarde en op de canon.',
    params: [
      amount('grondwaarde', 'Grondwaarde (bijv. taxatie, of WOZ × buurtstraatquote in Amsterdam), bedrag ≥ 0.'),
      canonpercentage,
      optionalShare('korting_grondwaarde', 'Korting op de grondwaarde als fractie (Amsterdam overstap: 0,10). Leeg: 0.'),
      optionalShare('korting_canon', 'Korting op de canon als fractie (Amsterdam overstap: 0,25). Leeg: 0.'),
      afrondingCanon,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'canon = grondwaarde × (1 − korting_grondwaarde) × canonpercentage × (1 − korting_canon)',
        'afronding "EURO": de uitkomst op hele euro\'s (half naar boven); alleen de eindcanon wordt afgerond.',
      ],
      notes: [
        'Een positief bedrag per jaar dat de erfpachter betaalt. Standaard onafgerond ' +
          '(docs/methode/tijdwaarde-bbv.md#conventies); rond alleen af als het contract of de publicatie dat doet.',
        'Amsterdam overstap (De Laagbouw) [V]: 12.000 × 0,9 × 2,39% = 258,12 (gepubliceerd €258); × 0,75 = 193,59 (gepubliceerd €194).',
        'Welke kortingen gelden is beleid van de gemeente; GREX kent geen standaardkorting (standaard 0%).',
      ],
      examples: [
        {
          formula: '=GREX.ERFPACHT.CANON(12000,0.0239,0.1,0.25)',
          result: 193.59,
          explanation: 'Amsterdam: 12.000 × 0,9 = 10.800; × 2,39% = 258,12; × 0,75 = 193,59.',
        },
        {
          formula: '=GREX.ERFPACHT.CANON(12000,0.0239,0.1,0.25,"EURO")',
          result: 194,
          explanation: "Dezelfde canon op hele euro's, zoals de publicatie: €194.",
        },
      ],
    },
    sources: [SRC.formules, SRC.amsterdam, SRC.besluit],
    impl: (a) =>
      canon(
        a.number('grondwaarde'),
        a.number('canonpercentage'),
        a.number('korting_grondwaarde'),
        a.number('korting_canon'),
        a.text('afronding') as Afronding,
      ).toNumber(),
  },
  {
    id: 'ERFPACHT.AFKOOPSOM',
    category: CATEGORY,
    description: 'Afkoopsom van de canon: eeuwigdurend (canon / (rekenrente − groei)) of voor een looptijd (groeiende annuïteit).',
    params: [
      amount('canon', 'Canon van het eerste jaar (bedrag ≥ 0).'),
      rekenrente,
      rate('groei', 'Jaarlijkse groei (indexatie) van de canon als fractie. Leeg: 0 (vlakke canon).', {
        optional: true,
        default: 0,
        plausible: PLAUSIBLE.groei,
      }),
      looptijd('Aantal jaren dat wordt afgekocht (1 … 1000). Leeg: eeuwigdurend.', true),
      betaling,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'eeuwigdurend:  afkoopsom = canon / (rekenrente − groei)        (vereist rekenrente > groei)',
        'looptijd n:    afkoopsom = canon / (rekenrente − groei) × [1 − ((1 + groei) / (1 + rekenrente))^n]',
        'rekenrente = groei: afkoopsom = n × canon / (1 + rekenrente)',
        'betaling "VOORAF": × (1 + rekenrente)',
      ],
      notes: [
        'De contante waarde per het begin van jaar 1 van de canons canon, canon × (1+groei), … betaald aan het eind van ' +
          'elk jaar ("ACHTERAF") of aan het begin ("VOORAF").',
        'Amsterdamse conventie (eeuwigdurend): afkoopsom = canon / canonpercentage, dus rekenrente − groei = ' +
          'canonpercentage; met groei 0 geeft rekenrente = canonpercentage dat resultaat.',
        'Amsterdam overstap [V]: 193,59 / 2,39% = 8.100,00 exact; de publicatie rondde de canon eerst af op €194 en ' +
          'kwam zo op €8.117 (194 / 2,39% = 8.117,15).',
        'Een eeuwigdurende afkoop met rekenrente ≤ groei heeft geen eindige waarde en geeft #WAARDE!.',
        'De factor (1 + rekenrente) voor vooraf betalen is een rekenregel zonder geverifieerde bron [R].',
      ],
      examples: [
        { formula: '=GREX.ERFPACHT.AFKOOPSOM(193.59,0.0239)', result: 8100, explanation: 'Amsterdam exact: 193,59 / 0,0239 = 8.100,00.' },
        {
          formula: '=GREX.ERFPACHT.AFKOOPSOM(194,0.0239)',
          result: 8117.154811715481,
          explanation: 'Amsterdam zoals gepubliceerd (canon eerst op €194 afgerond): 8.117,15.',
        },
        {
          formula: '=GREX.ERFPACHT.AFKOOPSOM(1000,0.04,0.02,30)',
          result: 22076.170458551434,
          explanation: '30 jaar, canon 1.000 groeiend met 2%, rekenrente 4%: 1.000 / 0,02 × (1 − (1,02/1,04)^30).',
        },
        { formula: '=GREX.ERFPACHT.AFKOOPSOM(1000,0.04,0.02,,"VOORAF")', result: 52000, explanation: 'Eeuwigdurend, vooraf betaald: 1.000 / 0,02 × 1,04.' },
      ],
    },
    sources: [SRC.formules, SRC.amsterdam, SRC.rotterdam, SRC.betaalmoment, SRC.besluit],
    impl: (a) => afkoopsom(a.number('canon'), a.number('rekenrente'), a.number('groei'), a.optNumber('looptijd'), a.text('betaling') as Betaling).toNumber(),
  },
  {
    id: 'ERFPACHT.INDEXEER',
    category: CATEGORY,
    description: 'Indexeert een canon met een indexverhouding (bijv. CPI nieuw / CPI oud), nooit lager dan de vloer, met optionele afronding.',
    params: [
      amount('canon', 'De geldende canon (bijv. de maandcanon van december van het vorige jaar).'),
      amount('index_nieuw', 'Het nieuwe indexcijfer (B: CPI alle huishoudens, september van het jaar van de basismaand); groter dan 0.', {
        minExclusive: true,
      }),
      amount('index_oud', 'Het oude indexcijfer (C: CPI september van het jaar daarvóór); groter dan 0.', { minExclusive: true }),
      vloer,
      afrondingIndex,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'nieuwe canon = canon × max(vloer, index_nieuw / index_oud)',
        'Grondvermogen: A × B/C, met B/C minstens 1,0, naar boven afgerond op hele centen ("CENT_OMHOOG").',
      ],
      notes: [
        'Grondvermogen [V]: "het bedrag van de maandelijkse canon … is met afronding op hele centen naar boven gelijk ' +
          'aan (A) de maandelijkse canon over december van het voorafgaande jaar, vermenigvuldigd met 1,0 of, indien dat ' +
          'hoger is, met B/C"; B = CPI alle huishoudens (jaar-op-jaar) over september van het jaar van de basismaand, C = ' +
          'over september van het jaar daarvóór.',
        'Vloer 1 (standaard): de canon daalt nooit (Grondvermogen; ook Vlaardingen en RPC: nooit lager dan de vorige of ' +
          'de aanvangscanon). Vloer 0 laat dalingen door.',
        'Afronding is een contractbepaling: standaard onafgerond. "EURO" rondt half naar boven af op hele euro\'s (geen ' +
          'bron; alleen voor contracten die dat voorschrijven).',
      ],
      examples: [
        {
          formula: '=GREX.ERFPACHT.INDEXEER(123.45,102.6,100,,"CENT_OMHOOG")',
          result: 126.66,
          explanation: '123,45 × 1,026 = 126,6597 → naar boven op centen 126,66.',
        },
        {
          formula: '=GREX.ERFPACHT.INDEXEER(123.45,99.5,100)',
          result: 123.45,
          explanation: 'De index daalt (0,995) maar de factor is minstens 1,0: de canon blijft 123,45.',
        },
      ],
    },
    sources: [SRC.grondvermogen, SRC.vlaardingen, SRC.rpc, SRC.besluit],
    impl: (a) =>
      indexCanon(a.number('canon'), indexRatio(a.number('index_nieuw'), a.number('index_oud')), a.number('vloer'), a.text('afronding') as Afronding).toNumber(),
  },
  {
    id: 'ERFPACHT.NCW',
    category: CATEGORY,
    description: 'NCW voor de gemeente van een erfpachtrecht: contante waarde van de canons plus de grond die aan het eind terugvalt.',
    params: [...NCW_PARAMS, grondwaardegroei, betaling],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'canon_t = canonpercentage × grondwaarde × (1 + groei)^(t − 1), betaald aan het eind van jaar t = 1 … looptijd',
        'NCW = Σ canon_t / (1 + rekenrente)^t + grondwaarde × (1 + grondwaardegroei)^looptijd / (1 + rekenrente)^looptijd',
        'Σ canon_t / (1 + k)^t = canonpercentage × grondwaarde × [1 − ((1 + groei)/(1 + k))^looptijd] / (k − groei)   (k = groei: × looptijd / (1 + k))',
      ],
      notes: [
        'Het gezicht van de gemeente, per het begin van jaar 1. Vergelijk met de koopsom bij verkoop: GREX.ERFPACHT.VERGELIJK.',
        'Gelijkwaardigheid [R]: is canonpercentage = rekenrente − groei en groeit de grond met groei, dan is de NCW ' +
          'precies gelijk aan de grondwaarde, bij elke looptijd.',
        'Een eeuwigdurend recht benadert u met een lange looptijd: de terugvalwaarde wordt dan verwaarloosbaar als rekenrente > grondwaardegroei.',
        'Rekenregel zonder geverifieerde primaire bron [R]; de rekenrente en de groei kiest de gemeente.',
        BETALING_NOTE,
      ],
      examples: [
        {
          formula: '=GREX.ERFPACHT.NCW(10800,0.0239,0.02,0.0439,50)',
          result: 10800,
          explanation: 'canonpercentage 2,39% = 4,39% − 2%: canons (7.407,75) + terugval (3.392,25) = de grondwaarde 10.800.',
        },
        {
          formula: '=GREX.ERFPACHT.NCW(100000,0.02,0.02,0.04,50,0)',
          result: 76197.22243626526,
          explanation: 'Canons 62.125,96 + terugval van grond die niet in waarde stijgt 100.000 / 1,04^50 = 14.071,26.',
        },
        {
          formula: '=GREX.ERFPACHT.NCW(200000,0.024,0.02,0.044,50,,"VOORAF")',
          result: 206049.1536904224,
          tolerance: 1e-12,
          explanation: 'Canons vooraf: 200.000 × (1 + 4,4% × (1 − (1,02/1,044)^50)) = 206.049,15; bij betaling achteraf precies 200.000.',
        },
      ],
    },
    sources: [SRC.formules, SRC.besluit],
    impl: (a) => erfpachtValue(erfpachtInput(a)).ncw.toNumber(),
  },
  {
    id: 'ERFPACHT.VERGELIJK',
    category: CATEGORY,
    description: 'Erfpacht tegen verkoop voor de gemeente: NCW erfpacht, koopsom, verschil en het break-even canonpercentage.',
    params: [
      { ...NCW_PARAMS[0], description: 'Grondwaarde bij uitgifte, bedrag > 0.', minExclusive: true },
      ...NCW_PARAMS.slice(1),
      amount('koopsom', 'Koopsom bij verkoop vandaag (plus de contante waarde van eventuele clausules). Leeg: de grondwaarde.', { optional: true }),
      grondwaardegroei,
      betaling,
    ],
    result: { shape: 'row', labels: [EP_LABEL.ncwErfpacht, EP_LABEL.koopsom, EP_LABEL.verschil, EP_LABEL.breakEven] },
    help: {
      formula: [
        'NCW erfpacht = canonpercentage × grondwaarde × F + R   (F en R als bij GREX.ERFPACHT.NCW: F = annuïteitsfactor, R = contante terugvalwaarde)',
        'verschil = NCW erfpacht − koopsom',
        'break-even canonpercentage = (koopsom − R) / (grondwaarde × F)   (exact: de NCW is lineair in het canonpercentage)',
      ],
      notes: [
        'Spilt één rij: NCW erfpacht | koopsom | verschil | break-even canonpercentage. Verschil > 0: erfpacht levert ' +
          'de gemeente meer op dan verkoop tegen de koopsom.',
        'Met koopsom = grondwaarde en grondwaardegroei = groei is het break-even canonpercentage precies rekenrente − ' +
          'groei (betaling achteraf) of (rekenrente − groei) / (1 + rekenrente) (vooraf), bij elke looptijd.',
        'Het break-even percentage kan negatief zijn als de terugvalwaarde alleen al meer waard is dan de koopsom.',
        'Het gezicht van de erfpachter (afkopen of canon betalen tegen zijn eigen financieringsrente) staat in GREX.ERFPACHT.AFKOOPVERGELIJK.',
        'Rekenregel zonder geverifieerde primaire bron [R].',
        BETALING_NOTE,
      ],
      examples: [
        {
          formula: '=GREX.ERFPACHT.VERGELIJK(200000,0.024,0.02,0.044,50,,,"VOORAF")',
          result: 206049.1536904224,
          tolerance: 1e-12,
          explanation: 'Canons vooraf: NCW 206.049,15, verschil 6.049,15, break-even canonpercentage 2,4% / 1,044 = 2,2989%.',
        },
        {
          formula: '=GREX.ERFPACHT.VERGELIJK(100000,0.02,0.02,0.05,50)',
          result: 74490.55025364876,
          explanation: 'Rekenrente 5%: canons 51.018,90 + terugval 23.471,65 = 74.490,55; verschil −25.509,45; break-even 3% (= 5% − 2%).',
        },
        {
          formula: '=GREX.ERFPACHT.VERGELIJK(10800,0.0239,0.02,0.0439,50)',
          result: 10800,
          explanation:
            'Amsterdam overstap, gezicht van de gemeente: bij rekenrente 4,39% en 2% indexatie is erfpacht tegen 2,39% ' +
            'precies evenveel waard als verkoop voor 10.800 (verschil 0, break-even 2,39%). Het gezicht van de erfpachter: GREX.ERFPACHT.AFKOOPVERGELIJK.',
        },
      ],
    },
    sources: [SRC.formules, SRC.besluit],
    impl: (a) => {
      const c = compareWithSale(erfpachtInput(a), a.optNumber('koopsom'));
      return [[c.ncwErfpacht.toNumber(), c.koopsom.toNumber(), c.verschil.toNumber(), c.breakEven.toNumber()]];
    },
  },
  {
    id: 'ERFPACHT.KASSTROOM',
    category: CATEGORY,
    description: 'Canonreeks per jaar met periodieke herziening, indexatie tussen herzieningen en optionele afkoop; voor GREX.NCW.',
    params: [
      {
        name: 'grondwaarde',
        kind: 'series',
        min: 0,
        description: 'Grondwaarde: één getal, of één per herzieningsperiode (de eerste voor de aanvangsperiode).',
      },
      {
        name: 'canonpercentage',
        kind: 'series',
        min: 0,
        minLabel: '0%',
        plausible: PLAUSIBLE.canon,
        description: 'Canonpercentage als fractie: één getal, of één per herzieningsperiode (het laatste blijft gelden).',
      },
      looptijd('Aantal jaren van de reeks (1 … 1000): de looptijd, of de horizon bij eeuwigdurende erfpacht.'),
      {
        name: 'herziening',
        kind: 'integer',
        min: 1,
        optional: true,
        description: 'Om de hoeveel jaar de canon opnieuw wordt vastgesteld (Den Haag: 5; Rotterdam voortdurend: 50). Leeg: geen herziening.',
      },
      rate('grondwaardegroei', 'Jaarlijkse groei van de grondwaarde na de laatst opgegeven grondwaarde. Leeg: 0.', {
        optional: true,
        default: 0,
        plausible: PLAUSIBLE.groei,
      }),
      {
        name: 'indexatie',
        kind: 'series',
        min: -1,
        minExclusive: true,
        minLabel: '-100%',
        plausible: PLAUSIBLE.groei,
        optional: true,
        description: 'Jaarlijkse indexatie van de canon tussen herzieningen: één getal of een reeks vanaf het startjaar (de laatste blijft gelden). Leeg: 0.',
      },
      { name: 'startjaar', kind: 'year', optional: true, description: 'Kalenderjaar van het eerste contractjaar. Leeg: jaren 1, 2, …' },
      {
        name: 'afkoopjaar',
        kind: 'integer',
        optional: true,
        description: 'Jaar waarin de canon wordt afgekocht (een jaar binnen de looptijd; kalenderjaar als het startjaar is opgegeven). Leeg: geen afkoop.',
      },
      rate('rekenrente', 'Rekenrente voor de afkoopsom als fractie; verplicht met een afkoopjaar.', { optional: true, plausible: PLAUSIBLE.rente }),
      vloer,
      afrondingIndex,
      {
        name: 'niet_lager_bij_herziening',
        kind: 'boolean',
        default: false,
        optional: true,
        description: 'WAAR: een herziene canon is nooit lager dan de canon van het jaar ervóór (Vlaardingen). Standaard ONWAAR.',
      },
      { name: 'kopregel', kind: 'boolean', default: false, optional: true, description: 'WAAR: een kopregel met kolomnamen boven de jaren. Standaard ONWAAR.' },
      {
        ...betaling,
        description:
          'Betaalmoment van de canon: "ACHTERAF" (31-12, standaard) of "VOORAF" (1-1). Bij "VOORAF" staat elke rij bij het ' +
          'jaar waarin de betaling als jaareinde valt (de canon van 1-1-2025 in de rij 2024).',
      },
    ],
    result: { shape: 'table', columns: KASSTROOM_COLUMNS },
    help: {
      formula: [
        'periode p = ⌊(jaar − startjaar) / herziening⌋;  G_p = grondwaarde[p], na de laatst opgegeven waarde G_L × (1 + ' +
          'grondwaardegroei)^((p − L) × herziening)',
        'eerste jaar van een periode:  canon = afronding(G_p × canonpercentage_p)   (niet_lager_bij_herziening: minstens de canon van het jaar ervóór)',
        'overige jaren:                canon_t = afronding(canon_(t−1) × max(vloer, 1 + indexatie_(t−1)))',
        'afkoop in jaar A:  afkoopsom = Σ_(t ≥ A) canon_t / (1 + rekenrente)^(t − A); de canons vanaf jaar A vervallen',
        'kasstroom = canon + afkoopsom',
      ],
      notes: [
        'Spilt één rij per jaar: jaar | grondwaarde | canonpercentage | canon | afkoopsom | kasstroom. Geef de kolom ' +
          'kasstroom (of canon) aan GREX.NCW, bijv. met KIEZEN.KOLOM/CHOOSECOLS(…;6).',
        'Canons vallen aan het eind van het jaar (timing "eind"). De afkoopsom is de waarde van de vervallen canons op ' +
          'het moment dat de canon van jaar A zou vallen; daardoor is GREX.NCW van de kasstroom tegen de rekenrente ' +
          'gelijk met en zonder afkoop (ook bij timing "begin").',
        'Den Haag [V]: herziening 5 jaar uit de dan geldende grondwaarde en canonrente; geef de canonpercentages per ' +
          'periode op. Rotterdam voortdurende erfpacht: herziening 50. Een eeuwigdurend Amsterdams recht (AB 2016, geen ' +
          'herziening) legt u uit over een horizon; de afkoopsom telt dan alleen canons binnen de horizon — voor de ' +
          'eeuwigdurende afkoop: GREX.ERFPACHT.AFKOOPSOM.',
        'Indexatie: een canon die in jaar s is vastgesteld, stijgt vanaf jaar s + 1 ' +
          '(docs/methode/erfpacht.md#indexering-en-herziening). Vloer 1 (standaard): de indexfactor is minstens 1 ' +
          '(Grondvermogen). Een herziene canon mag lager zijn dan de vorige, tenzij niet_lager_bij_herziening = WAAR ' +
          '(Vlaardingen 2023: nieuwe canon nooit lager dan de laatste canon [V]).',
        'Afronding ("CENT_OMHOOG", "EURO") geldt voor elke canon afzonderlijk; de volgende indexatie gaat uit van de afgeronde canon, zoals in contracten.',
        'Na het afkoopjaar blijven de rijen staan met canon 0, zodat het raster gelijk blijft als u het afkoopjaar ' +
          'verandert. Zonder afkoopjaar wordt de rekenrente niet gebruikt.',
        'Grondwaarden of canonpercentages voorbij de laatste herzieningsperiode binnen de looptijd worden niet gebruikt.',
        'De terugval van de grond aan het eind van de looptijd staat niet in de reeks; die telt GREX.ERFPACHT.NCW mee.',
        'Canons vooraf (betaling "VOORAF", als bij GREX.ERFPACHT.NCW en .VERGELIJK): de bedragen zijn dezelfde, alleen ' +
          'het moment verschuift naar 1 januari, het einde van het jaar ervóór. De kolom jaar geeft dat jaar, zodat de ' +
          'kasstroom met de standaardtiming "eind" in GREX.NCW of een grondexploitatie past: GREX.NCW(r; kasstroom; ' +
          'startjaar − 1; startjaar) is dan de contante waarde per 1-1 van het startjaar met de eerste canon onverdisconteerd, ' +
          'zoals GREX.ERFPACHT.NCW met "VOORAF" die telt (docs/methode/conventies.md#erfpacht-canon-vooraf).',
        'Signatuur en de waardering van de afkoopsom zijn een keuze van GREX (docs/methode/erfpacht.md#productkeuzes); ' +
          'de afkoop als NCW van de toekomstige canons volgt de Amsterdamse overstap [V].',
      ],
      examples: [
        {
          formula: '=GREX.ERFPACHT.KASSTROOM(100000,0.02,20,5,0.03,,2025)',
          result: 2025,
          explanation:
            'Den Haag-achtig: herziening elke 5 jaar, grond +3% per jaar. Canon 2.000 in 2025–2029, 2.318,55 in 2030–2034 ' +
            '(100.000 × 1,03^5 × 2%), 2.687,83 vanaf 2035, 3.115,93 vanaf 2040.',
        },
        {
          formula: '=GREX.ERFPACHT.KASSTROOM(100000,{0.02,0.025},10,5,0,0.02,2025,2032,0.04,,,,TRUE)',
          result: EP_LABEL.jaar,
          explanation: 'Met kopregel; indexatie 2% tussen herzieningen, 2,5% vanaf 2030, afkoop in 2032 tegen 4%.',
        },
      ],
    },
    sources: [SRC.denHaag, SRC.rotterdam, SRC.grondvermogen, SRC.vlaardingen, SRC.afkoopNcw, SRC.eigen],
    impl: (a) => {
      const start = a.optNumber('startjaar') ?? 1;
      const idx = a.optSeries('indexatie');
      const rows = canonSchedule({
        grondwaarden: a.series('grondwaarde'),
        canonpercentages: a.series('canonpercentage'),
        looptijd: a.number('looptijd'),
        herziening: a.optNumber('herziening'),
        grondwaardegroei: a.number('grondwaardegroei'),
        indexatie: idx ? IndexCurve.perYear(start, idx, 'indexatie') : undefined,
        startjaar: start,
        afkoopjaar: a.optNumber('afkoopjaar'),
        rekenrente: a.optNumber('rekenrente'),
        vloer: a.number('vloer'),
        afronding: a.text('afronding') as Afronding,
        nietLagerBijHerziening: a.bool('niet_lager_bij_herziening'),
      });
      // Paid in advance, the canon of 1-1-t is a year-end flow of t − 1: the row says when it falls (the amounts are the same).
      const shift = (a.text('betaling') as Betaling) === 'VOORAF' ? 1 : 0;
      const out = rows.map((r) => [
        r.jaar - shift,
        r.grondwaarde.toNumber(),
        r.canonpercentage.toNumber(),
        r.canon.toNumber(),
        r.afkoopsom.toNumber(),
        r.kasstroom.toNumber(),
      ]);
      return a.bool('kopregel') ? [[...KASSTROOM_COLUMNS], ...out] : out;
    },
  },
  {
    id: 'ERFPACHT.AFKOOPVERGELIJK',
    category: CATEGORY,
    description: 'Gezicht van de erfpachter: afkoopsom tegen de contante waarde van de canons tegen de eigen financieringsrente, en het terugverdienjaar.',
    params: [
      amount('canon', 'Canon van het eerste jaar (bedrag > 0).', { minExclusive: true }),
      amount('afkoopsom', 'De afkoopsom die de gemeente vraagt (bijv. GREX.ERFPACHT.AFKOOPSOM), bedrag > 0.', { minExclusive: true }),
      rate('financieringsrente', 'Rente waartegen de erfpachter de afkoopsom financiert (of zijn rendement elders), als fractie.', {
        plausible: PLAUSIBLE.rente,
      }),
      rate('groei', 'Jaarlijkse groei (indexatie) van de canon als fractie. Leeg: 0.', { optional: true, default: 0, plausible: PLAUSIBLE.groei }),
      looptijd('Resterende looptijd in jaren (1 … 1000). Leeg: eeuwigdurend.', true),
      betaling,
      {
        name: 'startjaar',
        kind: 'year',
        optional: true,
        description: 'Kalenderjaar van het eerste jaar: het terugverdienjaar wordt dan een kalenderjaar. Leeg: jaar 1, 2, …',
      },
    ],
    result: { shape: 'row', labels: [EP_LABEL.ncwCanons, EP_LABEL.afkoopsom, EP_LABEL.voordeelAfkopen, EP_LABEL.terugverdienjaar] },
    help: {
      formula: [
        'NCW canons = GREX.ERFPACHT.AFKOOPSOM(canon, financieringsrente, groei, looptijd, betaling)',
        'voordeel afkopen = NCW canons − afkoopsom',
        'terugverdienjaar = het eerste jaar m met NCW(canons van jaar 1 … m) ≥ afkoopsom',
      ],
      notes: [
        'Spilt één rij: NCW canons | afkoopsom | voordeel afkopen | terugverdienjaar. Voordeel > 0: afkopen is voor de ' +
          'erfpachter goedkoper dan de canon blijven betalen.',
        'Het terugverdienjaar is het jaar waarin een lening tegen de financieringsrente voor de afkoopsom met de ' +
          'uitgespaarde canons is afgelost (verdisconteerde terugverdientijd). Komt dat niet binnen de looptijd, dan ' +
          'staat er "niet binnen de looptijd (n jaar)"; eeuwigdurend en nooit: "nooit".',
        'Twee gezichten, één voorbeeld (Amsterdam overstap, canon 193,59, 2% indexatie per jaar). De gemeente: ' +
          'eeuwigdurende afkoop = canon / canonpercentage = 193,59 / 2,39% = 8.100, de NCW van de canons bij rekenrente − ' +
          'groei = 2,39%, bijv. =GREX.ERFPACHT.AFKOOPSOM(193,59;0,0439;0,02) = 8.100 (en GREX.ERFPACHT.NCW met ' +
          'canonpercentage = rekenrente − groei geeft precies de grondwaarde 10.800). De erfpachter die tegen 4% ' +
          'financiert, waardeert dezelfde canons op 193,59 / (4% − 2%) = 9.679,50: afkopen levert hem 1.579,50 op en is ' +
          'in jaar 94 terugverdiend. Financiert hij tegen 5%, dan zijn de canons 193,59 / 3% = 6.453 waard en loont afkopen nooit.',
        'Het terugverdienjaar als maatstaf is een keuze van GREX (docs/methode/erfpacht.md#productkeuzes), geen ' +
          'voorgeschreven regel; de afkoopformules zijn die van docs/methode/erfpacht.md#formules [R].',
      ],
      examples: [
        {
          formula: '=GREX.ERFPACHT.AFKOOPVERGELIJK(193.59,8100,0.04,0.02)',
          result: 9679.5,
          explanation: 'Spilt 9.679,50 | 8.100 | 1.579,50 | 94: afkopen loont en is in jaar 94 terugverdiend.',
        },
        {
          formula: '=GREX.ERFPACHT.AFKOOPVERGELIJK(193.59,8100,0.05,0.02)',
          result: 6453,
          explanation: 'Tegen 5% zijn de canons 193,59 / 0,03 = 6.453 waard: voordeel −1.647, terugverdienjaar "nooit".',
        },
      ],
    },
    sources: [SRC.formules, SRC.amsterdam, SRC.afkoopNcw, SRC.eigen],
    impl: (a) => {
      const n = a.optNumber('looptijd');
      const v = buyerView(a.number('canon'), a.number('afkoopsom'), a.number('financieringsrente'), a.number('groei'), n, a.text('betaling') as Betaling);
      const year =
        v.terugverdienjaar === undefined
          ? n === undefined
            ? EP_LABEL.nooit
            : EP_LABEL.nietBinnenLooptijd(n)
          : v.terugverdienjaar - 1 + (a.optNumber('startjaar') ?? 1);
      return [[v.ncwCanons.toNumber(), v.afkoopsom.toNumber(), v.voordeel.toNumber(), year]];
    },
  },
];
