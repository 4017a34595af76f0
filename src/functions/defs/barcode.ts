/**
 * Barcode and functiemenging: GREX.BARCODE, GREX.MENGOPTIES, GREX.RICHTAFSTAND,
 * GREX.FMI, GREX.FSI, GREX.MXI (docs/methode/barcode.md).
 */
import {
  barcodeTable,
  mengoptiesTable,
  richtafstandOf,
  fmi,
  fsi,
  mxi,
  BARCODE_COLUMNS,
  MENGOPTIES_COLUMNS,
  GEBIEDSTYPEN,
  EXHAUSTIVE_MAX,
  type Gebiedstype,
} from '../../core/barcode';
import type { FunctionSpec, Source, TableParam } from '../types';
import { cite } from '../sources';
import { amount } from './common';

const CATEGORY = 'Barcode en functiemenging' as const;

const SRC = {
  barcode: cite(
    'denoordwester-rsu-2040',
    'Utrechtse barcode (RSU 2040): ruimtebehoefte per eenheid groei voor woningen, werklocaties, voorzieningen, ' +
      'sport en groen; groeit de stad, dan verandert de barcode mee (wethouder Verschuure, 2019)',
  ),
  rsu: cite(
    'utrecht-rsu-2040',
    'Ruimtelijke Strategie Utrecht 2040: 60.000 woningen, 70.000–85.000 banen; "functies mengen, stapelen en waar mogelijk combineren"',
  ),
  groen: cite('nhnieuws-groennorm', 'Utrecht: minimaal 75 m² openbaar groen per huishouden (Rekenkamer Utrecht 2024; werkelijk 68 → 65,5 m²)'),
  boom: cite('eenutrecht-barcode', 'Utrecht: voor elke nieuwe woning één boom erbij; de volledige barcode is nooit als één tabel gepubliceerd'),
  q10: cite(
    'methode-barcode-normen',
    'Normen als bewerkbare tabel; alleen de twee openbare Utrechtse waarden met bron, de rest "voorbeeldwaarde, niet geverifieerd"',
  ),
  model: cite(
    'methode-barcode-rekenmodel',
    'Rekenmodel van GREX voor stapelen (grond / lagen), mengen (aandeel naar de plint) en combineren (gedeeld deel ' +
      'van de kleinste claim); geen bron schrijft dit voor',
  ),
  fmAB: cite(
    'zwolle-functiemenging',
    'Functiemengingscategorie A: aanpandig aan woningen; B: in gemengd gebied, bouwkundig afgescheiden van woningen (Zwolle, bijlage 3)',
  ),
  fmGebieden: cite(
    'zuidwende-functiemenging',
    'Functiemengingsgebieden en de categorieën A/B/C (Zuidwende Noord); categorie C (alleen langs hoofdinfrastructuur) is in de bron afgebroken [R]',
  ),
  fmC: cite('methode-barcode-categorie-c', 'Categorie C: verkeersaantrekkende activiteiten, alleen langs hoofdinfrastructuur (niet in de bron gelezen)'),
  tweeSystemen: cite(
    'omgevingsjurist-milieuzonering',
    'VNG Bedrijven en milieuzonering (2009): richtafstanden tussen bedrijven en gevoelige functies, en een apart systeem voor functiemenging',
  ),
  tabel: cite(
    'staat-bedrijfsactiviteiten',
    'Richtafstandentabel VNG 2009 (10 … 1500 m): 30 m → cat. 2, 50 m → 3.1, 100 m → 3.2, 200 m → 4.1 gezien in een ' +
      'Staat van bedrijfsactiviteiten; de overige waarden niet in een primaire bron gelezen [R]',
  ),
  rustig: cite(
    'amsterdam-rustige-woonwijk',
    'De standaardlijst gaat uit van een rustige woonwijk; de richtafstand is de grootste van geur, stof, geluid en gevaar (Amsterdam)',
  ),
  gemengd: cite('catchlegal-gemengd-gebied', 'Gemengd gebied: de richtafstand mag met één afstandsstap worden verlaagd'),
  q11: cite('methode-barcode-richtafstanden', 'Tabel VNG 2009, gemengd gebied één stap lager; de help noemt het opvolgende systeem'),
  opvolger: cite(
    'vng-milieuzonering-nieuwe-stijl',
    'Omgevingswet: VNG Activiteiten en milieuzonering vervangt B&M 2009; geen milieucategorieën meer maar ' +
      'milieugebruiksruimte per bedrijf met concrete milieunormen',
  ),
  opvolgerRnmw: cite('rnmw-milieuzonering', 'Milieuzonering in het omgevingsplan (RNMW)'),
  pbl: cite('pbl-dichtheid', 'FSI = BVO / terreinoppervlak; MXI = BVO wonen / BVO totaal (PBL, Dichtheid en functiemenging in beeld)'),
  fmi: cite(
    'heemskerk-2019-fmi',
    'FMI als BBV-beleidsindicator (bron LISA): 0 = alleen wonen, 100 = alleen werken, 50 = evenveel (Heemskerk); de formule zelf is niet in de bron gelezen',
  ),
} satisfies Record<string, Source>;

