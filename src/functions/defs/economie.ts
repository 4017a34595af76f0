/**
 * Ruimte voor economie: GREX.WERKLOCATIES.BALANS, .VRAAG, .RUIMTEWINST,
 * GREX.COMPENSATIE, GREX.AFBOUWTERMIJN, GREX.HERVERKAVELING,
 * GREX.VERPLAATSING.VRIJKOMENDEGROND and GREX.SCHUIFRUIMTE.KETEN.
 * Method, conventions and sources: docs/methode/economie.md.
 */
import { dec, invalid, MSG, YearlySeries, type Dec } from '../../core';
import {
  AFBOUW_VORMEN,
  afbouwtermijn,
  BALANS_COLUMNS,
  compensatie,
  COMPENSATIE_COLUMNS,
  EC_LABEL,
  EC_MSG,
  herverkaveling,
  HERVERKAVELING_COLUMNS,
  ketenOnrendabeleTop,
  ruimtewinst,
  vraagUitBanen,
  VRIJKOMEND_COLUMNS,
  vrijkomendeGrond,
  werklocatiesBalans,
  WIJZEN,
  type AfbouwVorm,
  type FreedArea,
  type Wijze,
} from '../../core/economie';
import { shapeLike, type Args } from '../args';
import { cite } from '../sources';
import type { FunctionSpec, LabelledParam, NumberParam, Result, RowsParam, SeriesParam, Source } from '../types';
import { amount, amounts, peiljaar, PLAUSIBLE, rate, share, startjaar, timing, timingOf, yearsOf, SRC as COMMON } from './common';

const CATEGORY = 'Ruimte voor economie' as const;
const DOC = 'docs/methode/economie.md';

const S = {
  ibis: cite('ibis-netto-uitgegeven', 'IBIS: nog uitgeefbaar = netto − reeds uitgegeven'),
  plancapaciteit: cite('rsopen-plancapaciteit', 'Harde en zachte plancapaciteit naar deskundig oordeel (RSopen)'),
  pbl: cite('pbl-2012-bedrijventerreinen', 'PBL 2012: terreinquotiënt = banen per ha; geen stabiel verband tussen banen en ruimtegebruik'),
  utrecht: cite('utrecht-ppww-2021', 'Provincie Utrecht, PPWW 2021: 20–30% ruimtewinst = 68 tot 101 ha (documentspiegel)'),
  rev: cite('anp-2025-ruimtelijk-economische-visie', 'Ruimtelijk-economische visie 2025: ruimte die verdwijnt komt elders terug; schuifruimte (ANP)'),
  voortgang: cite('tk-2025-voortgang-rve', 'Kamerbrief Voortgang programma Ruimte voor Economie, 17-11-2025'),
  zuidHolland: cite(
    'stedplan-compensatieplan',
    'Zuid-Holland: regionale compensatie bij transformatie van watergebonden of HMC-terrein (cat. 3+); MRDH-rekenmethodiek in ontwikkeling',
  ),
  standaard: cite(
    'methode-economie-standaardwaarden',
    'Standaardwaarden passen niets aan (realisatiekans 100%, schuifruimte 0); geen bronnorm voor realisatiekans of schuifruimte',
  ),
  terreinquotient: cite('methode-economie-terreinquotient', 'Terreinquotiënt en banenprognose uit de eigen raming; GREX levert geen normgetallen'),
  perSegment: cite('methode-economie-per-segment', 'Compensatie per segment: een overschot in het ene segment dekt geen tekort in een ander'),
  compensatieFactor: cite('methode-economie-compensatiefactor', 'Compensatiefactor: geen gepubliceerde rekenregel; standaard 1'),
  uitsterf: cite('skbn-minimale-milieucategorie', 'Zuid-Holland: uitsterfregeling voor zittende bedrijven bij een minimale milieucategorie (SKBN)'),
  afbouwBesluit: cite('methode-economie-afbouwtermijn', 'Contante waarde na een afbouwtermijn: productbesluit; geen rechtspraak met een rekenregel gevonden'),
  kavelruil: cite('stadszaken-stedelijke-kavelruil', 'Stedelijke kavelruil: vrijwillig; geen partij wordt slechter (Stadszaken)'),
  kavelruilDefinitie: cite(
    'gebiedsontwikkeling-herverkavelen',
    'Stedelijke kavelruil: samenvoegen, herverkavelen, verdelen; ook geldinbreng (Gebiedsontwikkeling.nu)',
  ),
  herverkaveling: cite('pelsrijcken-herverkaveling', 'Herverkaveling (Omgevingswet): dwingend, provincie, landelijk gebied (Pels Rijcken)'),
  afronding: cite('methode-economie-afronding', 'Verrekening in centen, som precies 0 (grootste resten): productbesluit'),
  wijze: cite('methode-economie-wijze', 'Bijdrage aan de businesscase per wijze van verzilveren: productbesluit'),
  ow1315: cite('ow-13-15', 'Ow 13.15: waardevermeerdering als plafond van kostenverhaal'),
  oss: cite('methode-economie-achtergebleven-grond', 'Waardestijging achtergebleven grond in de businesscase (Oss): bron niet teruggevonden'),
  keten: cite('methode-economie-keten', 'Schuifruimteketen in stappen: geen bron schrijft een methode voor'),
  otDefinitie: cite('methode-verplaatsing-ot', 'Onrendabele top = NCW(kosten) − NCW(opbrengsten): niet in een primaire bron gelezen'),
} satisfies Record<string, Source>;

