/**
 * Grondwaarde and waardesprong: GREX.RESIDUELEGRONDWAARDE, GREX.GRONDQUOTE,
 * GREX.GRONDWAARDE.BEDRIJF, GREX.WAARDESPRONG (docs/methode/grondwaarde.md).
 */
import {
  residualLandValue,
  landQuota,
  commercialLandValueBy,
  valueUplift,
  BEDRIJF_GRONDSLAGEN,
  GRONDSLAGEN,
  GW_LABEL,
  type BedrijfGrondslag,
  type Grondslag,
} from '../../core/grondwaarde';
import type { EnumParam, FunctionSpec, NumberParam, Source } from '../types';
import { cite } from '../sources';
import { amount, PLAUSIBLE, share } from './common';

const CATEGORY = 'Grondwaarde en waardesprong' as const;

const btw: NumberParam = share('btw', 'BTW-tarief als fractie (21% = 0,21; vóór 1-10-2012 19%). Tussen 0% en 100%.', { plausible: PLAUSIBLE.btw });
const vonInclBtw: NumberParam = amount('von_incl_btw', 'Verkoopprijs vrij op naam, inclusief BTW (bedrag > 0).', { min: 0, minExclusive: true });
const grondslag = (name: string, what: string): EnumParam => ({
  name,
  kind: 'enum',
  values: GRONDSLAGEN,
  default: 'VON',
  optional: true,
  description:
    `Grondslag van ${what}: "VON" (VON excl. BTW, standaard), "STICHTINGSKOSTEN" (bouw- + bijkomende kosten) of "INCLGROND" ` +
    `(stichtingskosten + de grondwaarde zelf).`,
});

const bedrijfGrondslag = (name: string, what: string): EnumParam => ({
  name,
  kind: 'enum',
  values: BEDRIJF_GRONDSLAGEN,
  default: 'OPBRENGST',
  optional: true,
  description:
    `Grondslag van ${what}: "OPBRENGST" (de beleggingswaarde, standaard), "STICHTINGSKOSTEN" (bouw- + bijkomende kosten) ` +
    `of "INCLGROND" (stichtingskosten + de grondwaarde zelf).`,
});

const SRC = {
  rgwDefinitie: cite('bouweconomie-rgw', 'Residuele grondwaarde = verkoopprijs − stichtingskosten (bouw-, advies- en bijkomende kosten) (bouweconomie.com)'),
  delft: cite(
    'delft-2002-grondprijsbeleid',
    'Residuele waardemethode: woningen VON minus bouwkosten; commercieel vastgoed via BAR/NAR of DCF (Delft, Nota grondprijsbeleid 2002)',
  ),
  grondslag: cite(
    'leerboek-akwr-parameters',
    'De grondslag van AK en W&R (bouw- + bijkomende kosten, incl. grond, of netto omzet) bepaalt de uitkomst; ' +
      'parameters BAR 7,5%, huur €180/m² VVO, bouwkosten €900/m² BVO, bijkomend 18% (leerboekvoorbeeld; alleen parameters geverifieerd)',
  ),
  deMarne: cite(
    'demarne-2009-grondprijs',
    'Gemeente De Marne (2009): VON €239.000 incl. 19% BTW, 450 m³ × €225, 24% bijkomend incl. winst, kavel 800 m² → ca. €75.000, €94/m²',
  ),
  btwTarief: cite(
    'methode-grondwaarde-btw',
    'BTW-tarief woningen 21% (19% vóór 1-10-2012): niet geverifieerd, daarom altijd een argument; BTW alleen waar een prijs incl. BTW wordt ingevoerd',
  ),
  gesloten: cite('methode-grondwaarde-inclgrond', 'Grondslag "INCLGROND" exact opgelost in gesloten vorm, niet iteratief'),
  grondquote: cite('methode-grondwaarde-grondquote', 'Grondquote GQ = RGW / VON excl. BTW (gangbare definitie, niet in een bron gelezen)'),
  bedrijfAkWr: cite('methode-grondwaarde-bedrijf', 'Bedrijfskavel: waarde = huur × VVO / BAR; AK + W&R over die waarde'),
  waardesprong: cite(
    'methode-waardesprong',
    'Waardesprong bruto = waarde na − waarde voor; planbaten netto = bruto − grondproductiekosten (definitie zonder primaire bron)',
  ),
  werkelijkeWaarde: cite(
    'teamadvocaten-werkelijke-waarde',
    'Inbrengwaarde = werkelijke waarde, inclusief voldoende reële verwachtingen van bestemmingswijziging (HR 5-6-1968; HR 14-6-2002)',
  ),
  ow1315: cite('ow-13-15', 'Ow 13.15: waardevermeerdering van de locatie door de activiteit als plafond van kostenverhaal zonder tijdvak'),
} satisfies Record<string, Source>;

