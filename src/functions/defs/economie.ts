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
import type { Cell, FunctionSpec, Matrix, Result, SeriesParam, Source, TableParam } from '../types';
import { amount, amounts, peiljaar, rate, share, startjaar, timing, timingOf, yearsOf, SRC as COMMON } from './common';

const CATEGORY = 'Ruimte voor economie' as const;
const DOC = 'docs/methode/economie.md';

const S = {
  ibis: {
    label: 'IBIS: netto = alle uitgeefbare kavels (uitgegeven en niet uitgegeven); nog uitgeefbaar = netto − reeds uitgegeven (gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://www.ibis-bedrijventerreinen.nl/content/bruto-netto-en-reeds-uitgegeven-oppervlak',
  },
  plancapaciteit: {
    label: 'Harde en zachte plancapaciteit: indeling naar deskundig oordeel (RSopen, Plancapaciteit; gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://github.com/ObjectVision/RSopen/wiki/Plancapaciteit',
  },
  pbl: {
    label: 'PBL (2012): terreinquotiënt = arbeidsplaatsen per hectare; geen stabiel lineair verband tussen ruimtegebruik en werkgelegenheid, de Bedrijfslocatiemonitor wordt niet meer onderhouden (gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://www.pbl.nl/publicaties/nl-the-long-term-relationship-between-land-use-and-employment-on-industrial-sites-in-the-netherlands',
  },
  utrecht: {
    label: 'Provincie Utrecht, Provinciaal Programma Wonen en Werken 2021: ruimtewinst door intensivering/herstructurering 20–30%, "hetgeen neerkomt op 68 tot 101 hectare" (tekst via documentspiegel; gelezen 1-12-2026)',
    tag: 'V-ind',
    url: 'https://5dok.net/article/kwantitatieve-opgave-provinciaal-programma-wonen-en-werken.y961d0xd',
  },
  rev: {
    label: 'Ruimtelijk-economische visie EZ (2025): verdwijnt ergens ruimte voor bedrijven, dan moet elders ruimte bijkomen; schuifruimte voor bedrijven die de milieuruimte van een industrieterrein niet nodig hebben (ANP-bericht; gelezen 1-12-2026)',
    tag: 'V-ind',
    url: 'https://www.welingelichtekringen.nl/samenleving/ruimte-voor-bedrijven-mag-van-karremans-niet-afnemen',
  },
  voortgang: {
    label: 'Kamerbrief Voortgang programma Ruimte voor Economie, 17-11-2025 (Kamerstuk 34 682, nr. 231; gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D46781&id=2025D46781',
  },
  zuidHolland: {
    label: 'Provincie Zuid-Holland: bij (gedeeltelijke) transformatie van een watergebonden of HMC-terrein (milieucategorie 3 of hoger) motiveren hoe binnen de regio wordt gecompenseerd; de MRDH werkt aan een rekenmethodiek (Bureau Stedelijke Planning; gelezen 1-12-2026)',
    tag: 'V-ind',
    url: 'https://www.stedplan.nl/project/compensatieplan-transformatie-bedrijventerreinen/',
  },
  compensatieFactor: { label: 'Compensatiefactor (ha terug per ha weg): geen gepubliceerde rekenregel gevonden; standaard 1 = "blijft minimaal gelijk"', tag: 'R' },
  uitsterf: {
    label: 'Zuid-Holland: bij een minimale milieucategorie op bestaande terreinen houden zittende bedrijven overgangsrecht in de vorm van een uitsterfregeling (SKBN; gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://skbn.nu/post/1109',
  },
  afbouwBesluit: { label: 'Contante waarde van een verlies na een afbouwtermijn (eenmalig of jaarlijks): productbesluit GREX; of een redelijke termijn de schade wegneemt beslist de rechter per geval (geen uitspraak gevonden die een rekenregel geeft)', tag: 'R' },
  kavelruil: {
    label: 'Stedelijke kavelruil (Omgevingswet): vrijwillig, deelname niet af te dwingen; uitgangspunt dat geen private partij slechter wordt (Stadszaken; gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://stadszaken.nl/artikel/2429/stedelijke-kavelruil-in-omgevingswet',
  },
  kavelruilDefinitie: {
    label: 'Stedelijke kavelruil: eigenaren voegen onroerende zaken samen, verkavelen die massa en verdelen haar onder elkaar; ook wie alleen geld inbrengt kan meedoen (Gebiedsontwikkeling.nu; gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://www.gebiedsontwikkeling.nu/artikelen/ook-de-stad-kun-je-herverkavelen/',
  },
  herverkaveling: {
    label: 'Herverkaveling onder de Omgevingswet is een dwingend instrument van de provincie in het landelijk gebied (landinrichting), naast de vrijwillige kavelruil (Pels Rijcken; VBK; gelezen 1-12-2026)',
    tag: 'V',
    url: 'https://pelsrijcken.nl/kennis/aanvullingswet-grondeigendom-omgevingswet-iv-herverkaveling-en-stedelijke-kavelruil',
  },
  afronding: { label: 'Verrekening in centen, ontbrekende centen naar de grootste resten: productbesluit GREX zodat de verrekeningen precies 0 optellen', tag: 'besluit' },
  wijze: { label: 'Bijdrage aan de businesscase per wijze van verzilveren (verworven, eigen grond, kostenverhaal, financiële bijdrage): productbesluit GREX', tag: 'besluit' },
  ow1315: {
    label: 'Ow 13.15: de waardevermeerdering van de locatie is het plafond van kostenverhaal zonder tijdvak',
    tag: 'V',
    url: 'https://rechtspraakbestuursrecht.nl/artikel-13-15-ow-kostenverhaal-zonder-tijdvak-in-omgevingsplan/',
  },
  oss: { label: 'Waardestijging van de achtergebleven grond meenemen in de businesscase van een verplaatsing (Oss): de bron is niet teruggevonden', tag: 'R' },
  keten: { label: 'Verdeling van een schuifruimteketen in stappen met elk een onrendabele top: geen bron schrijft een methode voor', tag: 'R' },
  otDefinitie: { label: 'Onrendabele top = NCW(kosten) − NCW(opbrengsten), zoals GREX.ONRENDABELETOP; de structuur is niet in een primaire bron gelezen', tag: 'R' },
} satisfies Record<string, Source>;