const programma: TableParam = {
  name: 'programma',
  kind: 'table',
  columns: { min: 2, max: 2 },
  maxCells: 2000,
  description: 'Groeiprogramma: twee kolommen, eenheid en aantal (bijv. woning 3000; huishouden 3000; baan 2000). Een kopregel mag mee.',
};
const normen: TableParam = {
  name: 'normen',
  kind: 'table',
  columns: { min: 3, max: 7 },
  maxCells: 7000,
  description: 'Normentabel: functie, eenheid, m² grond per eenheid, [categorie], [stapelbaar tot], [milieu- of functiemengingscategorie], [bron].',
};

const NORM_NOTES = [
  'Normentabel (een bereik in de werkmap, één rij per functie): 1 functie (unieke naam); 2 eenheid waarin de ' +
    'groei geteld wordt (woning, huishouden, inwoner, baan, m² bvo …); 3 m² grond per eenheid (≥ 0); optioneel 4 ' +
    'categorie (wonen, werken, voorziening, groen, sport, mobiliteit); 5 stapelbaar tot: het hoogste aantal lagen ' +
    'ten opzichte van de norm (leeg = 1, niet stapelbaar); 6 milieucategorie ("1" … "6", ook 3,1 of 3.1) of ' +
    'functiemengingscategorie ("A", "B", "C") van werkfuncties; 7 bron. Een kopregel (tekst in kolom 3) wordt overgeslagen.',
  'De voorbeeldnormentabel van GREX: alleen twee waarden zijn openbaar: minimaal 75 m² openbaar groen per ' +
    'huishouden (Utrecht, Rekenkamer 2024) en één boom per nieuwe woning (een aantal, geen oppervlak: 0 m² in de ' +
    'tabel). Alle andere waarden in de voorbeeldtabel zijn "voorbeeldwaarde, niet geverifieerd": de volledige ' +
    'Utrechtse barcode is nooit als één tabel gepubliceerd. Vul de normen van de eigen gemeente in.',
  'Eenheden worden herkend zonder op hoofdletters, spaties of m2/m² te letten. Een eenheid in het programma die ' +
    'geen enkele norm gebruikt, geeft #WAARDE! (anders zou een deel van de groei stilzwijgend geen grond claimen). ' +
    'Een norm waarvan de eenheid niet in het programma staat, claimt 0 en wordt gesignaleerd: tel bijvoorbeeld ' +
    'huishoudens apart, GREX neemt niet aan dat één woning één huishouden is.',
];

