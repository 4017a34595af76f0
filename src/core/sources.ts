/**
 * The one source catalogue: every public source GREX relies on, and every
 * method section where GREX made a choice that no source makes, stated once
 * with its verification tag. The registry, the builders, the core and the
 * method documents (docs/methode/) refer to a source by its id.
 *
 * Tags (docs/methode/index.md#verificatie):
 *  - V      the page is published by whoever sets the rule or did the work
 *           (law on an official site, the gazette, a court, a municipality
 *           about its own policy, the issuer of a contract), and it states
 *           what GREX cites it for;
 *  - V-ind  only indirectly: commentary, news, a consultant or law firm, a
 *           municipality quoting a BBV notitie, or a mirror of a document
 *           (a copy of a judgment or a law text on a third-party site);
 *  - R      not verified: recalled, or the page does not state the rule;
 *  - besluit a product decision of GREX, explained in the method document.
 * `read` is the date on which the page was read and recorded in GREX.
 */

export type VerificationTag = 'V' | 'V-ind' | 'R' | 'besluit';

export const TAG_TEXT: Record<VerificationTag, string> = {
  V: 'geverifieerd',
  'V-ind': 'indirect geverifieerd',
  R: 'niet geverifieerd',
  besluit: 'productbesluit GREX',
};

export interface CatalogueEntry {
  /** Title of the page or document, in its own language. */
  title: string;
  publisher: string;
  /** Public address; for a method section the path in this repository. */
  url?: string;
  /** Date read (YYYY-MM-DD); not for method sections. */
  read?: string;
  tag: VerificationTag;
  /** Why the tag is what it is, where that is not obvious. */
  why?: string;
}

const R0 = '2026-11-25';
const R1 = '2026-12-01';
const MIRROR = 'kopie op een website van derden; het origineel is niet gelezen';
const QUOTES_BBV = 'gemeente die de notitie van de Commissie BBV aanhaalt; de notitie zelf is niet gelezen';
const COMMENTARY = 'toelichting door derden, niet de bron van de regel';
const NEWS = 'nieuwsbericht';
const LAW_MIRROR = 'wettekst met commentaar op een website van derden; niet op wetten.overheid.nl gelezen';

// no side effects: a bundle that never reads the catalogue drops these entries with it
const m = /*#__NO_SIDE_EFFECTS__*/ (file: string, anchor: string, title: string, tag: 'besluit' | 'R'): CatalogueEntry => ({
  title,
  publisher: 'GREX',
  url: `docs/methode/${file}.md#${anchor}`,
  tag,
});