// ---------------------------------------------------------------------------
// Argument helpers

interface Labelled {
  label: string;
  value: number;
}

/** A labelled column: one column (or row) of numbers ≥ 0, or two columns (omschrijving, getal). */
function labelledOf(a: Args, name: string, label: (i: number) => string): Labelled[] {
  const t: Matrix = a.table(name);
  const width = t[0].length;
  const num = (c: Cell, row: number, col: number): number => {
    if (c === null || c === undefined) return 0;
    if (typeof c !== 'number') throw invalid(name, MSG.cellText(row, col), c);
    if (c < 0) throw invalid(name, EC_MSG.rowNotNegative(row), c);
    return c;
  };
  if (width === 2 && t.some((r) => typeof r[0] === 'string' || r[0] === null)) {
    return t.map((r, i) => {
      const text = r[0] === null || r[0] === undefined ? '' : String(r[0]).trim();
      return { label: text || label(i + 1), value: num(r[1], i + 1, 2) };
    });
  }
  if (t.length === 1 || width === 1) {
    const cells = t.length === 1 ? t[0] : t.map((r) => r[0]);
    return cells.map((c, i) => ({ label: label(i + 1), value: num(c, t.length === 1 ? 1 : i + 1, t.length === 1 ? i + 1 : 1) }));
  }
  throw invalid(name, EC_MSG.labelledShape, t);
}

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

const labelledTable = (name: string, description: string): TableParam => ({
  name, kind: 'table', maxCells: 2000, description,
});

function cellNumber(c: Cell, name: string, row: number, col: number, min?: number, max?: number): number {
  if (c === null || c === undefined) return 0;
  if (typeof c !== 'number') throw invalid(name, MSG.cellText(row, col), c);
  if (min !== undefined && c < min) throw invalid(`${name} (rij ${row}, kolom ${col})`, MSG.atLeast(String(min)), c);
  if (max !== undefined && c > max) throw invalid(`${name} (rij ${row}, kolom ${col})`, MSG.atMost(max === 1 ? '100%' : String(max)), c);
  return c;
}