export const BARCODE: FunctionSpec[] = [
  {
    id: 'BARCODE',
    category: CATEGORY,
    description: 'Ruimteclaim per functie van een groeiprogramma volgens de normentabel (Utrechtse barcode), met aandeel en totaal.',
    params: [programma, normen],
    result: { shape: 'table', columns: BARCODE_COLUMNS },
    help: {
      formula: ['ruimteclaim_f = aantal(eenheid_f) × norm_f   (m² grond)', 'totaal = Σ ruimteclaim_f;  aandeel_f = ruimteclaim_f / totaal'],
      notes: [
        'De barcode is een stel ruimtenormen per eenheid groei (per woning, huishouden, inwoner of baan) voor elke ' +
          'functie: wonen, werken, voorzieningen, sport, groen enzovoort (Ruimtelijke Strategie Utrecht 2040).',
        ...NORM_NOTES,
        'Resultaat: één rij per functie (functie, ruimteclaim, aandeel, eenheid, aantal, norm, categorie, bron, ' +
          'signalering) en een totaalrij. De kolom bron herhaalt de bron uit de normentabel, zodat bij elke claim zichtbaar is of de norm geverifieerd is.',
        'Meng-, stapel- en combinatiemogelijkheden en of het programma past: GREX.MENGOPTIES.',
      ],
      examples: [
        {
          formula: '=GREX.BARCODE({"woning",1000;"baan",400},{"Wonen","woning",60;"Werken","baan",25;"Groen","woning",75})',
          result: 'Wonen',
          explanation:
            'Wonen 1.000 × 60 = 60.000 m² (aandeel 60.000 / 145.000 = 0,414), werken 400 × 25 = 10.000 m², groen 1.000 × 75 ' +
            '= 75.000 m²; totaal 145.000 m². De normen zijn hier voorbeeldwaarden.',
        },
      ],
    },
    sources: [SRC.barcode, SRC.rsu, SRC.groen, SRC.boom, SRC.q10],
    impl: (a) => barcodeTable(a.table('programma'), a.table('normen')),
  },
  {
    id: 'MENGOPTIES',
    category: CATEGORY,
    description: 'Meng-, stapel- en combinatieopties: grondbesparing, toelaatbaarheid, beste combinatie, past het programma en ruimte voor werken.',
    params: [
      programma,
      normen,
      amount('beschikbaar_oppervlak', 'Beschikbaar oppervlak in m² grond.'),
      {
        name: 'opties',
        kind: 'table',
        optional: true,
        columns: { min: 4, max: 8 },
        maxCells: 800,
        description:
          'Opties: naam, soort (stapelen/combineren/mengen), functie, factor, [met_functie], [bouwkundig_gescheiden], ' +
          '[afstand in m], [gebiedstype RUSTIG/GEMENGD]. Leeg: geen opties.',
      },
      {
        name: 'grondwaarden',
        kind: 'table',
        optional: true,
        columns: { min: 2, max: 3 },
        maxCells: 3000,
        description: 'Grondwaarde per functie: functie, bedrag, [grondslag "m2" (per m² grond, standaard) of "eenheid"]. Leeg: geen grondwaarde.',
      },
    ],
    result: { shape: 'table', columns: MENGOPTIES_COLUMNS },
    help: {
      formula: [
        'stapelen f met n lagen:            claim_f ← claim_f / n',
        'mengen w in de plint van wonen h:  claim_w ← (1 − aandeel) × claim_w',
        'combineren a en b:                 gedeeld = aandeel × min(claim_a, claim_b); de kleinste claim (b bij gelijk) wordt met gedeeld verlaagd',
        'ruimtewinst = ruimteclaim zonder opties − ruimteclaim van de keuze;  past = ruimteclaim ≤ beschikbaar_oppervlak',
        'grond voor werken = Σ claim van functies met categorie werken;  ruimte over voor werken = beschikbaar_oppervlak − (ruimteclaim − grond voor werken)',
        'grondwaarde = Σ_f claim_f × bedrag_f ("m2") of aantal_f × bedrag_f ("eenheid")',
      ],
      notes: [
        'Resultaat: een rij "zonder opties" (gelijk aan het totaal van GREX.BARCODE), één rij per optie op zichzelf en ' +
          'een rij met de beste combinatie van de toegestane opties. Kolommen: keuze, soort, toegestaan, ruimtewinst, ' +
          'ruimteclaim, past, grond voor werken, ruimte over voor werken, grondwaarde, toelichting.',
        'Opties (één rij per optie): 1 naam; 2 soort: "stapelen", "combineren" (gedeeld gebruik van één terrein door ' +
          'twee functies, bijv. een schoolplein dat ook speelplek is) of "mengen" (werken in de plint van wonen); 3 ' +
          'functie uit de normentabel; 4 factor: bij stapelen het aantal lagen ten opzichte van de norm (≥ 1; 2 = de ' +
          'helft van de grond), bij combineren het deel (0 … 1) van de kleinste claim dat gedeeld wordt, bij mengen het ' +
          'deel (0 … 1) van de grond van de werkfunctie dat naar de plint gaat; 5 met_functie: bij combineren de tweede ' +
          'functie, bij mengen de woonfunctie (leeg: de enige functie met categorie wonen); 6 bouwkundig_gescheiden ' +
          '(WAAR/ONWAAR); 7 afstand tot de dichtstbijzijnde woning in m; 8 gebiedstype "RUSTIG" (standaard) of "GEMENGD". ' +
          'Een kopregel (tekst in kolom 4) wordt overgeslagen.',
        'Toelaatbaarheid. Stapelen: alleen tot het aantal lagen in kolom 5 van de normen. Mengen: de doelfunctie moet ' +
          'categorie wonen hebben; functiemengingscategorie A mag aanpandig aan woningen; B alleen bouwkundig gescheiden; ' +
          'C wordt naast woningen geweigerd (alleen langs hoofdinfrastructuur; deze regel is niet in een primaire bron ' +
          'gelezen [R]); een milieucategorie mag als de afstand ten minste de richtafstand is (GREX.RICHTAFSTAND, VNG ' +
          '2009, rustig of gemengd gebied); zonder categorie wordt mengen geweigerd omdat het niet te toetsen is. ' +
          'Combineren: GREX kent geen toetsingsregel; de gemeente motiveert. Een geweigerde optie staat wel in de tabel ' +
          '(met de grond die ze zou besparen en de reden), maar telt niet mee in de beste combinatie.',
        'De functiemengingscategorieën horen bij het functiemengingssysteem voor gebieden met functiemenging; GREX ' +
          "toetst niet of het plangebied zo'n gebied is. Geen enkele uitkomst vervangt de ruimtelijke onderbouwing.",
        `Beste combinatie: tot en met ${EXHAUSTIVE_MAX} toegestane opties worden alle combinaties doorgerekend (hoogstens ` +
          `4.096); de beste heeft de kleinste ruimteclaim, bij gelijke claim de minste opties, daarna de eerste in de tabel. ` +
          `Boven ${EXHAUSTIVE_MAX} opties een heuristiek: telkens de optie toevoegen die de ruimteclaim het meest verlaagt, ` +
          `tot geen optie meer helpt. Die is nooit slechter dan de beste losse optie, maar vindt niet gegarandeerd het optimum; ` +
          `de toelichting meldt welke methode is gebruikt.`,
        'Opties van dezelfde soort die dezelfde functie raken (twee keer stapelen van wonen, twee keer mengen van één ' +
          'werkfunctie, twee combinaties met één functie) sluiten elkaar uit: het zijn alternatieven. Daardoor verhoogt ' +
          'geen optie ooit de ruimteclaim, alleen of in combinatie. Volgorde binnen een combinatie: eerst stapelen, dan mengen, dan combineren.',
        'Ruimte voor werken blijft zichtbaar: "grond voor werken" is wat de functies met categorie werken claimen, ' +
          '"ruimte over voor werken" is wat het beschikbare oppervlak overlaat na alle andere functies (negatief: de ' +
          'andere functies passen zelf al niet). Mengen verlaagt de grond voor werken maar niet de ruimte die overblijft.',
        'GREX toetst niet of de plinten groot genoeg zijn: is de gemengde grond groter dan de grond van de woonfunctie, dan meldt de toelichting dit.',
        'Grondwaarde (optioneel): per functie een bedrag per m² grond (grondslag "m2", bijv. een uitgifteprijs per m² ' +
          'kavel) of per eenheid van de norm (grondslag "eenheid", bijv. een residuele grondwaarde per woning uit ' +
          'GREX.RESIDUELEGRONDWAARDE). GREX houdt een bedrag per m² gelijk voor elke keuze; bij stapelen stijgt in ' +
          'werkelijkheid de waarde per m² grond, gebruik daar "eenheid". Functies zonder bedrag tellen als 0.',
        ...NORM_NOTES,
      ],
      examples: [
        {
          formula:
            '=GREX.MENGOPTIES({"woning",1000;"baan",400},{"Wonen","woning",60,"wonen",4,"";' +
            '"Werken","baan",25,"werken",2,"A";"Groen","woning",75,"groen","",""},120000,{"Hoger bouwen","stapelen","Wonen",2;"Plint","mengen","Werken",0.5})',
          result: 'zonder opties',
          explanation:
            'Zonder opties 145.000 m² (past niet op 120.000). Hoger bouwen: wonen 60.000 / 2 = 30.000, bespaart 30.000 m². ' +
            'Plint: de helft van 10.000 m² werken naar de plint (categorie A, toegestaan), bespaart 5.000 m². Beste ' +
            'combinatie beide: 30.000 + 5.000 + 75.000 = 110.000 m², past, 10.000 m² blijft over; ruimte over voor werken 120.000 − 105.000 = 15.000 m².',
        },
      ],
    },
    sources: [SRC.barcode, SRC.rsu, SRC.q10, SRC.model, SRC.fmAB, SRC.fmGebieden, SRC.fmC, SRC.tabel, SRC.gemengd],
    impl: (a) => mengoptiesTable(a.table('programma'), a.table('normen'), a.number('beschikbaar_oppervlak'), a.optTable('opties'), a.optTable('grondwaarden')),
  },
  {
    id: 'RICHTAFSTAND',
    category: CATEGORY,
    description: 'Richtafstand in meters tot woningen voor een milieucategorie (VNG Bedrijven en milieuzonering 2009), rustig of gemengd gebied.',
    params: [
      {
        name: 'milieucategorie',
        kind: 'text',
        maxLength: 10,
        description: 'Milieucategorie: "1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3" of "6" (ook als getal of als "3,1").',
      },
      {
        name: 'gebiedstype',
        kind: 'enum',
        values: GEBIEDSTYPEN,
        default: 'RUSTIG',
        description: '"RUSTIG" (rustige woonwijk, standaard) of "GEMENGD" (gemengd gebied: één afstandsstap lager).',
      },
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'categorie       1   2   3.1  3.2  4.1  4.2  5.1  5.2  5.3   6',
        'RUSTIG (m)     10  30   50  100  200  300  500  700  1000  1500',
        'GEMENGD (m)     0  10   30   50  100  200  300  500   700  1000   (één afstandsstap lager)',
      ],
      notes: [
        'Dit is het systeem van de VNG-publicatie Bedrijven en milieuzonering, editie 2009 (het "Groene Boekje"): de ' +
          'richtafstand tussen een bedrijf van een milieucategorie en een rustige woonwijk, de grootste van geur, stof, ' +
          'geluid en gevaar. In gemengd gebied mag de afstand één stap lager.',
        'Onder de Omgevingswet is de opvolger de VNG-handreiking Activiteiten en milieuzonering: die kent geen Staat ' +
          'van bedrijfsactiviteiten met milieucategorieën meer, maar werkt met milieugebruiksruimte per bedrijf met ' +
          'concrete milieunormen. Gebruik deze tabel voor plannen en toetsen die nog op het systeem van 2009 steunen.',
        'Verificatie: 30 m (cat. 2), 50 m (3.1), 100 m (3.2) en 200 m (4.1) zijn gezien in een Staat van ' +
          'bedrijfsactiviteiten; de waarden voor 1, 4.2, 5.1, 5.2, 5.3 en 6 zijn niet in een primaire bron gelezen [R] en ' +
          'volgen de tabel in docs/methode/barcode.md#richtafstanden. Controleer ze in de VNG-publicatie voordat ze een besluit dragen.',
        'Een richtafstand is een indicatie: kleinere afstanden kunnen met maatwerk en onderzoek (bijv. akoestisch) ' +
          'worden gemotiveerd. GREX.MENGOPTIES gebruikt deze tabel om mengen bij een milieucategorie te toetsen.',
      ],
      examples: [
        { formula: '=GREX.RICHTAFSTAND("3.1")', result: 50, explanation: 'Categorie 3.1 in een rustige woonwijk: 50 m.' },
        { formula: '=GREX.RICHTAFSTAND("3,1","GEMENGD")', result: 30, explanation: 'In gemengd gebied één stap lager: 30 m.' },
        { formula: '=GREX.RICHTAFSTAND(1,"GEMENGD")', result: 0, explanation: 'Categorie 1 in gemengd gebied: 0 m.' },
      ],
    },
    sources: [SRC.tweeSystemen, SRC.rustig, SRC.tabel, SRC.gemengd, SRC.q11, SRC.opvolger, SRC.opvolgerRnmw],
    impl: (a) => richtafstandOf(a.text('milieucategorie'), a.text('gebiedstype') as Gebiedstype),
  },
  {
    id: 'FMI',
    category: CATEGORY,
    description: 'Functiemengingsindex: 100 × banen / (banen + woningen); 0 = alleen wonen, 100 = alleen werken.',
    params: [amount('banen', 'Aantal banen (arbeidsplaatsen, bijv. uit LISA).'), amount('woningen', 'Aantal woningen.')],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['FMI = 100 × banen / (banen + woningen)'],
      notes: [
        'BBV-beleidsindicator (bron LISA): 0 = alleen wonen, 100 = alleen werken, 50 = evenveel banen als woningen. De ' +
          'betekenis is geverifieerd; de formule zelf is niet in een primaire bron gelezen [R].',
        'Banen en woningen mogen niet negatief zijn en niet samen 0.',
      ],
      examples: [{ formula: '=GREX.FMI(400,1000)', result: 28.571428571428573, explanation: '100 × 400 / 1.400 = 28,57.' }],
    },
    sources: [SRC.fmi],
    impl: (a) => fmi(a.number('banen'), a.number('woningen')).toNumber(),
  },
  {
    id: 'FSI',
    category: CATEGORY,
    description: 'Floor space index (bebouwingsdichtheid): bruto vloeroppervlak gedeeld door het terreinoppervlak.',
    params: [
      amount('bvo', 'Bruto vloeroppervlak van alle functies in m².'),
      amount('terreinoppervlak', 'Terreinoppervlak in m² (groter dan 0).', { minExclusive: true }),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['FSI = bvo / terreinoppervlak'],
      notes: ['PBL-definitie van de bebouwingsdichtheid. Kies het terrein (netto kavel, bouwblok, wijk) bewust: de FSI hangt af van de schaal.'],
      examples: [{ formula: '=GREX.FSI(150000,100000)', result: 1.5, explanation: '150.000 m² bvo op 10 ha: FSI 1,5.' }],
    },
    sources: [SRC.pbl],
    impl: (a) => fsi(a.number('bvo'), a.number('terreinoppervlak')).toNumber(),
  },
  {
    id: 'MXI',
    category: CATEGORY,
    description: 'Mixed-use index: het aandeel wonen in het bruto vloeroppervlak (bvo wonen / bvo totaal).',
    params: [
      amount('bvo_wonen', 'Bruto vloeroppervlak wonen in m² (hoogstens bvo_totaal).'),
      amount('bvo_totaal', 'Bruto vloeroppervlak van alle functies in m² (groter dan 0).', { minExclusive: true }),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['MXI = bvo_wonen / bvo_totaal   (0 … 1; 1 = alleen wonen)'],
      notes: [
        'PBL-definitie. Het resultaat is een fractie: een cel opgemaakt als percentage toont 0,8 als 80%. bvo_wonen groter dan bvo_totaal wordt geweigerd.',
      ],
      examples: [{ formula: '=GREX.MXI(80000,100000)', result: 0.8, explanation: '80.000 m² wonen van 100.000 m² bvo: MXI 0,8 (80% wonen).' }],
    },
    sources: [SRC.pbl],
    impl: (a) => mxi(a.number('bvo_wonen'), a.number('bvo_totaal')).toNumber(),
  },
];