// ---------------------------------------------------------------------------
// Argument helpers

/** A series that must have exactly `n` values. */
function perSegment(a: Args, name: string, n: number, other: string): number[] | undefined {
  const v = a.optSeries(name);
  if (v && v.length !== n) throw invalid(name, EC_MSG.sameRows(other, n), v);
  return v;
}

/** A series of one value (for every segment) or `n` values (one each). */
function oneOrEach(a: Args, name: string, n: number, fallback: number): number[] {
  const v = a.optSeries(name);
  if (!v) return Array(n).fill(fallback);
  if (v.length === 1) return Array(n).fill(v[0]);
  if (v.length !== n) throw invalid(name, EC_MSG.oneOrAll(n), v);
  return v;
}

const n = (x: Dec) => x.toNumber();

const nonNegativeSeries = (name: string, description: string, extra: Partial<SeriesParam> = {}): SeriesParam =>
  amounts(name, description, { min: 0, ...extra });

const labelledTable = (name: string, description: string): LabelledParam => ({
  name,
  kind: 'labelled',
  maxCells: 2000,
  nonNegative: true,
  // the first column is the label, also when it is a number (milieucategorie 3.1)
  numberLabels: true,
  shape: EC_MSG.labelledShape,
  description,
});

/** gebieden = rows of {omschrijving, m², waarde vóór/m², waarde na/m², kosten, aandeel, [wijze]}. */
const amountColumn = (name: string, description: string): NumberParam => ({ name, kind: 'number', min: 0, default: 0, description });
const gebiedenParam: RowsParam = {
  name: 'gebieden',
  kind: 'rows',
  maxCells: 2000,
  minColumns: 6,
  shape: EC_MSG.gebiedenShape,
  description:
    'Eén rij per gebied: omschrijving, m² (uit uw GIS), waarde vóór per m², waarde na per m², kosten gereedmaken ' +
    '(euro), aandeel gemeente (fractie), [wijze: "VERWORVEN", "EIGEN", "KOSTENVERHAAL" of "BIJDRAGE"].',
  columns: [
    { name: 'omschrijving', kind: 'text', optional: true, description: 'Naam van het gebied (leeg: gebied 1, 2, …).' },
    amountColumn('m2', 'Oppervlakte in m² (uit uw GIS), 0 of meer.'),
    amountColumn('waarde_voor', 'Waarde per m² vóór de bestemmingswijziging in euro, 0 of meer.'),
    amountColumn('waarde_na', 'Waarde per m² na de bestemmingswijziging in euro, 0 of meer.'),
    amountColumn('kosten', 'Kosten van het gereedmaken van het gebied in euro, 0 of meer.'),
    { name: 'aandeel', kind: 'number', min: 0, max: 1, maxLabel: '100%', default: 0, description: 'Deel dat de gemeente kan verzilveren (0–100%).' },
    {
      name: 'wijze',
      kind: 'enum',
      values: WIJZEN,
      default: 'EIGEN',
      rule: EC_MSG.wijze(WIJZEN),
      description: 'Hoe de gemeente de waardestijging verzilvert: "VERWORVEN", "EIGEN" (standaard), "KOSTENVERHAAL" of "BIJDRAGE".',
    },
  ],
};

function areasOf(a: Args): FreedArea[] {
  return a.rows('gebieden').map((r, i) => ({
    label: r.optText('omschrijving')?.trim() || EC_LABEL.gebied(i + 1),
    m2: r.number('m2'),
    waardeVoor: r.number('waarde_voor'),
    waardeNa: r.number('waarde_na'),
    kosten: r.number('kosten'),
    aandeel: r.number('aandeel'),
    wijze: r.text('wijze') as Wijze,
  }));
}