/** gebieden = rows of {omschrijving, m², waarde vóór/m², waarde na/m², kosten, aandeel, [wijze]}. */
function areasOf(a: Args): FreedArea[] {
  const name = 'gebieden';
  const t = a.table(name);
  const width = t[0].length;
  if (width < 6 || width > 7) throw invalid(name, EC_MSG.gebiedenShape, t);
  return t.map((r, i) => {
    const row = i + 1;
    const text = r[0] === null || r[0] === undefined ? '' : String(r[0]).trim();
    const rawWijze = width === 7 && r[6] !== null && r[6] !== undefined ? String(r[6]).trim().toUpperCase() : 'EIGEN';
    const wijze = WIJZEN.find((w) => w === rawWijze);
    if (!wijze) throw invalid(`${name} (rij ${row}, kolom 7)`, EC_MSG.wijze(WIJZEN), r[6]);
    return {
      label: text || EC_LABEL.gebied(row),
      m2: cellNumber(r[1], name, row, 2, 0),
      waardeVoor: cellNumber(r[2], name, row, 3, 0),
      waardeNa: cellNumber(r[3], name, row, 4, 0),
      kosten: cellNumber(r[4], name, row, 5, 0),
      aandeel: cellNumber(r[5], name, row, 6, 0, 1),
      wijze: wijze as Wijze,
    };
  });
}

// ---------------------------------------------------------------------------

