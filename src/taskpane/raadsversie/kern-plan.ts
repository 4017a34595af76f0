/**
 * The sheet of kernvariabelen for the council: plain Dutch, plain numbers
 * (no formulas at all), the main assumptions with their sources, and the
 * stress tests.
 */
import { Layout } from '../sheet/layout';
import type { SheetPlan } from '../excel/plan';
import type { GeModel } from './ge-model';
import type { Kern } from './stress';
import { formatAmount } from '../../core/messages';

const ASSUMPTIONS: [string, string, 'pct' | 'year' | 'euro'][] = [
  ['startjaar', 'Startjaar', 'year'],
  ['rente', 'Rente over de boekwaarde', 'pct'],
  ['disconteringsvoet', 'Disconteringsvoet (voor de NCW)', 'pct'],
  ['kostenindex', 'Kostenstijging per jaar', 'pct'],
  ['opbrengstenindex', 'Opbrengstenstijging per jaar', 'pct'],
  ['prijspeiljaar', 'Prijspeiljaar', 'year'],
];

/** "2,0% … 3,5% per jaar" for a per-year series of rates. */
function perYear(rates: readonly number[]): string {
  const pct = (r: number) => `${formatAmount(r * 100, 2)}%`;
  const lo = Math.min(...rates);
  const hi = Math.max(...rates);
  return lo === hi ? `${pct(lo)} per jaar` : `${pct(lo)} … ${pct(hi)} per jaar`;
}

/** The source part of a name comment ("Label. [V] geverifieerd: …" → "[V] geverifieerd: …"). */
function sourceOf(comment: string): string {
  const i = comment.indexOf('[');
  return i >= 0 ? comment.slice(i) : comment;
}

export function kernPlan(model: GeModel, kern: Kern, copies: readonly string[], today: string): SheetPlan {
  const l = new Layout('raadsversie', 'Raadsversie kernvariabelen', 'RV', [300, 120, 120, 120, 120, 150]);
  const x = model.inputs;
  l.title('Raadsversie — kernvariabelen van de grondexploitatie', [
    `Gemaakt met GREX op ${today} uit het model op blad "${model.sheet}". Alle getallen zijn vaste waarden: u hebt de ` +
      `invoegtoepassing niet nodig om ze te lezen.`,
    'Bedragen in euro’s. Een positief resultaat is winst, een negatief resultaat is verlies.',
    copies.length ? `Vaste kopieën van de rekenbladen: ${copies.join(', ')}.` : 'Er zijn geen rekenbladen gekopieerd.',
  ]);
  for (const note of model.notes ?? []) l.text(note);
  l.section('Kernvariabelen');
  const head = l.row++;
  ['Wat', 'Bedrag', 'Uitleg'].forEach((h, i) => l.cell(head, i === 2 ? 2 : i, { value: h, style: 'header' }));
  const line = (what: string, value: number, why: string) => {
    const r = l.row++;
    l.cell(r, 0, { value: what, style: 'label' });
    l.cell(r, 1, { value, format: 'euro', style: 'result' });
    l.cell(r, 2, { value: why, style: 'note' });
  };
  line(`Boekwaarde op 1 januari ${x.startjaar}`, kern.boekwaardeBegin, 'Wat de gemeente tot nu toe per saldo in het complex heeft geïnvesteerd.');
  line(`Boekwaarde op 31 december ${kern.eindjaar}`, kern.boekwaardeEind, 'Na alle kosten, opbrengsten en rente; negatief betekent een overschot.');
  line('Nog te maken kosten (prijspeil)', kern.kostenNominaal, 'Alle geraamde kosten, zonder prijsstijging.');
  line('Nog te maken kosten (met prijsstijging)', kern.kostenGeindexeerd, 'Dezelfde kosten met de verwachte kostenstijging.');
  line('Nog te realiseren opbrengsten (prijspeil)', kern.opbrengstenNominaal, 'Alle geraamde opbrengsten, zonder prijsstijging.');
  line('Nog te realiseren opbrengsten (met prijsstijging)', kern.opbrengstenGeindexeerd, 'Dezelfde opbrengsten met de verwachte opbrengstenstijging.');
  line('Resultaat nominaal', kern.basis.nominaal, 'Opbrengsten min kosten min boekwaarde, zonder prijsstijging en rente (zo presenteert het BBV).');
  line('Resultaat eindwaarde', kern.basis.eindwaarde, 'Het resultaat aan het eind van de looptijd, met prijsstijging en rente.');
  line(`Netto contante waarde (NCW) per 1-1-${x.startjaar}`, kern.basis.ncw, 'De eindwaarde teruggerekend naar vandaag met de disconteringsvoet.');
  line('Rentekosten van één jaar vertraging', kern.renteVertraging, 'Extra rente als alles een jaar later gebeurt.');
  line('Verliesvoorziening', kern.basis.voorziening, 'Het verwachte verlies dat de gemeente nu al moet reserveren (NCW-basis).');

  l.section('Belangrijkste uitgangspunten en bronnen');
  const ah = l.row++;
  ['Uitgangspunt', 'Waarde', 'Bron'].forEach((h, i) => l.cell(ah, i, { value: h, style: 'header' }));
  for (const [key, label, format] of ASSUMPTIONS) {
    const r = l.row++;
    const v = key === 'startjaar' ? x.startjaar : key === 'prijspeiljaar' ? x.prijspeiljaar : (x as unknown as Record<string, number | number[]>)[key];
    l.cell(r, 0, { value: label, style: 'label' });
    // a per-year index row (a mapped model) is shown as its range of rates, as text
    l.cell(r, 1, Array.isArray(v) ? { value: perYear(v) } : { value: v, format });
    l.cell(r, 2, { value: sourceOf(model.sources[key] ?? ''), style: 'note' });
  }
  const lr = l.row++;
  l.cell(lr, 0, { value: 'Looptijd', style: 'label' });
  l.cell(lr, 1, { value: `${x.startjaar}–${kern.eindjaar}` });
  l.cell(lr, 2, {
    value:
      kern.eindjaar - x.startjaar + 1 > 10 ? 'Langer dan 10 jaar: het BBV vraagt een motivering en beheersmaatregelen.' : 'Binnen de BBV-termijn van 10 jaar.',
    style: 'note',
  });

  l.section('Stresstests: hoe gevoelig is het resultaat?');
  const sh = l.row++;
  ['Scenario', 'Resultaat nominaal', 'Eindwaarde', 'NCW', 'Verliesvoorziening', 'Verschil NCW met basis'].forEach((h, i) =>
    l.cell(sh, i, { value: h, style: 'header' }),
  );
  for (const s of [kern.basis, ...kern.scenarios]) {
    const r = l.row++;
    l.cell(r, 0, { value: s.label, style: 'label' });
    [s.nominaal, s.eindwaarde, s.ncw, s.voorziening, s.ncw - kern.basis.ncw].forEach((v, i) => l.cell(r, 1 + i, { value: v, format: 'euro' }));
  }
  l.row++;
  for (const s of kern.scenarios) l.text(`${s.label}: ${s.explanation}`);
  return l.build();
}