export const SOURCE_CATALOGUE = {
  // --- Tijdwaarde en BBV-grondexploitatie
  'heerhugowaard-2018-resultaat': {
    title: 'Begroting 2018, resultaat grondbedrijfcomplexen',
    publisher: 'Gemeente Heerhugowaard',
    read: R0,
    tag: 'V',
    url: 'https://heerhugowaard.begroting-2018.nl/p153/resultaat-grondbedrijfcomplexen',
  },
  'scobe-2024-notitie-grondbeleid': {
    title: '7 gemiste kansen: de notitie Grondbeleid van de commissie BBV (2023)',
    publisher: 'Scobe',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://scobe.nl/nieuws/7-gemiste-kansen-de-notitie-grondbeleid-van-de-commissie-bbv-2023',
  },
  'gorinchem-2022-grondslagen': {
    title: 'Jaarstukken 2022, grondbeleid: grondslagen van waardering en resultaatbepaling',
    publisher: 'Gemeente Gorinchem',
    read: R0,
    tag: 'V',
    url: 'https://jaarstukken.gorinchem.nl/2022/jaarverslag-paragrafen/grondbeleid/grondslagen-van-waardering-en-resultaatbepaling',
  },
  'koggenland-2020-rente': {
    title: 'Begroting 2020, renteberekening',
    publisher: 'Gemeente Koggenland',
    read: R0,
    tag: 'V-ind',
    why: QUOTES_BBV,
    url: 'https://koggenland.begroting-2020.nl/p2711/renteberekening',
  },
  'gorinchem-2018-rente': {
    title: 'Begroting 2018, financiering: renteontwikkeling',
    publisher: 'Gemeente Gorinchem',
    read: R0,
    tag: 'V',
    url: 'https://begroting2018.gorinchem.nl/beleidsbegroting-paragrafen/financiering/renteontwikkeling',
  },
  'shertogenbosch-2018-looptijd': {
    title: 'Begroting 2018, grondexploitatiecomplexen met een looptijd van meer dan 10 jaar',
    publisher: "Gemeente 's-Hertogenbosch",
    read: R0,
    tag: 'V-ind',
    why: QUOTES_BBV,
    url: 'https://s-hertogenbosch.begroting-2018.nl/p586/grondexploitatiescomplexen-met-een-looptijd-van-meer-dan-10-jaar',
  },
  'medemblik-2018-winstneming': {
    title: 'Jaarverslag 2018, winstneming',
    publisher: 'Gemeente Medemblik',
    read: R0,
    tag: 'V-ind',
    why: QUOTES_BBV,
    url: 'https://medemblik.jaarverslag-2018.nl/p3299/winstneming',
  },
  'laarbeek-2021-winstneming': {
    title: 'Begroting 2021, winstneming',
    publisher: 'Gemeente Laarbeek',
    read: R0,
    tag: 'V-ind',
    why: QUOTES_BBV,
    url: 'https://laarbeek.begroting-2021.nl/p2148/winstneming',
  },
  'gebiedseconomie-voorziening': {
    title: 'Voorziening bij grondexploitaties (over de notitie Grondexploitatie 2012 van de Commissie BBV)',
    publisher: 'Gebiedseconomie.nl',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.gebiedseconomie.nl/content/v/voorziening-bij-grondexploitaties',
  },
  'kb-financieel-ncw-irr': {
    title: 'Berekening NCW en IR bij vaste periodiciteit',
    publisher: 'kb-financieel.nl',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'http://www.kb-financieel.nl/berekening-ncw-en-ir-bij-vaste-periodiciteit.14626.lynkx',
  },
  'methode-irr-eenduidig': m('conventies', 'interne-rentevoet', 'Interne rentevoet alleen bij één tekenwisseling', 'besluit'),
  'methode-tijdwaarde-conventies': m('tijdwaarde-bbv', 'conventies', 'Tijdsconventies: eind, midden, begin; peiljaar en prijspeiljaar', 'besluit'),
  'methode-bbv-rente-negatief': m(
    'tijdwaarde-bbv',
    'rente-over-een-negatieve-boekwaarde',
    'Geen rente over een negatieve boekwaarde, tenzij gevraagd',
    'besluit',
  ),
  'methode-bbv-disconteringsvoet': m(
    'tijdwaarde-bbv',
    'disconteringsvoet',
    'Disconteringsvoet 2% als standaard; afwijking gemeld door de BBV-toets',
    'besluit',
  ),
  'methode-bbv-poc-basis': m('tijdwaarde-bbv', 'tussentijdse-winstneming-poc', 'POC over het resultaat dat de gebruiker doorgeeft', 'besluit'),
  'methode-bbv-voorziening': m('tijdwaarde-bbv', 'verliesvoorziening', 'Verliesvoorziening = max(0, −resultaat) op de doorgegeven basis', 'besluit'),
  'methode-bbv-toets': m('tijdwaarde-bbv', 'bbv-toets', 'De toetsen van GREX.BBV.TOETS', 'besluit'),

  // --- Risico
  'heemskerk-2018-weerstand': {
    title: 'Begroting 2018, benodigde weerstandscapaciteit',
    publisher: 'Gemeente Heemskerk',
    read: R0,
    tag: 'V',
    url: 'https://heemskerk.begroting-2018.nl/p2387/3-benodigde-weerstandscapaciteit',
  },
  'ede-2017-weerstand': {
    title: 'Jaarverslag 2017, benodigde weerstandscapaciteit',
    publisher: 'Gemeente Ede',
    read: R0,
    tag: 'V',
    url: 'https://ede.jaarverslag-2017.nl/p2684/benodigde-weerstandscapaciteit',
  },
  'tiel-2020-weerstand': {
    title: 'Begroting 2020, de benodigde weerstandscapaciteit',
    publisher: 'Gemeente Tiel',
    read: R0,
    tag: 'V',
    url: 'https://tiel.begroting-2020.nl/p22918/de-benodigde-weerstandscapaciteit',
  },
  'langedijk-2020-weerstand': {
    title: 'Begroting 2020, benodigd weerstandsvermogen',
    publisher: 'Gemeente Langedijk',
    read: R0,
    tag: 'V',
    url: 'https://langedijk.begroting-2020.nl/p9703/benodigd-weerstandsvermogen',
  },
  'xoshiro-prng': {
    title: 'xoshiro / xoroshiro generators and the PRNG shootout',
    publisher: 'D. Blackman en S. Vigna',
    read: R0,
    tag: 'V',
    url: 'https://prng.di.unimi.it/',
  },
  'methode-risico-rekenmodel': m('risico', 'rekenmodel', 'Rekenmodel van de risicosimulatie', 'R'),
  'methode-risico-portefeuille': m(
    'mpg',
    'weerstandscapaciteit-van-het-grondbedrijf',
    'Eén simulatie over de risico’s van alle complexen, onafhankelijk ook tussen complexen',
    'R',
  ),

  // --- Meerjarenprognose Grondbedrijf (MPG)
  'almere-2023-verschillenanalyse': {
    title: 'MPGA 2023, verschillenanalyse',
    publisher: 'Gemeente Almere',
    read: R1,
    tag: 'V',
    url: 'https://almerempga2023.bestuursrapportage.nl/p38221/verschillenanalyse',
  },
  'almere-2024-almere-buiten': {
    title: 'MPGA 2024, Centrum Almere Buiten, verschillenanalyse',
    publisher: 'Gemeente Almere',
    read: R1,
    tag: 'V',
    url: 'https://almerempga2024.bestuursrapportage.nl/p44325/verschillenanalyse',
  },
  'almere-2022-parameters': {
    title: 'MPGA 2022, parameters',
    publisher: 'Gemeente Almere',
    read: R1,
    tag: 'V',
    url: 'https://almerempga2022.bestuursrapportage.nl/p30655/parameters',
  },
  'dalfsen-2019-grondexploitaties': {
    title: 'Jaarverslag 2019, actualiteit grondexploitaties',
    publisher: 'Gemeente Dalfsen',
    read: R1,
    tag: 'V',
    url: 'https://dalfsen.jaarverslag-2019.nl/p5169/actualiteit-grondexploitaties',
  },
  'ede-2018-ontwikkelingen': {
    title: 'Begroting 2018, overige ontwikkelingen',
    publisher: 'Gemeente Ede',
    read: R1,
    tag: 'V',
    url: 'https://ede.begroting-2018.nl/p2202/overige-ontwikkelingen',
  },
  'velsen-2020-weerstandsvermogen': {
    title: 'Jaarverslag 2020, bepalen van het weerstandsvermogen',
    publisher: 'Gemeente Velsen',
    read: R1,
    tag: 'V',
    url: 'https://velsen.jaarverslag-2020.nl/p5909/i-bepalen-van-het-weerstandsvermogen',
  },
  'laarbeek-2021-beleidsuitgangspunten': {
    title: 'Begroting 2021, beleidsuitgangspunten (weerstandsvermogen)',
    publisher: 'Gemeente Laarbeek',
    read: R1,
    tag: 'V',
    url: 'https://laarbeek.begroting-2021.nl/p2125/beleidsuitgangspunten',
  },
  'weert-2018-weerstandsvermogen': {
    title: 'Jaarstukken 2018, confrontatie risico’s met beschikbaar weerstandsvermogen',
    publisher: 'Gemeente Weert',
    read: R1,
    tag: 'V',
    url: 'https://weert.jaarverslag-2018.nl/p16639/confrontatie-risicos-met-beschikbaar-weerstandsvermogen',
  },
  'buren-2025-weerstandsratio': {
    title: 'Begroting 2025, weerstandsratio',
    publisher: 'Gemeente Buren',
    read: R1,
    tag: 'V',
    url: 'https://buren.begroting-2025.nl/p18194/weerstandsratio',
  },
  'someren-2018-weerstandsvermogen': {
    title: 'Begroting 2018, weerstandsvermogen',
    publisher: 'Gemeente Someren',
    read: R1,
    tag: 'V',
    url: 'http://someren.begroting-2018.nl/p5406/weerstandsvermogen',
  },
  'methode-mpg-shapley': m('mpg', 'het-effect-per-factor-de-shapley-waarde', 'Verdeling van het verschil over de factoren met de Shapley-waarde', 'besluit'),
  'methode-mpg-groepen': m('mpg', 'de-groepen-factoren-en-hun-invoer', 'Indeling in negen factoren; volume en fasering', 'besluit'),
  'methode-mpg-tussenmodel': m('mpg', 'een-tussenmodel', 'Het tussenmodel, ook bij herzieningen over verschillende jaren', 'besluit'),
  'methode-mpg-ratiogrenzen': m('mpg', 'weerstandsratio', 'Een grens van de waarderingstabel hoort bij de hogere klasse', 'besluit'),

  // --- Grondwaarde en waardesprong
  'bouweconomie-rgw': {
    title: 'Begrippen: residuele grondwaarde',
    publisher: 'Bouweconomie.com',
    read: R0,
    tag: 'V-ind',
    why: 'begrippenlijst van derden',
    url: 'https://bouweconomie.com/begrippen/residuele-grondwaarde/',
  },
  'delft-2002-grondprijsbeleid': {
    title: 'Nota grondprijsbeleid 2002',
    publisher: 'Gemeente Delft',
    read: R0,
    tag: 'V',
    url: 'https://media.delft.nl/raad/commissies/duurzaamheid/2002/Nota/d_2002_004_n.html',
  },
  'leerboek-akwr-parameters': {
    title: 'Leerboekvoorbeeld residuele grondwaarde bedrijfsvastgoed (parameters)',
    publisher: 'onbekend (pagina van derden)',
    read: R0,
    tag: 'V-ind',
    why: 'de parameters staan op een pagina die over iets anders gaat; de uitkomsten staan in een figuur die niet beschikbaar was',
    url: 'http://www.bisdomgroningen.nl/category/flexplek-huren-schiphol/',
  },
  'demarne-2009-grondprijs': {
    title: 'Methoden voor het bepalen van grondprijzen (met het voorbeeld van de gemeente De Marne, 2009)',
    publisher: '5dok.net',
    read: R0,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://5dok.net/article/methoden-voor-het-bepalen-van-grondprijzen.zpn63x34',
  },
  'teamadvocaten-werkelijke-waarde': {
    title: 'Bepalen waarde van onteigende zaak',
    publisher: 'Team Advocaten',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://teamadvocaten.nl/teamadvocaten/bepalen-waarde-van-onteigende-zaak/',
  },
  'methode-grondwaarde-btw': m('grondwaarde', 'btw', 'BTW-tarief als argument', 'R'),
  'methode-grondwaarde-inclgrond': m('grondwaarde', 'grondslag-inclusief-grond', 'Grondslag INCLGROND exact opgelost', 'besluit'),
  'methode-grondwaarde-grondquote': m('grondwaarde', 'grondquote', 'Grondquote = grondwaarde / VON excl. BTW', 'R'),
  'methode-grondwaarde-bedrijf': m('grondwaarde', 'bedrijfskavel', 'Grondwaarde van een bedrijfskavel', 'besluit'),
  'methode-waardesprong': m('grondwaarde', 'waardesprong', 'Waardesprong en planbaten', 'R'),

  // --- Kostenverhaal
  'ow-13-15': {
    title: 'Artikel 13.15 Omgevingswet: kostenverhaal zonder tijdvak in omgevingsplan',
    publisher: 'Rechtspraak Bestuursrecht',
    read: R0,
    tag: 'V-ind',
    why: LAW_MIRROR,
    url: 'https://rechtspraakbestuursrecht.nl/artikel-13-15-ow-kostenverhaal-zonder-tijdvak-in-omgevingsplan/',
  },
  'ow-13-18': {
    title: 'Artikel 13.18 Omgevingswet: wijze van kostenverhaal',
    publisher: 'Rechtspraak Bestuursrecht',
    read: R0,
    tag: 'V-ind',
    why: LAW_MIRROR,
    url: 'https://rechtspraakbestuursrecht.nl/artikel-13-18-ow-wijze-van-kostenverhaal/',
  },
  'ow-13-20': {
    title: 'Artikel 13.20 Omgevingswet: voorwaarden eindafrekening',
    publisher: 'Rechtspraak Bestuursrecht',
    read: R0,
    tag: 'V-ind',
    why: LAW_MIRROR,
    url: 'https://rechtspraakbestuursrecht.nl/artikel-13-20-ow-voorwaarden-eindafrekening/',
  },
  'ow-13-23': {
    title: 'Artikel 13.23 Omgevingswet: verhaal van financiële bijdragen in omgevingsplan',
    publisher: 'Rechtspraak Bestuursrecht',
    read: R0,
    tag: 'V-ind',
    why: LAW_MIRROR,
    url: 'https://rechtspraakbestuursrecht.nl/artikel-13-23-ow-verhaal-van-financiele-bijdragen-in-omgevingsplan/',
  },
  'ob-8-14': {
    title: 'Artikel 8.14 Omgevingsbesluit: afzien van kostenverhaal',
    publisher: 'Rechtspraak Bestuursrecht',
    read: R0,
    tag: 'V-ind',
    why: LAW_MIRROR,
    url: 'https://rechtspraakbestuursrecht.nl/artikel-8-14-ob-afzien-van-kostenverhaal/',
  },
  'scobe-grexmanager-kostenverhaal': {
    title: 'GrexManager: hoe het nieuwe kostenverhaal is ingebed',
    publisher: 'Scobe',
    read: R0,
    tag: 'V-ind',
    why: 'interview; de tekst van Ow 13.14 lid 2 is niet gelezen',
    url: 'https://scobe.nl/nieuws/grexmanager-hoe-het-nieuwe-kostenverhaal-ingebed-en-nieuws-over-een-grote-update',
  },
  'overwater-kostenverhaal': {
    title: 'Kostenverhaal onder de Omgevingswet',
    publisher: 'Overwater Grondbeleid',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.overwater-grondbeleid.nl/blogs/kostenverhaal-onder-de-omgevingswet',
  },
  'scobe-voorbeeldregels': {
    title: 'Voorbeeld kostenverhaalsregels omgevingsplan: simpel en doeltreffend',
    publisher: 'Scobe',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://scobe.nl/nieuws/voorbeeld-kostenverhaalsregels-omgevingsplan-simpel-en-doeltreffend',
  },
  'stibbe-kostenverhaal': {
    title: 'Kostenverhaal bij bouwprojecten onder de Omgevingswet',
    publisher: 'Stibbe',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.stibbe.com/nl/publications-and-insights/kostenverhaal-bij-bouwprojecten-onder-de-omgevingswet',
  },
  'wijnenstael-kostenverhaal': {
    title: 'Kostenverhaal onder de Omgevingswet',
    publisher: 'Wijnen Stael',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.wijnenstael.nl/publicaties/9427',
  },
  'methode-kostenverhaal-verdeelsleutel': m('kostenverhaal', 'verdeelsleutel', 'Verdeelsleutel naar opbrengst of gewichten', 'besluit'),
  'methode-kostenverhaal-plafond': m('kostenverhaal', 'plafond-per-locatie', 'Plafond per locatie O − IW', 'besluit'),
  'methode-kostenverhaal-gezamenlijk': m('kostenverhaal', 'financiele-bijdrage', 'Kostenverhaal en financiële bijdrage samen onder één plafond', 'besluit'),
  'methode-kostenverhaal-rente-terug': m('kostenverhaal', 'eindafrekening', 'Rente over een terugbetaling als argument', 'R'),
  'methode-kostenverhaal-kostensoorten': m('kostenverhaal', 'kostensoorten', 'Lijst van kostensoorten (naar het Besluit ruimtelijke ordening)', 'R'),

  // --- Verplaatsing en onrendabele top
  'asre-2006-schadeloosstelling': {
    title: 'Onteigening: volledige schadeloosstelling, fictie of werkelijkheid? (scriptie ASRE 2006)',
    publisher: 'adoc.pub',
    read: R0,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://adoc.pub/onteigening-volledige-schadeloosstelling-fictie-of-werkelijk.html',
  },
  'brabantinbusiness-schadeloosstelling': {
    title: 'Schadeloosstelling bij onteigening',
    publisher: 'Brabant in Business',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://brabantinbusiness.nl/nieuws/schadeloosstelling-bij-onteigening',
  },
  'hr-2012-bv6657': {
    title: 'Hoge Raad 20 april 2012, ECLI:NL:HR:2012:BV6657',
    publisher: 'AvdR',
    read: R0,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://www.avdr.nl/jurisprudentie/hoge-raad-20-april-2012/',
  },
  'phr-2021-1051': {
    title: 'Conclusie PG, ECLI:NL:PHR:2021:1051',
    publisher: 'Lexboost',
    read: R0,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://www.lexboost.com/rechtspraak/ECLI:NL:PHR:2021:1051',
  },
  'huisadvocaten-liquidatieschade': {
    title: 'Berekening liquidatieschade',
    publisher: 'Huisadvocaten',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.huisadvocaten.nl/nieuws/uitspraken/berekening-liquidatieschade/',
  },
  'rbdha-2021-14261': {
    title: 'Over Rb Den Haag 8-12-2021, ECLI:NL:RBDHA:2021:14261 (Katwijk)',
    publisher: 'Hoogstate',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://hoogstate.nl/?p=7941',
  },
  'phr-2025-35': {
    title: 'Conclusie PG, ECLI:NL:PHR:2025:35',
    publisher: 'Lexboost',
    read: R0,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://www.lexboost.com/rechtspraak/ECLI:NL:PHR:2025:35',
  },
  'rbobr-2013-7305': {
    title: 'Rb Oost-Brabant 11-12-2013, ECLI:NL:RBOBR:2013:7305',
    publisher: 'Lexboost',
    read: R0,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://lexboost.com/rechtspraak/ECLI:NL:RBOBR:2013:7305',
  },
  'stcrt-2022-31360': {
    title: 'Beleidsregel vergoeding deskundigenkosten (Staatscourant 2022, 31360)',
    publisher: 'Rijkswaterstaat, Staatscourant',
    read: R0,
    tag: 'V',
    url: 'https://zoek.officielebekendmakingen.nl/stcrt-2022-31360.html',
  },
  'ow-15-7': {
    title: 'Artikel 15.7 Omgevingswet: normaal maatschappelijk risico',
    publisher: 'Rechtspraak Bestuursrecht',
    read: R0,
    tag: 'V-ind',
    why: LAW_MIRROR,
    url: 'https://rechtspraakbestuursrecht.nl/artikel-15-7-ow-normaal-maatschappelijk-risico/',
  },
  'kst-34986-52': {
    title: 'Amendement Ronnes/Smeulders, Kamerstukken 34 986, nr. 52',
    publisher: 'Tweede Kamer, officielebekendmakingen.nl',
    read: R0,
    tag: 'V',
    url: 'https://zoek.officielebekendmakingen.nl/kst-34986-52.html',
  },
  'saoz-nmr': {
    title: 'Wordt het normaal maatschappelijk risico door de Omgevingswet helder?',
    publisher: 'SAOZ',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.saoz.nl/nieuws/wordt-het-normaal-maatschappelijk-risico-door-de-omgevingswet-helder/',
  },
  'wro-6-2': {
    title: 'Artikel 6.2 Wro: normaal maatschappelijk risico planschade',
    publisher: 'Rechtspraak Bestuursrecht',
    read: R0,
    tag: 'V-ind',
    why: LAW_MIRROR,
    url: 'https://rechtspraakbestuursrecht.nl/artikel-6-2-wro-normaal-maatschappelijk-risico-planschade/',
  },
  'rvs-2024-1823': {
    title: 'Raad van State 1-5-2024, ECLI:NL:RVS:2024:1823 (Kapelbeemd)',
    publisher: 'Lexboost',
    read: R0,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://lexboost.com/rechtspraak/ECLI:NL:RVS:2024:1823',
  },
  'dordrecht-2018-dolderman': {
    title: 'Raadsinformatie: verplaatsing Dolderman (dossier 2291681)',
    publisher: 'Gemeente Dordrecht',
    read: R0,
    tag: 'V',
    url: 'https://www.dordrecht.nl/pls/idad/!mozEgemMbScherm1.toonDossier?F_DOS_VOLGNR=2291681&F_NOCACHE=17627048',
  },
  'stadszaken-hmo': {
    title: 'Herstructureringskampioen laat de markt voor je werken',
    publisher: 'Stadszaken',
    read: R0,
    tag: 'V-ind',
    why: NEWS,
    url: 'https://stadszaken.nl/artikel/4833/herstructureringskampioen-laat-de-markt-voor-je-werken',
  },
  'methode-verplaatsing-naast-elkaar': m('verplaatsing', 'verplaatsing-of-liquidatie', 'Verplaatsing en liquidatie naast elkaar', 'besluit'),
  'methode-verplaatsing-ot': m('verplaatsing', 'onrendabele-top', 'Onrendabele top van een business case', 'R'),
  'methode-verplaatsing-businesscase': m('verplaatsing', 'businesscase', 'Business case met dekking, erfpacht en revolverend fonds', 'besluit'),

  // --- Erfpacht
  'delaagbouw-amsterdam-afkoop': {
    title: 'Voorbeeldberekening afkoop erfpacht (Amsterdamse overstap)',
    publisher: 'Bewonersvereniging De Laagbouw',
    read: R0,
    tag: 'V-ind',
    why: 'geeft het rekenvoorbeeld van de gemeente weer; de gemeentelijke bron is niet gelezen',
    url: 'http://www.delaagbouw.nl/index.php/buurtnieuws/223-voorbeeldberekening-afkoop-erfpacht',
  },
  'ahfinance-erfpacht': {
    title: 'Erfpachtkosten berekenen',
    publisher: 'AH Finance',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.ahfinance.nl/erfpacht/erfpachtkosten-berekenen/',
  },
  'grondvermogen-canon': {
    title: 'Veelgestelde vragen: canon',
    publisher: 'Grondvermogen',
    read: R0,
    tag: 'V',
    url: 'https://www.grondvermogen.nl/faq/canon/',
  },
  'rpc-canon': {
    title: 'Erfpacht: canon',
    publisher: 'Beleggingsmaatschappij RPC',
    read: R0,
    tag: 'V',
    url: 'https://beleggingsmaatschappijrpc.nl/financieringsvormen/erfpacht/canon',
  },
  'vlaardingen-2023-erfpacht': {
    title: 'Procedure en rekenvoorbeelden nieuw erfpachtbeleid',
    publisher: 'Gemeente Vlaardingen',
    read: R0,
    tag: 'V',
    url: 'https://www.vlaardingen.nl/Onderwerpen/Wonen/Erfpacht/Procedure_en_rekenvoorbeelden_nieuw_erfpachtbeleid/Procedure_en_rekenvoorbeelden_nieuw_erfpachtbeleid',
  },
  'denhaagcentraal-erfpacht': {
    title: 'Den Haag neemt erfpacht op de schop en halveert stijging',
    publisher: 'Den Haag Centraal',
    read: R0,
    tag: 'V-ind',
    why: NEWS,
    url: 'https://www.denhaagcentraal.net/nieuws/politiek/den-haag-neemt-erfpacht-op-de-schop-en-halveert-stijging/',
  },
  'rotterdam-afkopen': {
    title: 'Erfpachtcanon afkopen',
    publisher: 'Gemeente Rotterdam',
    read: R0,
    tag: 'V',
    url: 'https://www.rotterdam.nl/loket/erfpachtcanon-afkopen/',
  },
  'methode-erfpacht-formules': m('erfpacht', 'formules', 'Erfpachtformules (canon, afkoop, NCW, gelijkwaardigheid)', 'R'),
  'methode-erfpacht-betaalmoment': m('erfpacht', 'betaalmoment', 'Betaling vooraf of achteraf', 'R'),
  'methode-erfpacht-keuzes': m('erfpacht', 'productkeuzes', 'Signaturen, standaardwaarden en het exacte break-even canonpercentage', 'besluit'),

  // --- Barcode en functiemenging
  'denoordwester-rsu-2040': {
    title: 'Strategie Utrecht 2040: meer groen en water',
    publisher: 'De Noordwester',
    read: R0,
    tag: 'V-ind',
    why: NEWS,
    url: 'https://www.denoordwester.com/strategie-utrecht-2040-meer-groen-en-water/',
  },
  'utrecht-rsu-2040': {
    title: 'Ruimtelijke Strategie Utrecht 2040',
    publisher: 'Gemeente Utrecht',
    read: R0,
    tag: 'V',
    url: 'https://omgevingsvisie.utrecht.nl/de-koers/ruimtelijke-strategie-utrecht-2040/',
  },
  'nhnieuws-groennorm': {
    title: 'Parkeerplaats of park? Steden worstelen met de aanleg van meer groen',
    publisher: 'NH Nieuws',
    read: R0,
    tag: 'V-ind',
    why: 'nieuwsbericht over het rapport van de Rekenkamer Utrecht; het rapport zelf is niet gelezen',
    url: 'https://www.nhnieuws.nl/nieuws/n152895/parkeerplaats-of-park-steden-worstelen-met-de-aanleg-van-meer-groen',
  },
  'eenutrecht-barcode': {
    title: 'Bouwen in Utrecht zonder leefbaar fundament',
    publisher: 'Een Utrecht',
    read: R0,
    tag: 'V-ind',
    why: 'opinie van een bewonersplatform',
    url: 'https://eenutrecht.nl/bouwen-in-utrecht-zonder-leefbaar-fundament/',
  },
  'zwolle-functiemenging': {
    title: 'Bestemmingsplan (NL.IMRO.0193.BP12001-0004), bijlage 3 functiemenging',
    publisher: 'Gemeente Zwolle, ruimtelijkeplannen.nl',
    read: R0,
    tag: 'V',
    url: 'https://ruimtelijkeplannen.nl/documents/NL.IMRO.0193.BP12001-0004/rb_NL.IMRO.0193.BP12001-0004_3.html',
  },
  'zuidwende-functiemenging': {
    title: 'Bestemmingsplan Zuidwende Noord, functiemenging',
    publisher: 'Gemeente Hendrik-Ido-Ambacht',
    read: R0,
    tag: 'V',
    url: 'https://ro.h-i-ambacht.nl/0531test/0468DF2D-BE18-4CC5-BBE3-FD030E2870AC/rb_NL.IMRO.0531.bp05Zuidwendenoord-1001_2.html',
  },
  'omgevingsjurist-milieuzonering': {
    title: 'Bedrijven en milieuzonering',
    publisher: 'Omgevingsjurist',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.omgevingsjurist.nl/tag/bedrijven-en-milieuzonering-2/',
  },
  'staat-bedrijfsactiviteiten': {
    title: 'Bijlage Staat van bedrijfsactiviteiten (naar VNG Bedrijven en milieuzonering)',
    publisher: 'dokumen.tips',
    read: R0,
    tag: 'R',
    why: 'kopie op een website van derden met maar een deel van de tabel',
    url: 'https://dokumen.tips/documents/bron-vng-bedrijven-en-milieuzonering-bijlage-staat-van-bijlage-staat-van.html',
  },
  'amsterdam-rustige-woonwijk': {
    title: 'Bestemmingsplan (NL.IMRO.0363.M1006BPSTD), toelichting milieuzonering',
    publisher: 'Gemeente Amsterdam',
    read: R0,
    tag: 'V',
    url: 'http://ftp.ruimtelijkeplannen.amsterdam.nl/DRO/plannen/NL.IMRO.0363.M1006BPSTD-/NL.IMRO.0363.M1006BPSTD-OW01/t_NL.IMRO.0363.M1006BPSTD-OW01_10.2.html',
  },
  'catchlegal-gemengd-gebied': {
    title: 'Fijne leefomgeving met milieuzonering II: gemengd gebied of niet?',
    publisher: 'Catch Legal',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.catchlegal.nl/fijne-leefomgeving-met-milieuzonering-ii-gemengd-gebied-of-niet/',
  },
  'vng-milieuzonering-nieuwe-stijl': {
    title: 'Milieuzonering nieuwe stijl',
    publisher: 'VNG',
    read: R0,
    tag: 'V',
    url: 'https://vng.nl/artikelen/milieuzonering-nieuwe-stijl',
  },
  'rnmw-milieuzonering': {
    title: 'Milieuzonering in het omgevingsplan',
    publisher: 'RNMW advocaten',
    read: R0,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://rnmw.nl/ons-kantoor/publicaties/artikelen/milieuzonering-in-het-omgevingsplan',
  },
  'pbl-dichtheid': {
    title: 'Dichtheid en functiemenging in beeld',
    publisher: 'Planbureau voor de Leefomgeving',
    read: R0,
    tag: 'V',
    url: 'https://www.pbl.nl/publicaties/dichtheid-en-functiemenging-in-beeld',
  },
  'heemskerk-2019-fmi': {
    title: 'Jaarverslag 2019, prestatie-indicatoren',
    publisher: 'Gemeente Heemskerk',
    read: R0,
    tag: 'R',
    why: 'de pagina noemt de indicator en de betekenis van 0, 50 en 100, niet de formule',
    url: 'https://heemskerk.jaarverslag-2019.nl/p9868/prestatie-indicatoren',
  },
  'methode-barcode-normen': m('barcode', 'normentabel', 'Normen als bewerkbare tabel; voorbeeldwaarden gemarkeerd', 'besluit'),
  'methode-barcode-rekenmodel': m('barcode', 'mengopties', 'Rekenmodel voor stapelen, mengen en combineren', 'R'),
  'methode-barcode-categorie-c': m('barcode', 'functiemenging', 'Functiemengingscategorie C', 'R'),
  'methode-barcode-richtafstanden': m('barcode', 'richtafstanden', 'Richtafstanden VNG 2009, gemengd gebied één stap lager', 'besluit'),
  // --- Ruimte voor economie
  'tk-2025-voortgang-rve': {
    title: 'Kamerbrief Voortgang programma Ruimte voor Economie (17-11-2025)',
    publisher: 'Tweede Kamer',
    read: R1,
    tag: 'V',
    url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D46781&id=2025D46781',
  },
  'anp-2025-ruimtelijk-economische-visie': {
    title: 'Ruimte voor bedrijven mag van Karremans niet afnemen',
    publisher: 'ANP, Welingelichte Kringen',
    read: R1,
    tag: 'V-ind',
    why: NEWS,
    url: 'https://www.welingelichtekringen.nl/samenleving/ruimte-voor-bedrijven-mag-van-karremans-niet-afnemen',
  },
  'nieuws-2023-ruimte-voor-bedrijven': {
    title: 'Kabinet: komende decennia meer fysieke ruimte voor bedrijven',
    publisher: 'Nieuws.nl',
    read: R1,
    tag: 'V-ind',
    why: NEWS,
    url: 'https://nieuws.nl/economie/20231013/kabinet-komende-decennia-meer-fysieke-ruimte-voor-bedrijven/',
  },
  'platform31-g40-economie-werk': {
    title: 'Keuzes en euro’s van nieuw kabinet onmisbaar bij ambities voor een sterke economie',
    publisher: 'Platform31',
    read: R1,
    tag: 'V-ind',
    why: 'noemt de G40-studie alleen bij titel; de studie zelf is niet gelezen',
    url: 'https://www.platform31.nl/artikelen/keuzes-en-euros-van-nieuw-kabinet-onmisbaar-bij-ambities-voor-een-sterke-economie',
  },
  'ibis-netto-uitgegeven': {
    title: 'Bruto, netto en reeds uitgegeven oppervlak',
    publisher: 'IBIS bedrijventerreinen',
    read: R1,
    tag: 'V',
    url: 'https://www.ibis-bedrijventerreinen.nl/content/bruto-netto-en-reeds-uitgegeven-oppervlak',
  },
  'rsopen-plancapaciteit': {
    title: 'RSopen wiki: Plancapaciteit',
    publisher: 'Object Vision',
    read: R1,
    tag: 'V',
    url: 'https://github.com/ObjectVision/RSopen/wiki/Plancapaciteit',
  },
  'pbl-2012-bedrijventerreinen': {
    title: 'The long-term relationship between land use and employment on industrial sites in the Netherlands',
    publisher: 'Planbureau voor de Leefomgeving',
    read: R1,
    tag: 'V',
    url: 'https://www.pbl.nl/publicaties/nl-the-long-term-relationship-between-land-use-and-employment-on-industrial-sites-in-the-netherlands',
  },
  'utrecht-ppww-2021': {
    title: 'Provinciaal Programma Wonen en Werken 2021, kwantitatieve opgave',
    publisher: 'Provincie Utrecht, via 5dok.net',
    read: R1,
    tag: 'V-ind',
    why: MIRROR,
    url: 'https://5dok.net/article/kwantitatieve-opgave-provinciaal-programma-wonen-en-werken.y961d0xd',
  },
  'stadszaken-omu-utrecht': {
    title: 'Provincie Utrecht investeert 30 miljoen in aanpak verouderde bedrijventerreinen',
    publisher: 'Stadszaken',
    read: R1,
    tag: 'V-ind',
    why: NEWS,
    url: 'https://stadszaken.nl/artikel/5120/provincie-utrecht-investeert-30-miljoen-in-aanpak-verouderde-bedrijventerreinen',
  },
  'stedplan-compensatieplan': {
    title: 'Compensatieplan transformatie bedrijventerreinen',
    publisher: 'Bureau Stedelijke Planning',
    read: R1,
    tag: 'V-ind',
    why: 'adviesbureau over de regel van de provincie; de provinciale tekst is niet gelezen',
    url: 'https://www.stedplan.nl/project/compensatieplan-transformatie-bedrijventerreinen/',
  },
  'skbn-minimale-milieucategorie': {
    title: 'Minimale milieucategorie op bedrijventerreinen in Zuid-Holland',
    publisher: 'SKBN',
    read: R1,
    tag: 'V-ind',
    why: 'kennisnetwerk over de regel van de provincie; de provinciale tekst is niet gelezen',
    url: 'https://skbn.nu/post/1109',
  },
  'stadszaken-stedelijke-kavelruil': {
    title: 'Stedelijke kavelruil in de Omgevingswet',
    publisher: 'Stadszaken',
    read: R1,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://stadszaken.nl/artikel/2429/stedelijke-kavelruil-in-omgevingswet',
  },
  'gebiedsontwikkeling-herverkavelen': {
    title: 'Ook de stad kun je herverkavelen',
    publisher: 'Gebiedsontwikkeling.nu',
    read: R1,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.gebiedsontwikkeling.nu/artikelen/ook-de-stad-kun-je-herverkavelen/',
  },
  'pelsrijcken-herverkaveling': {
    title: 'Aanvullingswet grondeigendom Omgevingswet (IV): herverkaveling en stedelijke kavelruil',
    publisher: 'Pels Rijcken',
    read: R1,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://pelsrijcken.nl/kennis/aanvullingswet-grondeigendom-omgevingswet-iv-herverkaveling-en-stedelijke-kavelruil',
  },
  'vbk-landinrichting': {
    title: 'Landinrichting en kavelruil in de Omgevingswet',
    publisher: 'VBK advocaten',
    read: R1,
    tag: 'V-ind',
    why: COMMENTARY,
    url: 'https://www.vbk.nl/blog/landinrichting-en-kavelruil-de-omgevingswet',
  },
  'methode-economie-standaardwaarden': m(
    'economie',
    'standaardwaarden',
    'Standaardwaarden van de balans passen niets aan; realisatiekans en schuifruimte zonder bronnorm',
    'besluit',
  ),
  'methode-economie-terreinquotient': m('economie', 'vraag', 'Terreinquotiënt en banenprognose uit de eigen raming', 'R'),
  'methode-economie-per-segment': m('economie', 'per-segment', 'Compensatie per segment: een overschot dekt geen tekort in een ander segment', 'besluit'),
  'methode-economie-compensatiefactor': m('economie', 'compensatiefactor', 'Compensatiefactor zonder gepubliceerde rekenregel, standaard 1', 'R'),
  'methode-economie-afbouwtermijn': m('economie', 'afbouwtermijn', 'Contante waarde van het verlies na een afbouwtermijn', 'R'),
  'methode-economie-afronding': m('economie', 'afronding', 'Verrekening in centen, som precies 0 (grootste resten)', 'besluit'),
  'methode-economie-wijze': m('economie', 'wijze', 'Bijdrage aan de businesscase per wijze van verzilveren', 'besluit'),
  'methode-economie-achtergebleven-grond': m('economie', 'achtergebleven-grond', 'Waardestijging van de achtergebleven grond in de businesscase', 'R'),
  'methode-economie-keten': m('economie', 'schuifruimte', 'Schuifruimteketen in stappen', 'R'),
} satisfies Record<string, CatalogueEntry>;

export type SourceId = keyof typeof SOURCE_CATALOGUE;

export function sourceOf(id: SourceId): CatalogueEntry {
  return SOURCE_CATALOGUE[id];
}

const RANK: Record<VerificationTag, number> = { V: 3, 'V-ind': 2, R: 1, besluit: 0 };

/** A citation may state a weaker tag than its source's (a source that verifies one claim but not another), never a stronger one. */
export function isNoStrongerThan(tag: VerificationTag, than: VerificationTag): boolean {
  if (tag === 'besluit' || than === 'besluit') return tag === than;
  return RANK[tag] <= RANK[than];
}