export const ECONOMIE: FunctionSpec[] = [
  {
    id: 'WERKLOCATIES.BALANS',
    category: CATEGORY,
    description: 'Balans van vraag en aanbod van werklocaties per segment (ha): harde en zachte plancapaciteit, schuifruimte, transformatie, intensivering en saldo, met een totaalrij.',
    params: [
      labelledTable('vraag', 'Ruimtevraag per segment in ha netto: één kolom getallen, of twee kolommen (segment, ha), bijv. per milieucategorie of werkmilieu.'),
      nonNegativeSeries('aanbod_hard', 'Harde plancapaciteit per segment in ha (nog uitgeefbaar = netto − reeds uitgegeven, IBIS), in dezelfde volgorde als vraag.'),
      nonNegativeSeries('aanbod_zacht', 'Zachte plancapaciteit per segment in ha (plannen zonder vastgesteld omgevingsplan), in dezelfde volgorde als vraag.'),
      nonNegativeSeries('realisatiekans', 'Kans dat de zachte capaciteit wordt gerealiseerd, als fractie: één waarde voor alle segmenten of één per segment. Leeg: 100% (de zachte capaciteit telt zoals ingevuld).', { optional: true, max: 1, maxLabel: '100%' }),
      nonNegativeSeries('schuifruimte', 'Benodigde schuifruimte als fractie van de vraag: één waarde of één per segment. Leeg: 0.', { optional: true }),
      nonNegativeSeries('transformatie', 'Ha werklocatie die per segment naar een andere functie gaat (wonen, gemengd). Leeg: 0.', { optional: true }),
      nonNegativeSeries('intensivering', 'Ruimtewinst per segment in ha door intensivering of herstructurering (zie GREX.WERKLOCATIES.RUIMTEWINST). Leeg: 0.', { optional: true }),
    ],
    result: { shape: 'table', columns: BALANS_COLUMNS },
    help: {
      formula: [
        'zacht × kans = aanbod_zacht × realisatiekans;  schuifruimte (ha) = vraag × schuifruimte',
        'saldo = aanbod_hard + aanbod_zacht × realisatiekans + intensivering − transformatie − vraag − vraag × schuifruimte',
        'Totaal = som van de segmentrijen, per kolom (ook het saldo)',
      ],
      notes: [
        'Spilt één rij per segment (in de volgorde van vraag) en een rij "Totaal". Negatief saldo = tekort, positief = overschot. Alle waarden in ha netto.',
        'Aanbod naar de IBIS-definities: netto = alle uitgeefbare kavels; nog uitgeefbaar = netto − reeds uitgegeven. Harde en zachte plancapaciteit deelt u in naar eigen deskundig oordeel.',
        'Vraag: uit een behoefteraming (bijv. Stec of provinciaal programma) of met de terreinquotiëntmethode via GREX.WERKLOCATIES.VRAAG (Δbanen × m² per baan). PBL vond geen stabiel verband tussen banen en ruimtegebruik: gebruik de methode als indicatie en leg de keuze vast.',
        'Realisatiekans en schuifruimte hebben geen bronnorm [R]: de standaardwaarden (100% en 0) passen niets aan, zodat de balans uw eigen cijfers toont. Een lagere kans is een keuze die u motiveert.',
        'Een overschot in het ene segment dekt geen tekort in een ander (een bedrijf van milieucategorie 4 past niet op een gemengd woon-werkterrein); lees daarom de segmentrijen, niet alleen het totaal. Voor de compensatie bij transformatie: GREX.COMPENSATIE.',
        `Methode en bronnen: ${DOC}#balans`,
      ],
      examples: [
        {
          formula: '=GREX.WERKLOCATIES.BALANS({"cat. 1-2",20;"cat. 3",35;"cat. 4+",15},{10,20,5},{8,10,10},0.5,0.1,{5,0,0},{2,3,0})',
          result: 'cat. 1-2',
          explanation: 'Saldo cat. 1-2: 10 + 8 × 0,5 + 2 − 5 − 20 − 2 = −11 ha; cat. 3: 20 + 5 + 3 − 35 − 3,5 = −10,5; cat. 4+: 5 + 5 − 15 − 1,5 = −6,5; Totaal −28 ha (tekort).',
        },
      ],
    },
    sources: [S.ibis, S.plancapaciteit, S.pbl, S.voortgang, S.rev],
    impl: (a) => {
      const vraag = labelledOf(a, 'vraag', EC_LABEL.segment);
      const k = vraag.length;
      const hard = perSegment(a, 'aanbod_hard', k, 'vraag')!;
      const zacht = perSegment(a, 'aanbod_zacht', k, 'vraag')!;
      const kans = oneOrEach(a, 'realisatiekans', k, 1);
      const schuif = oneOrEach(a, 'schuifruimte', k, 0);
      const trans = perSegment(a, 'transformatie', k, 'vraag');
      const intens = perSegment(a, 'intensivering', k, 'vraag');
      const rows = werklocatiesBalans(
        vraag.map((s, i) => ({
          label: s.label, vraag: s.value, hard: hard[i], zacht: zacht[i], realisatiekans: kans[i], schuifruimte: schuif[i],
          transformatie: trans?.[i] ?? 0, intensivering: intens?.[i] ?? 0,
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
      amounts('m2_per_baan', 'Netto m² kavel per baan: één waarde voor alle sectoren of één per sector (het omgekeerde van de terreinquotiënt banen per ha).', { min: 0, minExclusive: true, minLabel: '0 m²' }),
    ],
    result: { shape: 'like', param: 'banengroei' },
    help: {
      formula: ['vraag (ha) = banengroei × m2_per_baan / 10.000', 'm2_per_baan = 10.000 / terreinquotiënt (banen per ha)'],
      notes: [
        'Spilt in dezelfde vorm als banengroei (rij of kolom), één waarde per sector in ha. Tel op met SOM als u één segment wilt.',
        'De terreinquotiënt en de banenprognose komen uit uw eigen raming (bijv. een WLO-scenario); GREX levert geen normgetallen [R]. PBL (2012) vond geen stabiel lineair verband tussen banen en ruimtegebruik op bedrijventerreinen: behandel de uitkomst als indicatie naast een behoefteraming.',
        `Methode en bronnen: ${DOC}#vraag`,
      ],
      examples: [
        { formula: '=GREX.WERKLOCATIES.VRAAG({400,250,-50},{250,1000,400})', result: 10, explanation: 'Spilt 10 | 25 | −2 ha: 400 banen × 250 m² = 10 ha; 250 × 1.000 m² = 25 ha; een krimp van 50 banen × 400 m² = −2 ha.' },
      ],
    },
    sources: [S.pbl],
    impl: (a) => {
      const banen = a.series('banengroei');
      const m2 = oneOrEach(a, 'm2_per_baan', banen.length, 0);
      return shapeLike(banen.map((b, i) => vraagUitBanen(b, m2[i]).toNumber()), a.orientation('banengroei'));
    },
  },
  {
    id: 'WERKLOCATIES.RUIMTEWINST',
    category: CATEGORY,
    description: 'Ruimtewinst in ha door intensivering of herstructurering van bestaand terrein: areaal × ruimtewinstpercentage.',
    params: [
      amount('areaal', 'Areaal bestaand (en nieuw) bedrijventerrein waarop de ruimtewinst wordt gehaald, in ha netto.'),
      share('percentage', 'Ruimtewinst als fractie van het areaal (20% = 0,2).'),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['ruimtewinst (ha) = areaal × percentage'],
      notes: [
        'Voorbeeld Provincie Utrecht (PPWW 2021): 20–30% ruimtewinst, "hetgeen neerkomt op 68 tot 101 hectare"; dat past bij een areaal van ongeveer 340 ha (20% × 340 = 68; 30% × 340 = 102, gepubliceerd afgerond 101). De provincie noemt de winst een grote inspanning en niet op korte termijn te halen.',
        'Vul de uitkomst per segment in als intensivering in GREX.WERKLOCATIES.BALANS.',
        `Methode en bronnen: ${DOC}#ruimtewinst`,
      ],
      examples: [
        { formula: '=GREX.WERKLOCATIES.RUIMTEWINST(340,0.2)', result: 68, explanation: 'Utrecht, ondergrens: 20% van ongeveer 340 ha = 68 ha.' },
        { formula: '=GREX.WERKLOCATIES.RUIMTEWINST(340,0.3)', result: 102, explanation: 'Utrecht, bovengrens: 30% van 340 ha = 102 ha; de provincie publiceert 101 ha (een areaal van ca. 337 ha, afgerond "ongeveer 340").' },
      ],
    },
    sources: [S.utrecht],
    impl: (a) => ruimtewinst(a.number('areaal'), a.number('percentage')).toNumber(),
  },
  {
    id: 'COMPENSATIE',
    category: CATEGORY,
    description: 'Toets per segment of getransformeerde werklocatie elders wordt gecompenseerd ("m² werk blijft minimaal gelijk"): vereist, erbij, verschil en oordeel.',
    params: [
      labelledTable('weg', 'Ha werklocatie die per segment verdwijnt door transformatie: één kolom getallen, of twee kolommen (segment, ha).'),
      nonNegativeSeries('erbij', 'Ha werklocatie die per segment als compensatie bijkomt (nieuw terrein, herstructurering, intensivering, meerlaags), in dezelfde volgorde als weg.'),
      amount('factor', 'Ha compensatie vereist per ha die verdwijnt. Standaard 1 ("blijft minimaal gelijk"); een provincie of regio kan een andere verhouding vragen.', { default: 1 }),
    ],
    result: { shape: 'table', columns: COMPENSATIE_COLUMNS },
    help: {
      formula: ['vereist = weg × factor;  verschil = erbij − vereist', 'oordeel = "gecompenseerd" als verschil ≥ 0, anders "tekort"', 'Totaal: som per kolom; oordeel "gecompenseerd" alleen als elk segment gecompenseerd is'],
      notes: [
        'Spilt één rij per segment en een rij "Totaal". Een overschot in het ene segment telt niet voor een ander: Zuid-Holland vraagt compensatie voor watergebonden en HMC-terrein (milieucategorie 3 of hoger) binnen de regio, dus per soort terrein.',
        'De MRDH werkt aan een rekenmethodiek voor compenseren; die is niet gepubliceerd gevonden. De factor is daarom een parameter [R]; standaard 1 ha terug per ha weg.',
        'De kolommen transformatie (weg) en intensivering of nieuw aanbod (erbij) van GREX.WERKLOCATIES.BALANS kunt u hier direct invullen.',
        `Methode en bronnen: ${DOC}#compensatie`,
      ],
      examples: [
        {
          formula: '=GREX.COMPENSATIE({"HMC (cat. 3+)",12;"watergebonden",4;"gemengd",6},{10,5,8})',
          result: 'HMC (cat. 3+)',
          explanation: 'HMC: 10 − 12 = −2 ha (tekort); watergebonden: 5 − 4 = +1 (gecompenseerd); gemengd: +2. Totaal verschil +1 ha, maar oordeel "tekort" omdat HMC tekortkomt.',
        },
      ],
    },
    sources: [S.zuidHolland, S.compensatieFactor, S.rev],
    impl: (a) => {
      const weg = labelledOf(a, 'weg', EC_LABEL.segment);
      const erbij = perSegment(a, 'erbij', weg.length, 'weg')!;
      return compensatie(weg.map((w, i) => ({ label: w.label, weg: w.value, erbij: erbij[i] })), a.number('factor'), EC_LABEL.totaal).map((r) => [
        r.label, n(r.weg), n(r.vereist), n(r.erbij), n(r.verschil), r.gecompenseerd ? EC_LABEL.gecompenseerd : EC_LABEL.tekort,
      ]);
    },
  },
  {
    id: 'AFBOUWTERMIJN',
    category: CATEGORY,
    description: 'Contante waarde van een verlies dat pas na een afbouwtermijn (uitsterfregeling) ingaat: eenmalig waardeverlies of jaarlijks inkomensverlies.',
    params: [
      amount('schade', 'Het verlies zonder afbouwtermijn: bij "WAARDE" het eenmalige waardeverlies in euro, bij "INKOMEN" het jaarlijkse inkomensverlies in euro per jaar.'),
      amount('termijn', 'Afbouwtermijn in jaren (0 = het verlies gaat direct in); gebroken jaren toegestaan.', { max: 1000 }),
      rate('rekenrente', 'Rekenrente als fractie (bijv. 0,04), ten minste 0%.', { min: 0, minLabel: '0%' }),
      { name: 'vorm', kind: 'enum', values: AFBOUW_VORMEN, default: 'WAARDE', description: '"WAARDE" (eenmalig waardeverlies aan het eind van de termijn, standaard) of "INKOMEN" (jaarlijks verlies vanaf jaar termijn + 1).' },
      { name: 'horizon', kind: 'integer', optional: true, min: 1, max: 1000, description: 'Alleen bij "INKOMEN": het aantal jaren dat het inkomen wegvalt. Leeg: eeuwigdurend (vraagt een rekenrente > 0).' },
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'WAARDE:  schade / (1 + rekenrente)^termijn',
        'INKOMEN, eeuwigdurend:  (schade / rekenrente) × (1 + rekenrente)^−termijn',
        'INKOMEN, horizon H:  schade × (1 − (1 + rekenrente)^−H) / rekenrente × (1 + rekenrente)^−termijn  (bij rekenrente 0: schade × H)',
      ],
      notes: [
        'Met termijn 0 is de uitkomst het verlies zonder afbouwtermijn (bij "INKOMEN" het gekapitaliseerde inkomen); met een positieve rekenrente daalt de uitkomst met elk jaar termijn.',
        'Dit is een productbesluit van GREX, geen vastgestelde rekenregel uit de wet of de rechtspraak [R]. Of een redelijke afbouwtermijn de schade helemaal wegneemt (of voorzienbaar maakt), beslist de rechter per geval; deze functie rekent alleen de contante waarde van het verlies dat na de termijn overblijft.',
        'Zuid-Holland laat zittende bedrijven bij een minimale milieucategorie op bestaande terreinen overgangsrecht houden als uitsterfregeling; de termijn en de rekenrente kiest u zelf.',
        'Een gekapitaliseerd inkomensverlies met een vaste factor (bijv. 10 bij onteigening) volgt uit GREX.SCHADELOOSSTELLING.LIQUIDATIE; eeuwigdurend tegen 10% rekenrente geeft hier dezelfde factor 10.',
        `Methode en bronnen: ${DOC}#afbouwtermijn`,
      ],
      examples: [
        { formula: '=GREX.AFBOUWTERMIJN(1000000,10,0.04)', result: 675564.1688257989, tolerance: 1e-12, explanation: '1.000.000 / 1,04^10: een waardeverlies dat pas na 10 jaar afbouw ingaat.' },
        { formula: '=GREX.AFBOUWTERMIJN(50000,5,0.04,"INKOMEN")', result: 1027408.8834491897, tolerance: 1e-12, explanation: '(50.000 / 0,04) × 1,04^−5: eeuwigdurend inkomensverlies vanaf jaar 6.' },
      ],
    },
    sources: [S.afbouwBesluit, S.uitsterf],
    impl: (a) => {
      const vorm = a.text('vorm') as AfbouwVorm;
      const r = a.number('rekenrente');
      const horizon = a.optNumber('horizon');
      if (vorm === 'INKOMEN' && horizon === undefined && !(r > 0)) throw invalid('rekenrente', EC_MSG.perpetualNeedsRate, r);
      return afbouwtermijn(a.number('schade'), a.number('termijn'), r, vorm, vorm === 'INKOMEN' ? horizon : undefined).toNumber();
    },
  },
  {
    id: 'HERVERKAVELING',
    category: CATEGORY,
    description: 'Verrekening tussen eigenaren bij herverkaveling of stedelijke kavelruil: aandeel in de inbreng, aanspraak, toegedeelde waarde en verrekening in geld (som 0).',
    params: [
      nonNegativeSeries('inbrengwaarden', 'Waarde die elke eigenaar inbrengt (grond, opstallen, geld), in euro, één per eigenaar.'),
      nonNegativeSeries('toegedeelde_waarden', 'Waarde die elke eigenaar na de herverkaveling krijgt toegedeeld, in euro, in dezelfde volgorde.', { sameLengthAs: 'inbrengwaarden' }),
      { name: 'decimalen', kind: 'integer', default: 2, min: 0, max: 6, description: 'Op hoeveel decimalen de verrekening wordt vastgesteld. Standaard 2 (centen).' },
    ],
    result: { shape: 'table', columns: HERVERKAVELING_COLUMNS },
    help: {
      formula: [
        'aandeel = inbreng / Σ inbreng;  aanspraak = aandeel × Σ toegedeeld',
        'verrekening = toegedeeld − aanspraak  (positief = de eigenaar betaalt bij, negatief = ontvangt)',
        'afronding: elke verrekening naar beneden op centen; de ontbrekende centen naar de grootste resten, zodat Σ verrekening = 0 precies',
      ],
      notes: [
        'Spilt één rij per eigenaar en een rij "Totaal" (verrekening 0). De getoonde aanspraak is toegedeeld − verrekening, dus na afronding op centen; een eigenaar die precies zijn aandeel krijgt, verrekent 0.',
        'Bedoeld voor vrijwillige stedelijke kavelruil onder de Omgevingswet: eigenaren voegen hun onroerende zaken samen, verkavelen opnieuw en verdelen naar rato van hun inbreng; ook wie alleen geld inbrengt kan meedoen (vul dat bedrag als inbreng in). Deelname is niet af te dwingen; uitgangspunt is dat niemand slechter wordt.',
        'Herverkaveling in de zin van de Omgevingswet (landinrichting door de provincie, met een ruilbesluit en een besluit geldelijke regelingen) kent eigen regels voor waardering, korting voor openbare voorzieningen en kosten; die berekent deze functie niet. Ook waardeverschillen door de kavelruil zelf, kosten van de ruil, btw en overdrachtsbelasting laat de functie aan u.',
        'De afronding op centen met verdeling van de laatste centen naar de grootste resten is een productbesluit, zodat de verrekeningen in Excel precies 0 optellen.',
        `Methode en bronnen: ${DOC}#herverkaveling`,
      ],
      examples: [
        {
          formula: '=GREX.HERVERKAVELING({1000000,500000,500000},{1200000,300000,700000})',
          result: 'eigenaar 1',
          explanation: 'Inbreng 2 mln, toegedeeld 2,2 mln: aanspraken 1.100.000 | 550.000 | 550.000; verrekening +100.000 (betaalt) | −250.000 (ontvangt) | +150.000; som 0.',
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
    description: 'Waardestijging van de grond die een bedrijfsverplaatsing vrijmaakt (vrijkomende kavel en grond binnen de milieucontour) en wat daarvan in de businesscase telt.',
    params: [
      labelledTable('gebieden', 'Eén rij per gebied: omschrijving, m² (uit uw GIS), waarde vóór per m², waarde na per m², kosten gereedmaken (euro), aandeel gemeente (fractie), [wijze: "VERWORVEN", "EIGEN", "KOSTENVERHAAL" of "BIJDRAGE"].'),
    ],
    result: { shape: 'table', columns: VRIJKOMEND_COLUMNS },
    help: {
      formula: [
        'waardestijging bruto = m² × (waarde na − waarde vóór);  netto = bruto − kosten gereedmaken',
        'bijdrage: VERWORVEN = m² × waarde na − kosten;  EIGEN = aandeel × netto;  KOSTENVERHAAL, BIJDRAGE = aandeel × max(0; netto)',
        'Totaal = som per kolom; de totale bijdrage is een opbrengst in GREX.VERPLAATSING.BUSINESSCASE (argument opbrengst_oude_locatie)',
      ],
      notes: [
        'Spilt één rij per gebied en een rij "Totaal". Zet de totale bijdrage in het jaar van uitgifte in opbrengst_oude_locatie van GREX.VERPLAATSING.BUSINESSCASE; zo telt de waardestijging van de achtergebleven grond mee in de onrendabele top zonder de functie zelf te veranderen.',
        'VERWORVEN: de gemeente koopt de kavel in deze businesscase; de waarde vóór zit al in de schadeloosstelling, dus de opbrengst is de waarde na minus de kosten (anders telt de waarde vóór twee keer mee). EIGEN: grond die de gemeente al bezit; een verlies telt mee. KOSTENVERHAAL en BIJDRAGE: grond van anderen; wat de gemeente via kostenverhaal of een financiële bijdrage kan verhalen is nooit negatief en hoogstens de waardevermeerdering (Ow 13.15). Leeg: EIGEN.',
        'Het aandeel is wat de gemeente kan verzilveren (eigen grond 1; bij kostenverhaal het deel van de waardestijging dat de kosten dekt; bij een financiële bijdrage het afgesproken deel). Die keuze onderbouwt u; GREX schrijft geen percentage voor.',
        'Milieucontour: GREX.RICHTAFSTAND geeft per milieucategorie de afstand tot woningen (bijv. categorie 4.1: 200 m, 3.1: 50 m in rustig gebied). Verplaatst een bedrijf van categorie 4.1, dan komt de grond binnen 200 m vrij voor wonen; het oppervlak binnen die ring meet u in uw GIS. Per gebied is waarde na − waarde vóór de waardesprong van GREX.WAARDESPRONG.',
        'Het idee (waardestijging van de achtergebleven grond meenemen in de businesscase) wordt in de praktijk genoemd, onder meer in Oss; die bron is niet teruggevonden [R]. De verzilveringsregels per wijze zijn een productbesluit.',
        `Methode en bronnen: ${DOC}#vrijkomende-grond`,
      ],
      examples: [
        {
          formula: '=GREX.VERPLAATSING.VRIJKOMENDEGROND({"vrijkomende kavel",12000,90,350,900000,1,"VERWORVEN";"grond binnen de contour",30000,250,400,600000,0.6,"KOSTENVERHAAL"})',
          result: 'vrijkomende kavel',
          explanation: 'Kavel: 12.000 × 350 − 900.000 = 3.300.000 opbrengst (waardestijging bruto 3.120.000); contour: 30.000 × 150 − 600.000 = 3.900.000 netto, × 0,6 = 2.340.000 via kostenverhaal. Totaal 5.640.000 voor de businesscase.',
        },
      ],
    },
    sources: [S.wijze, S.ow1315, S.oss],
    impl: (a) =>
      vrijkomendeGrond(areasOf(a), EC_LABEL.totaal).map((r) => [r.label, n(r.m2), n(r.bruto), n(r.kosten), n(r.netto), n(r.bijdrage)]),
  },
  {
    id: 'SCHUIFRUIMTE.KETEN',
    category: CATEGORY,
    description: 'Onrendabele top van een schuifruimteketen (bedrijf A verhuist, zijn kavel dient bedrijf B of woningbouw …): per stap en in totaal.',
    params: [
      rate('disconteringsvoet', 'Disconteringsvoet als fractie voor de NCW (bijv. 0,02, of de rendementseis van het ROM-fonds).'),
      amounts('kosten', 'Kosten per stap en jaar vanaf het startjaar: een tabel met één rij per stap en één kolom per jaar (positief). Eén rij = één stap.', { min: 0, lines: true }),
      amounts('opbrengsten', 'Opbrengsten per stap en jaar, in dezelfde rijen als kosten (positief), bijv. de bijdrage van GREX.VERPLAATSING.VRIJKOMENDEGROND.', { min: 0, lines: true }),
      startjaar(),
      peiljaar,
      timing,
    ],
    result: { shape: 'table', columns: ['stap', 'NCW kosten', 'NCW opbrengsten', 'onrendabele top'] },
    help: {
      formula: ['OT_stap = NCW(kosten_stap) − NCW(opbrengsten_stap)  (zoals GREX.ONRENDABELETOP)', 'OT_totaal = Σ OT_stap'],
      notes: [
        'Spilt één rij per stap ("stap 1", "stap 2", …) en een rij "Totaal". Positief = onrendabele top (tekort), negatief = overschot. Een stap met een overschot verkleint de top van de keten.',
        'Voorbeeld van een keten: stap 1 bedrijf A (milieucategorie 4) verhuist naar een nieuw HMC-terrein; stap 2 bedrijf B (categorie 2) neemt de kavel van A over; stap 3 de kavel van B wordt woningbouw. Per stap staan schadeloosstelling, sloop, sanering en bouwrijp maken bij de kosten, en de uitgifte of de waardestijging (GREX.VERPLAATSING.VRIJKOMENDEGROND) bij de opbrengsten.',
        'Een bereik van één kolom breed wordt gelezen als één stap met de jaren onder elkaar. Dezelfde tijdsconventies als GREX.NCW. Hoe u een keten in stappen verdeelt, schrijft geen bron voor [R]; de dekking per stap (bijdragen, fonds) berekent u met GREX.VERPLAATSING.BUSINESSCASE.',
        `Methode en bronnen: ${DOC}#schuifruimte`,
      ],
      examples: [
        {
          formula: '=GREX.SCHUIFRUIMTE.KETEN(0.02,{2000000,500000,0;300000,200000,0;0,400000,0},{0,0,1500000;0,0,600000;0,0,1200000},2026)',
          result: 'stap 1',
          explanation: 'Drie stappen: A verhuist (kosten 2,5 mln, opbrengst 1,5 mln), B neemt de kavel over (0,5 mln tegen 0,6 mln), de kavel van B wordt woningbouw (0,4 mln tegen 1,2 mln). OT per stap 1.027.885 | −79.042 | −746.319; de keten als geheel heeft een top van 202.524 (NCW per 1-1-2026, 2%).',
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