export const GRONDWAARDE: FunctionSpec[] = [
  {
    id: 'RESIDUELEGRONDWAARDE',
    category: CATEGORY,
    description: 'Residuele grondwaarde van een woning: VON excl. BTW min bouw-, bijkomende, algemene kosten, winst & risico en overige kosten.',
    params: [
      vonInclBtw,
      btw,
      amount('bouwkosten', 'Bouwkosten als totaalbedrag excl. BTW (bijv. BVO × €/m² of inhoud × €/m³).'),
      share('bijkomende_kosten_pct', 'Bijkomende kosten als fractie van de bouwkosten (honoraria, leges, aansluitingen …), bijv. 0,18.', {
        plausible: PLAUSIBLE.opslag,
      }),
      share('ak_pct', 'Algemene kosten (AK) als fractie van hun grondslag, bijv. 0,03.', { plausible: PLAUSIBLE.opslag }),
      share('wr_pct', 'Winst en risico (W&R) als fractie van hun grondslag, bijv. 0,05.', { plausible: PLAUSIBLE.opslag }),
      grondslag('ak_grondslag', 'de algemene kosten'),
      grondslag('wr_grondslag', 'winst en risico'),
      amount('overige_kosten', 'Overige kosten als positief bedrag (sloop, planschade, kosten koper …). Leeg: 0.', { default: 0, optional: true }),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'V = von_incl_btw / (1 + btw);  S = bouwkosten × (1 + bijkomende_kosten_pct);  O = overige_kosten',
        'RGW = V − S − O − ak_pct × grondslag_AK − wr_pct × grondslag_WR',
        'grondslag: "VON" = V;  "STICHTINGSKOSTEN" = S;  "INCLGROND" = S + RGW',
        'Exact opgelost: RGW = (V − S − O − F) / (1 + a), met F = Σ pct × (V of S) en a = som van de percentages met grondslag "INCLGROND"',
      ],
      notes: [
        'Uitkomst > 0: de grond heeft een positieve residuele waarde; < 0: de opbrengst dekt de stichtingskosten niet ' +
          '(residueel tekort). Bedragen positief invoeren.',
        'Grondslag "INCLGROND" is circulair (de kosten hangen af van de grondwaarde zelf); GREX lost dit exact op, ook ' +
          'als AK en W&R verschillende grondslagen hebben. Substitutie van de uitkomst in de formule geeft precies de uitkomst terug.',
        'BTW-tarief is altijd een argument (21%; vóór 1-10-2012 19%) [R]. De BTW wordt alleen van de VON-prijs afgetrokken (docs/methode/grondwaarde.md#btw).',
        'Overige kosten worden afgetrokken maar tellen in geen enkele grondslag mee; de stichtingskosten S zijn bouwkosten + bijkomende kosten.',
        'De gepubliceerde rekenvoorbeelden van vastgoedplan.nl en amsterplan.nl trekken kosten af van een prijs zonder ' +
          'BTW-behandeling; u reproduceert ze met btw = 0 en bijkomende kosten, AK en W&R = 0.',
        'De Marne (2009) rekent met 19% BTW en 24% bijkomende kosten inclusief winst (dan AK = W&R = 0); de ' +
          'gepubliceerde tussenuitkomsten zijn afgerond (€75.000; €94/m²), GREX rekent onafgerond (€75.290; €94,11/m²).',
        'Geen wetsartikel: een rekenmethode. Residuele methode [V: bouweconomie.com, Delft 2002]; de keuze van de ' +
          'grondslag [V: leerboekvoorbeeld, alleen parameters]; exacte oplossing bij "INCLGROND" [besluit]; het BTW-tarief [R].',
      ],
      examples: [
        {
          formula: '=GREX.RESIDUELEGRONDWAARDE(363000,0.21,150000,0.2,0.03,0.05)',
          result: 96000,
          explanation:
            'V = 363.000 / 1,21 = 300.000; S = 150.000 × 1,2 = 180.000; AK + W&R = 8% × 300.000 = 24.000; RGW = 300.000 − 180.000 − 24.000 = 96.000.',
        },
        {
          formula: '=GREX.RESIDUELEGRONDWAARDE(363000,0.21,150000,0.2,0.03,0.05,"INCLGROND","INCLGROND",5000)',
          result: 93148.14814814815,
          explanation: 'RGW = (300.000 − 180.000 − 5.000 − 8% × 180.000) / 1,08 = 100.600 / 1,08 = 93.148,15.',
        },
        {
          formula: '=GREX.RESIDUELEGRONDWAARDE(239000,0.19,101250,0.24,0,0)',
          result: 75290.33613445378,
          explanation:
            'De Marne (2009): 239.000 / 1,19 − 450 m³ × €225 × 1,24 = 200.840,34 − 125.550 = 75.290,34 (gepubliceerd afgerond €75.000; /800 m² = €94/m²).',
        },
      ],
    },
    sources: [SRC.rgwDefinitie, SRC.delft, SRC.grondslag, SRC.deMarne, SRC.btwTarief, SRC.gesloten],
    impl: (a) =>
      residualLandValue({
        vonInclBtw: a.number('von_incl_btw'),
        btw: a.number('btw'),
        bouwkosten: a.number('bouwkosten'),
        bijkomendePct: a.number('bijkomende_kosten_pct'),
        akPct: a.number('ak_pct'),
        wrPct: a.number('wr_pct'),
        akGrondslag: a.text('ak_grondslag') as Grondslag,
        wrGrondslag: a.text('wr_grondslag') as Grondslag,
        overigeKosten: a.number('overige_kosten'),
      }).residueleGrondwaarde.toNumber(),
  },
  {
    id: 'GRONDQUOTE',
    category: CATEGORY,
    description: 'Grondquote: grondwaarde als fractie van de verkoopprijs VON exclusief BTW.',
    params: [
      { name: 'grondwaarde', kind: 'number', description: 'Grondwaarde (bijv. de uitkomst van GREX.RESIDUELEGRONDWAARDE); mag negatief zijn.' },
      vonInclBtw,
      btw,
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: ['GQ = grondwaarde / (von_incl_btw / (1 + btw))'],
      notes: [
        'Een fractie: 0,32 = 32% van de VON-prijs excl. BTW is grondwaarde.',
        'Omgekeerd (grondquotemethode): grondwaarde = GQ × VON excl. BTW.',
        'Geen wetsartikel. De gangbare definitie, zonder geverifieerde bron [R] (docs/methode/grondwaarde.md#grondquote); het BTW-tarief is een argument [R].',
      ],
      examples: [{ formula: '=GREX.GRONDQUOTE(96000,363000,0.21)', result: 0.32, explanation: '96.000 / (363.000 / 1,21) = 96.000 / 300.000.' }],
    },
    sources: [SRC.grondquote, SRC.btwTarief],
    impl: (a) => landQuota(a.number('grondwaarde'), a.number('von_incl_btw'), a.number('btw')).toNumber(),
  },
  {
    id: 'GRONDWAARDE.BEDRIJF',
    category: CATEGORY,
    description: 'Residuele grondwaarde van een bedrijfskavel: gekapitaliseerde huur min bouw-, bijkomende kosten en AK + W&R.',
    params: [
      amount('markthuur_per_m2', 'Markthuur per m² VVO per jaar, excl. BTW.'),
      amount('vvo', 'Verhuurbaar vloeroppervlak in m² (bijv. BVO × vormfactor).'),
      {
        name: 'bar',
        kind: 'rate',
        min: 0,
        max: 1,
        minExclusive: true,
        minLabel: '0%',
        maxLabel: '100%',
        plausible: PLAUSIBLE.rente,
        description: 'Bruto aanvangsrendement kosten koper als fractie (7,5% = 0,075); groter dan 0.',
      },
      amount('bouwkosten', 'Bouwkosten als totaalbedrag excl. BTW (bijv. BVO × €/m²).'),
      share('bijkomende_kosten_pct', 'Bijkomende kosten als fractie van de bouwkosten, bijv. 0,18.', { plausible: PLAUSIBLE.opslag }),
      share(
        'ak_wr_pct',
        'Algemene kosten + winst en risico samen, als fractie van de beleggingswaarde. Met ak_pct: alleen winst en risico, over wr_grondslag.',
        { plausible: PLAUSIBLE.opslag },
      ),
      share('ak_pct', 'Algemene kosten apart, als fractie van ak_grondslag (bijv. 0,05). Leeg: AK zit in ak_wr_pct.', {
        optional: true,
        plausible: PLAUSIBLE.opslag,
      }),
      bedrijfGrondslag('ak_grondslag', 'de algemene kosten (ak_pct)'),
      bedrijfGrondslag('wr_grondslag', 'ak_wr_pct'),
    ],
    result: { shape: 'scalar', type: 'number' },
    help: {
      formula: [
        'waarde = markthuur_per_m2 × vvo / bar',
        'RGW = waarde − bouwkosten × (1 + bijkomende_kosten_pct) − ak_wr_pct × waarde   (standaard)',
        'met grondslagen: RGW = waarde − S − ak_pct × grondslag_AK − ak_wr_pct × grondslag_WR,  S = bouwkosten × (1 + bijkomende_kosten_pct)',
        'grondslag: "OPBRENGST" = waarde;  "STICHTINGSKOSTEN" = S;  "INCLGROND" = S + RGW, exact opgelost: RGW = (waarde − S − F) / (1 + a)',
      ],
      notes: [
        'Uitkomst > 0: positieve residuele grondwaarde; < 0: tekort. Bedragen positief invoeren.',
        'Standaard gaan AK en W&R samen (ak_wr_pct) over de beleggingswaarde (de netto opbrengst). Het leerboek toont ' +
          'drie grondslagen voor de AK: bouw- plus bijkomende kosten ("STICHTINGSKOSTEN"), plus grond ("INCLGROND") en de ' +
          'netto opbrengst ("OPBRENGST"), met W&R over de netto opbrengst. Geef dan de AK apart op in ak_pct met ' +
          'ak_grondslag; ak_wr_pct is dan alleen W&R, over wr_grondslag (standaard "OPBRENGST"). "INCLGROND" is circulair ' +
          'en wordt exact opgelost, zoals bij GREX.RESIDUELEGRONDWAARDE. Zie docs/methode/conventies.md#grondslag-ak-bedrijfskavel.',
        'Veel gemeenten prijzen bedrijventerreinen comparatief; de residuele methode geldt als de marktconforme ' +
          'benadering (docs/methode/grondwaarde.md#bedrijfskavel).',
        'Geen wetsartikel: residuele waardemethode voor commercieel vastgoed via BAR [V: Delft 2002]; AK + W&R ' +
          'standaard over de beleggingswaarde (keuze van GREX); de drie AK-grondslagen [V-ind: leerboekparameters].',
      ],
      examples: [
        {
          formula: '=GREX.GRONDWAARDE.BEDRIJF(180,800,0.075,900000,0.18,0.15)',
          result: 570000,
          explanation: 'Leerboekparameters: 180 × 800 / 0,075 = 1.920.000; − 900.000 × 1,18 = 1.062.000; − 15% × 1.920.000 = 288.000; RGW = 570.000.',
        },
        {
          formula: '=GREX.GRONDWAARDE.BEDRIJF(180,800,0.075,900000,0.18,0.1,0.05,"STICHTINGSKOSTEN")',
          result: 612900,
          explanation:
            'AK 5% over bouw- plus bijkomende kosten (53.100), W&R 10% over de netto opbrengst (192.000): 1.920.000 − 1.062.000 − 53.100 − 192.000 = 612.900.',
        },
        {
          formula: '=GREX.GRONDWAARDE.BEDRIJF(180,800,0.075,900000,0.18,0.1,0.05,"INCLGROND")',
          result: 583714.2857142857,
          explanation: 'AK 5% over bouw-, bijkomende kosten en de grond: (1.920.000 − 1.062.000 − 53.100 − 192.000) / 1,05 = 583.714,29.',
        },
      ],
    },
    sources: [SRC.delft, SRC.grondslag, SRC.bedrijfAkWr],
    impl: (a) =>
      commercialLandValueBy({
        huurPerM2: a.number('markthuur_per_m2'),
        vvo: a.number('vvo'),
        bar: a.number('bar'),
        bouwkosten: a.number('bouwkosten'),
        bijkomendePct: a.number('bijkomende_kosten_pct'),
        akPct: a.optNumber('ak_pct') ?? 0,
        wrPct: a.number('ak_wr_pct'),
        akGrondslag: a.text('ak_grondslag') as BedrijfGrondslag,
        wrGrondslag: a.text('wr_grondslag') as BedrijfGrondslag,
      }).residueleGrondwaarde.toNumber(),
  },
  {
    id: 'WAARDESPRONG',
    category: CATEGORY,
    description: 'Waardesprong bruto (waarde na − waarde voor) en planbaten netto (na aftrek van grondproductiekosten).',
    params: [
      amount('waarde_voor', 'Waarde vóór de planontwikkeling (huidig gebruik, inclusief reële verwachtingswaarde; kies de basis bewust).'),
      amount('waarde_na', 'Waarde na de ontwikkeling (bouwrijpe uitgeefbare grond, residueel of comparatief).'),
      amount('grondproductiekosten', 'Grondproductiekosten (bouw- en woonrijp maken, plankosten, sloop, sanering, planschade …).'),
    ],
    result: { shape: 'row', labels: [GW_LABEL.bruto, GW_LABEL.netto] },
    help: {
      formula: ['bruto = waarde_na − waarde_voor', 'netto = bruto − grondproductiekosten'],
      notes: [
        'Positief = waardestijging / planbaten; negatief = waardedaling of tekort.',
        'De waarde vóór is de inbrengwaarde-basis: de werkelijke waarde inclusief voldoende reële verwachtingswaarde, ' +
          'niet zonder meer de agrarische waarde [V]. Kies WOZ, taxatie of werkelijke waarde expliciet.',
        'Per locatie is waarde na − waarde voor de waardevermeerdering die bij kostenverhaal zonder tijdvak het plafond vormt (Ow 13.15) [V].',
        'Geen wetsartikel voor de waardesprong zelf: de definities bruto/netto hebben geen primaire bron [R] ' +
          '(docs/methode/grondwaarde.md#waardesprong). Het gebruik als plafond volgt uit Ow 13.15 [V].',
      ],
      examples: [
        {
          formula: '=GREX.WAARDESPRONG(500000,4000000,2500000)',
          result: 3500000,
          explanation: 'Spilt 3.500.000 | 1.000.000: 4.000.000 − 500.000, en daarvan 2.500.000 grondproductiekosten af.',
        },
      ],
    },
    sources: [SRC.waardesprong, SRC.werkelijkeWaarde, SRC.ow1315],
    impl: (a) => {
      const u = valueUplift(a.number('waarde_voor'), a.number('waarde_na'), a.number('grondproductiekosten'));
      return [[u.bruto.toNumber(), u.netto.toNumber()]];
    },
  },
];