// ---------------------------------------------------------------------------

export const ECONOMIE: FunctionSpec[] = [
  {
    id: 'WERKLOCATIES.BALANS',
    category: CATEGORY,
    description:
      'Balans van vraag en aanbod van werklocaties per segment (ha): harde en zachte plancapaciteit, schuifruimte, ' +
      'transformatie, intensivering en saldo, met een totaalrij.',
    params: [
      labelledTable(
        'vraag',
        'Ruimtevraag per segment in ha netto: één kolom getallen, of twee kolommen (segment, ha), bijv. per milieucategorie of werkmilieu.',
      ),
      nonNegativeSeries(
        'aanbod_hard',
        'Harde plancapaciteit per segment in ha (nog uitgeefbaar = netto − reeds uitgegeven, IBIS), in dezelfde volgorde als vraag.',
      ),
      nonNegativeSeries('aanbod_zacht', 'Zachte plancapaciteit per segment in ha (plannen zonder vastgesteld omgevingsplan), in dezelfde volgorde als vraag.'),
      nonNegativeSeries(
        'realisatiekans',
        'Kans dat de zachte capaciteit wordt gerealiseerd, als fractie: één waarde voor alle segmenten of één per ' +
          'segment. Leeg: 100% (de zachte capaciteit telt zoals ingevuld).',
        { optional: true, max: 1, maxLabel: '100%', plausible: PLAUSIBLE.aandeel },
      ),
      nonNegativeSeries('schuifruimte', 'Benodigde schuifruimte als fractie van de vraag: één waarde of één per segment. Leeg: 0.', {
        optional: true,
        plausible: PLAUSIBLE.aandeel,
      }),
      nonNegativeSeries('transformatie', 'Ha werklocatie die per segment naar een andere functie gaat (wonen, gemengd). Leeg: 0.', { optional: true }),
      nonNegativeSeries('intensivering', 'Ruimtewinst per segment in ha door intensivering of herstructurering (zie GREX.WERKLOCATIES.RUIMTEWINST). Leeg: 0.', {
        optional: true,
      }),
    ],
    result: { shape: 'table', columns: BALANS_COLUMNS },
    help: {
      formula: [
        'zacht × kans = aanbod_zacht × realisatiekans;  schuifruimte (ha) = vraag × schuifruimte',
        'saldo = aanbod_hard + aanbod_zacht × realisatiekans + intensivering − transformatie − vraag − vraag × schuifruimte',
        'Totaal = som van de segmentrijen, per kolom (ook het saldo)',
      ],
      notes: [
        'Spilt één rij per segment en een rij "Totaal"; ha netto. Negatief saldo = tekort.',
        'Aanbod naar IBIS: nog uitgeefbaar = netto − reeds uitgegeven; hard of zacht naar eigen deskundig oordeel. ' +
          'Vraag uit een behoefteraming of met GREX.WERKLOCATIES.VRAAG (terreinquotiënt, een indicatie).',
        'Realisatiekans en schuifruimte hebben geen bronnorm [R]; de standaard (100% en 0) past niets aan. Een ' +
          'overschot in het ene segment dekt geen tekort in een ander: lees de segmentrijen. Compensatie: GREX.COMPENSATIE.',
        `Methode en bronnen: ${DOC}#balans`,
      ],
      examples: [
        {
          formula: '=GREX.WERKLOCATIES.BALANS({"cat. 1-2",20;"cat. 3",35;"cat. 4+",15},{10,20,5},{8,10,10},0.5,0.1,{5,0,0},{2,3,0})',
          result: 'cat. 1-2',
          explanation:
            'Saldo cat. 1-2: 10 + 8 × 0,5 + 2 − 5 − 20 − 2 = −11 ha; cat. 3: 20 + 5 + 3 − 35 − 3,5 = −10,5; cat. 4+: 5 + 5 ' +
            '− 15 − 1,5 = −6,5; Totaal −28 ha (tekort).',
        },
      ],
    },
    sources: [S.ibis, S.plancapaciteit, S.pbl, S.voortgang, S.rev, S.standaard],
    impl: (a) => {
      const vraag = a.labelled('vraag', EC_LABEL.segment);
      const k = vraag.length;
      const hard = perSegment(a, 'aanbod_hard', k, 'vraag')!;
      const zacht = perSegment(a, 'aanbod_zacht', k, 'vraag')!;
      const kans = oneOrEach(a, 'realisatiekans', k, 1);
      const schuif = oneOrEach(a, 'schuifruimte', k, 0);
      const trans = perSegment(a, 'transformatie', k, 'vraag');
      const intens = perSegment(a, 'intensivering', k, 'vraag');
      const rows = werklocatiesBalans(
        vraag.map((s, i) => ({
          label: s.label,
          vraag: s.value,
          hard: hard[i],
          zacht: zacht[i],
          realisatiekans: kans[i],
          schuifruimte: schuif[i],
          transformatie: trans?.[i] ?? 0,
          intensivering: intens?.[i] ?? 0,
        })),
        EC_LABEL.totaal,
      );
      return rows.map((r) => [r.label, n(r.vraag), n(r.hard), n(r.zachtGewogen), n(r.schuifruimte), n(r.transformatie), n(r.intensivering), n(r.saldo)]);
    },
  },
  {
    id: 'WERKLOCATIES.VRAAG',
    category: CATEGORY,
    description: 'Ruimtevraag in ha netto per sector met de terreinquotiëntmethode: groei van het aantal banen × m² kavel per baan / 10.000.',
    params: [
      amounts('banengroei', 'Groei van het aantal banen per sector (of segment) in de planperiode; krimp als negatief getal.'),
      amounts(
        'm2_per_baan',
        'Netto m² kavel per baan: één waarde voor alle sectoren of één per sector (het omgekeerde van de ' +
          'terreinquotiënt banen per ha). Een lege cel of 0: die sector vraagt geen kavel.',
        { min: 0, minLabel: '0 m²' },
      ),
    ],
    result: { shape: 'like', param: 'banengroei' },
    help: {
      formula: ['vraag (ha) = banengroei × m2_per_baan / 10.000', 'm2_per_baan = 10.000 / terreinquotiënt (banen per ha)'],
      notes: [
        'Spilt in de vorm van banengroei, één waarde per sector in ha.',
        'Terreinquotiënt en banenprognose komen uit uw eigen raming; GREX levert geen normgetallen [R]. PBL vond geen ' +
          'stabiel verband tussen banen en ruimtegebruik: een indicatie naast een behoefteraming.',
        `Methode en bronnen: ${DOC}#vraag`,
      ],
      examples: [
        {
          formula: '=GREX.WERKLOCATIES.VRAAG({400,250,-50},{250,1000,400})',
          result: 10,
          explanation: 'Spilt 10 | 25 | −2 ha: 400 banen × 250 m² = 10 ha; 250 × 1.000 m² = 25 ha; een krimp van 50 banen × 400 m² = −2 ha.',
        },
      ],
    },
    sources: [S.pbl, S.terreinquotient],
    impl: (a) => {
      const banen = a.series('banengroei');
      const m2 = oneOrEach(a, 'm2_per_baan', banen.length, 0);
      return shapeLike(
        banen.map((b, i) => vraagUitBanen(b, m2[i]).toNumber()),
        a.orientation('banengroei'),
      );
    },
  },
  {
    id: 'WERKLOCATIES.RUIMTEWINST',
    category: CATEGORY,
    description: 'Ruimtewinst in ha door intensivering of herstructurering van bestaand terrein: areaal × ruimtewinstpercentage.',
    params: [
      amount('areaal', 'Areaal bestaand (en nieuw) bedrijventerrein waarop de ruimtewinst wordt gehaald, in ha netto.'),
      share('percentage', 'Ruimtewinst als fractie van het areaal (20% = 0,2).', { plausible: PLAUSIBLE.aandeel }),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['ruimtewinst (ha) = areaal × percentage'],
      notes: [
        'Utrecht (PPWW 2021): 20–30% ruimtewinst = 68 tot 101 ha, een areaal van ongeveer 340 ha (30% × 340 = 102, ' +
          'gepubliceerd 101). Vul de uitkomst in als intensivering in GREX.WERKLOCATIES.BALANS.',
        `Methode en bronnen: ${DOC}#ruimtewinst`,
      ],
      examples: [
        { formula: '=GREX.WERKLOCATIES.RUIMTEWINST(340,0.2)', result: 68, explanation: 'Utrecht, ondergrens: 20% van ongeveer 340 ha = 68 ha.' },
        {
          formula: '=GREX.WERKLOCATIES.RUIMTEWINST(340,0.3)',
          result: 102,
          explanation: 'Utrecht, bovengrens: 30% van 340 ha = 102 ha; de provincie publiceert 101 ha (een areaal van ca. 337 ha, afgerond "ongeveer 340").',
        },
      ],
    },
    sources: [S.utrecht],
    impl: (a) => ruimtewinst(a.number('areaal'), a.number('percentage')).toNumber(),
  },
  {
    id: 'COMPENSATIE',
    category: CATEGORY,
    description:
      'Toets per segment of getransformeerde werklocatie elders wordt gecompenseerd ("m² werk blijft minimaal gelijk"): vereist, erbij, verschil en oordeel.',
    params: [
      labelledTable('weg', 'Ha werklocatie die per segment verdwijnt door transformatie: één kolom getallen, of twee kolommen (segment, ha).'),
      nonNegativeSeries(
        'erbij',
        'Ha werklocatie die per segment als compensatie bijkomt (nieuw terrein, herstructurering, intensivering, meerlaags), in dezelfde volgorde als weg.',
      ),
      amount(
        'factor',
        'Ha compensatie vereist per ha die verdwijnt. Standaard 1 ("blijft minimaal gelijk"); een provincie of regio kan een andere verhouding vragen.',
        { default: 1 },
      ),
    ],
    result: { shape: 'table', columns: COMPENSATIE_COLUMNS },
    help: {
      formula: [
        'vereist = weg × factor;  verschil = erbij − vereist',
        'oordeel = "gecompenseerd" als verschil ≥ 0, anders "tekort"',
        'Totaal: som per kolom; oordeel "gecompenseerd" alleen als elk segment gecompenseerd is',
      ],
      notes: [
        'Spilt één rij per segment en een rij "Totaal". Zuid-Holland vraagt regionale compensatie bij transformatie van ' +
          'watergebonden of HMC-terrein (cat. 3+), dus per soort terrein: een overschot elders telt niet.',
        'De MRDH-rekenmethodiek is niet gepubliceerd gevonden; de factor is daarom een parameter [R], standaard 1.',
        `Methode en bronnen: ${DOC}#compensatie`,
      ],
      examples: [
        {
          formula: '=GREX.COMPENSATIE({"HMC (cat. 3+)",12;"watergebonden",4;"gemengd",6},{10,5,8})',
          result: 'HMC (cat. 3+)',
          explanation:
            'HMC: 10 − 12 = −2 ha (tekort); watergebonden: 5 − 4 = +1 (gecompenseerd); gemengd: +2. Totaal verschil +1 ha, ' +
            'maar oordeel "tekort" omdat HMC tekortkomt.',
        },
      ],
    },
    sources: [S.zuidHolland, S.perSegment, S.compensatieFactor, S.rev],
    impl: (a) => {
      const weg = a.labelled('weg', EC_LABEL.segment);
      const erbij = perSegment(a, 'erbij', weg.length, 'weg')!;
      return compensatie(
        weg.map((w, i) => ({ label: w.label, weg: w.value, erbij: erbij[i] })),
        a.number('factor'),
        EC_LABEL.totaal,
      ).map((r) => [r.label, n(r.weg), n(r.vereist), n(r.erbij), n(r.verschil), r.gecompenseerd ? EC_LABEL.gecompenseerd : EC_LABEL.tekort]);
    },
  },
  {
    id: 'AFBOUWTERMIJN',
    category: CATEGORY,
    description: 'Contante waarde van een verlies dat pas na een afbouwtermijn (uitsterfregeling) ingaat: eenmalig waardeverlies of jaarlijks inkomensverlies.',
    params: [
      amount(
        'schade',
        'Het verlies zonder afbouwtermijn: bij "WAARDE" het eenmalige waardeverlies in euro, bij "INKOMEN" het jaarlijkse inkomensverlies in euro per jaar.',
      ),
      amount('termijn', 'Afbouwtermijn in jaren (0 = het verlies gaat direct in); gebroken jaren toegestaan.', { max: 1000 }),
      rate('rekenrente', 'Rekenrente als fractie (bijv. 0,04), ten minste 0%.', { min: 0, minLabel: '0%', plausible: PLAUSIBLE.rente }),
      {
        name: 'vorm',
        kind: 'enum',
        values: AFBOUW_VORMEN,
        default: 'WAARDE',
        description: '"WAARDE" (eenmalig waardeverlies aan het eind van de termijn, standaard) of "INKOMEN" (jaarlijks verlies vanaf jaar termijn + 1).',
      },
      {
        name: 'horizon',
        kind: 'integer',
        optional: true,
        min: 1,
        max: 1000,
        description: 'Alleen bij "INKOMEN": het aantal jaren dat het inkomen wegvalt. Leeg: eeuwigdurend (vraagt een rekenrente > 0).',
      },
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'WAARDE:  schade / (1 + rekenrente)^termijn',
        'INKOMEN, eeuwigdurend:  (schade / rekenrente) × (1 + rekenrente)^−termijn',
        'INKOMEN, horizon H:  schade × (1 − (1 + rekenrente)^−H) / rekenrente × (1 + rekenrente)^−termijn  (bij rekenrente 0: schade × H)',
      ],
      notes: [
        'Termijn 0 = het verlies zonder afbouw; bij een positieve rekenrente daalt de uitkomst met elk jaar termijn.',
        'Productbesluit van GREX, geen rekenregel uit wet of rechtspraak [R]. Of een redelijke afbouwtermijn ' +
          '(uitsterfregeling) de schade wegneemt of voorzienbaar maakt, beslist de rechter per geval; de functie rekent ' +
          'alleen de contante waarde van wat overblijft.',
        `Methode en bronnen: ${DOC}#afbouwtermijn`,
      ],
      examples: [
        {
          formula: '=GREX.AFBOUWTERMIJN(1000000,10,0.04)',
          result: 675564.1688257989,
          tolerance: 1e-12,
          explanation: '1.000.000 / 1,04^10: een waardeverlies dat pas na 10 jaar afbouw ingaat.',
        },
        {
          formula: '=GREX.AFBOUWTERMIJN(50000,5,0.04,"INKOMEN")',
          result: 1027408.8834491897,
          tolerance: 1e-12,
          explanation: '(50.000 / 0,04) × 1,04^−5: eeuwigdurend inkomensverlies vanaf jaar 6.',
        },
      ],
    },
    sources: [S.afbouwBesluit, S.uitsterf],
    impl: (a) => {
      const vorm = a.text('vorm') as AfbouwVorm;
      const r = a.number('rekenrente');
      const horizon = a.optNumber('horizon');
      if (vorm === 'WAARDE' && horizon !== undefined) throw invalid('horizon', MSG.requiresOther('vorm "INKOMEN"'), horizon);
      if (vorm === 'INKOMEN' && horizon === undefined && !(r > 0)) throw invalid('rekenrente', EC_MSG.perpetualNeedsRate, r);
      return afbouwtermijn(a.number('schade'), a.number('termijn'), r, vorm, horizon).toNumber();
    },
  },
  {
    id: 'HERVERKAVELING',
    category: CATEGORY,
    description:
      'Verrekening tussen eigenaren bij herverkaveling of stedelijke kavelruil: aandeel in de inbreng, aanspraak, ' +
      'toegedeelde waarde en verrekening in geld (som 0).',
    params: [
      nonNegativeSeries('inbrengwaarden', 'Waarde die elke eigenaar inbrengt (grond, opstallen, geld), in euro, één per eigenaar.'),
      nonNegativeSeries('toegedeelde_waarden', 'Waarde die elke eigenaar na de herverkaveling krijgt toegedeeld, in euro, in dezelfde volgorde.', {
        sameLengthAs: 'inbrengwaarden',
      }),
      {
        name: 'decimalen',
        kind: 'integer',
        default: 2,
        min: 0,
        max: 6,
        description: 'Op hoeveel decimalen de verrekening wordt vastgesteld. Standaard 2 (centen).',
      },
    ],
    result: { shape: 'table', columns: HERVERKAVELING_COLUMNS },
    help: {
      formula: [
        'aandeel = inbreng / Σ inbreng;  aanspraak = aandeel × Σ toegedeeld',
        'verrekening = toegedeeld − aanspraak  (positief = de eigenaar betaalt bij, negatief = ontvangt)',
        'afronding: elke verrekening naar beneden op centen; de ontbrekende centen naar de grootste resten, zodat Σ verrekening = 0 precies',
      ],
      notes: [
        'Spilt één rij per eigenaar en een rij "Totaal" (verrekening 0). Aanspraak = toegedeeld − verrekening (na ' +
          'afronding); wie precies zijn aandeel krijgt, verrekent 0. De afronding is een productbesluit.',
        'Voor vrijwillige stedelijke kavelruil: samenvoegen, herverkavelen, verdelen naar rato van de inbreng; ' +
          'geldinbreng telt als inbreng. Niet voor de herverkaveling van de Omgevingswet in het landelijk gebied ' +
          '(ruilbesluit, geldelijke regelingen, korting); ook kosten van de ruil, btw en overdrachtsbelasting rekent de functie niet.',
        `Methode en bronnen: ${DOC}#herverkaveling`,
      ],
      examples: [
        {
          formula: '=GREX.HERVERKAVELING({1000000,500000,500000},{1200000,300000,700000})',
          result: 'eigenaar 1',
          explanation:
            'Inbreng 2 mln, toegedeeld 2,2 mln: aanspraken 1.100.000 | 550.000 | 550.000; verrekening +100.000 (betaalt) | ' +
            '−250.000 (ontvangt) | +150.000; som 0.',
        },
      ],
    },
    sources: [S.kavelruil, S.kavelruilDefinitie, S.herverkaveling, S.afronding],
    impl: (a) => {
      const ib = a.series('inbrengwaarden');
      const td = a.series('toegedeelde_waarden');
      a.requireSameLength('inbrengwaarden', 'toegedeelde_waarden');
      if (!ib.some((x) => x > 0)) throw invalid('inbrengwaarden', EC_MSG.inbrengZero, ib);
      const rows = herverkaveling(ib, td, a.number('decimalen'));
      const out: Result = rows.map((r, i) => [EC_LABEL.eigenaar(i + 1), ib[i], n(r.aandeel), n(r.aanspraak), n(r.toegedeeld), n(r.verrekening)]);
      const sum = (k: 'aandeel' | 'aanspraak' | 'toegedeeld' | 'verrekening') => rows.reduce((s, r) => s.plus(r[k]), dec(0));
      const totalIn = ib.reduce((s, x) => s.plus(x), dec(0));
      out.push([EC_LABEL.totaal, n(totalIn), n(sum('aandeel')), n(sum('aanspraak')), n(sum('toegedeeld')), n(sum('verrekening'))]);
      return out;
    },
  },
  {
    id: 'VERPLAATSING.VRIJKOMENDEGROND',
    category: CATEGORY,
    description:
      'Waardestijging van de grond die een bedrijfsverplaatsing vrijmaakt (vrijkomende kavel en grond binnen de ' +
      'milieucontour) en wat daarvan in de businesscase telt.',
    params: [gebiedenParam],
    result: { shape: 'table', columns: VRIJKOMEND_COLUMNS },
    help: {
      formula: [
        'waardestijging bruto = m² × (waarde na − waarde vóór);  netto = bruto − kosten gereedmaken',
        'bijdrage: VERWORVEN = m² × waarde na − kosten;  EIGEN = aandeel × netto;  KOSTENVERHAAL, BIJDRAGE = aandeel × max(0; netto)',
        'Totaal = som per kolom; de totale bijdrage is een opbrengst in GREX.VERPLAATSING.BUSINESSCASE (argument opbrengst_oude_locatie)',
      ],
      notes: [
        'Spilt één rij per gebied en een rij "Totaal". Zet de totale bijdrage in het jaar van uitgifte in ' +
          'opbrengst_oude_locatie van GREX.VERPLAATSING.BUSINESSCASE.',
        'VERWORVEN: in deze case gekocht; de waarde vóór zit in de schadeloosstelling, dus telt de waarde na. EIGEN: ' +
          'eigen grond; een verlies telt mee. KOSTENVERHAAL, BIJDRAGE: grond van anderen, nooit negatief (Ow 13.15). ' +
          'Leeg: EIGEN. Het aandeel onderbouwt u. Productbesluit.',
        'Milieucontour: GREX.RICHTAFSTAND geeft de afstand per categorie (4.1: 200 m); het vrijkomende oppervlak meet u ' +
          'in uw GIS. Waarde na − vóór is de waardesprong van GREX.WAARDESPRONG. De bron uit Oss voor dit gebruik is niet teruggevonden [R].',
        `Methode en bronnen: ${DOC}#vrijkomende-grond`,
      ],
      examples: [
        {
          formula:
            '=GREX.VERPLAATSING.VRIJKOMENDEGROND({"vrijkomende kavel",12000,90,350,900000,1,"VERWORVEN";"grond binnen de ' +
            'contour",30000,250,400,600000,0.6,"KOSTENVERHAAL"})',
          result: 'vrijkomende kavel',
          explanation:
            'Kavel: 12.000 × 350 − 900.000 = 3.300.000 opbrengst (waardestijging bruto 3.120.000); contour: 30.000 × 150 − ' +
            '600.000 = 3.900.000 netto, × 0,6 = 2.340.000 via kostenverhaal. Totaal 5.640.000 voor de businesscase.',
        },
      ],
    },
    sources: [S.wijze, S.ow1315, S.oss],
    impl: (a) => vrijkomendeGrond(areasOf(a), EC_LABEL.totaal).map((r) => [r.label, n(r.m2), n(r.bruto), n(r.kosten), n(r.netto), n(r.bijdrage)]),
  },
  {
    id: 'SCHUIFRUIMTE.KETEN',
    category: CATEGORY,
    description: 'Onrendabele top van een schuifruimteketen (bedrijf A verhuist, zijn kavel dient bedrijf B of woningbouw …): per stap en in totaal.',
    params: [
      rate('disconteringsvoet', 'Disconteringsvoet als fractie voor de NCW (bijv. 0,02, of de rendementseis van het ROM-fonds).', {
        plausible: PLAUSIBLE.rente,
      }),
      amounts('kosten', 'Kosten per stap en jaar vanaf het startjaar: een tabel met één rij per stap en één kolom per jaar (positief). Eén rij = één stap.', {
        min: 0,
        lines: true,
      }),
      amounts(
        'opbrengsten',
        'Opbrengsten per stap en jaar, in dezelfde rijen als kosten (positief), bijv. de bijdrage van GREX.VERPLAATSING.VRIJKOMENDEGROND.',
        { min: 0, lines: true },
      ),
      startjaar(),
      peiljaar,
      timing,
    ],
    result: { shape: 'table', columns: ['stap', 'NCW kosten', 'NCW opbrengsten', 'onrendabele top'] },
    help: {
      formula: ['OT_stap = NCW(kosten_stap) − NCW(opbrengsten_stap)  (zoals GREX.ONRENDABELETOP)', 'OT_totaal = Σ OT_stap'],
      notes: [
        'Spilt één rij per stap en een rij "Totaal". Positief = tekort. Voorbeeld: A (cat. 4) naar een nieuw ' +
          'HMC-terrein, B (cat. 2) op de kavel van A, de kavel van B wordt woningbouw; opbrengsten o.a. uit GREX.VERPLAATSING.VRIJKOMENDEGROND.',
        'Eén kolom breed = één stap met de jaren onder elkaar; tijdsconventies als GREX.NCW. De indeling in stappen ' +
          'kiest u [R]; dekking per stap met GREX.VERPLAATSING.BUSINESSCASE.',
        `Methode en bronnen: ${DOC}#schuifruimte`,
      ],
      examples: [
        {
          formula: '=GREX.SCHUIFRUIMTE.KETEN(0.02,{2000000,500000,0;300000,200000,0;0,400000,0},{0,0,1500000;0,0,600000;0,0,1200000},2026)',
          result: 'stap 1',
          explanation:
            'Drie stappen: A verhuist (kosten 2,5 mln, opbrengst 1,5 mln), B neemt de kavel over (0,5 mln tegen 0,6 mln), ' +
            'de kavel van B wordt woningbouw (0,4 mln tegen 1,2 mln). OT per stap 1.027.885 | −79.042 | −746.319; de keten ' +
            'als geheel heeft een top van 202.524 (NCW per 1-1-2026, 2%).',
        },
      ],
    },
    sources: [S.keten, S.otDefinitie, S.rev, COMMON.conventions],
    impl: (a) => {
      const { start, peil } = yearsOf(a);
      const kosten = a.lines('kosten');
      const opbrengsten = a.lines('opbrengsten');
      if (opbrengsten.length !== kosten.length) throw invalid('opbrengsten', EC_MSG.stepsMismatch(kosten.length), opbrengsten);
      const series = (rows: number[][]) => rows.map((r) => YearlySeries.ofNumbers(start, r));
      const steps = ketenOnrendabeleTop(a.number('disconteringsvoet'), series(kosten), series(opbrengsten), peil, timingOf(a));
      const rows: Result = steps.map((s, i) => [EC_LABEL.stap(i + 1), n(s.ncwKosten), n(s.ncwOpbrengsten), n(s.ncw)]);
      const sum = (k: 'ncwKosten' | 'ncwOpbrengsten' | 'ncw') => steps.reduce((t, s) => t.plus(s[k]), dec(0));
      rows.push([EC_LABEL.totaal, n(sum('ncwKosten')), n(sum('ncwOpbrengsten')), n(sum('ncw'))]);
      return rows;
    },
  },
];
