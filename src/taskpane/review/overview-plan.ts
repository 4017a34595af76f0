/**
 * The review as a sheet: every finding and every GREX formula with its
 * parameters, as plain text and numbers, so an auditor without the add-in
 * can read what the review found.
 */
import { Layout } from '../sheet/layout';
import type { SheetPlan } from '../excel/plan';
import { Finding, show } from './findings';
import type { ReviewEntry } from './scan';
import type { Report } from '../../workbook/report';
import { addWerkmapSection } from './werkmap-overview';

const SEVERITY: Record<Finding['severity'], string> = { fout: 'Fout', waarschuwing: 'Let op', bevinding: 'BBV-toets' };
const RATES = new Set(['disconteringsvoet', 'rente', 'rekenrente', 'marktrente', 'canonpercentage', 'groei']);
const SHOWN = new Set([...RATES, 'timing', 'peiljaar', 'startjaar', 'eindjaar', 'prijspeiljaar', 'looptijd']);

export function overviewPlan(entries: readonly ReviewEntry[], findings: readonly Finding[], today: string, werkmap?: Report): SheetPlan {
  const l = new Layout('controle', 'GREX controle', 'CO', [80, 150, 60, 330, 330]);
  l.title('GREX-controle van de werkmap', [
    `Gemaakt met GREX op ${today}: ${entries.length} GREX-formules, ${findings.length} meldingen. Vaste tekst, geen ` +
      `formules: ook leesbaar zonder de invoegtoepassing.`,
  ]);
  l.section('Meldingen');
  const fh = l.row++;
  ['Soort', 'Blad', 'Cel', 'Melding'].forEach((h, i) => l.cell(fh, i, { value: h, style: 'header' }));
  if (!findings.length) l.text('Geen tegenstrijdigheden gevonden.');
  for (const f of findings) {
    const r = l.row++;
    l.cell(r, 0, { value: SEVERITY[f.severity], style: f.severity === 'bevinding' ? 'label' : 'warning' });
    l.cell(r, 1, { value: f.sheet });
    l.cell(r, 2, { value: f.address });
    l.cell(r, 3, { value: f.text });
  }
  l.section('GREX-formules en hun parameters');
  const eh = l.row++;
  ['Blad', 'Cel', 'Functie', 'Formule', 'Parameters'].forEach((h, i) => l.cell(eh, i, { value: h, style: 'header' }));
  for (const e of entries) {
    const r = l.row++;
    const params = e.calls.flatMap((c) =>
      c.params
        .filter((p) => SHOWN.has(p.name) && p.resolved)
        .map((p) => `${p.name} = ${show(p.value, RATES.has(p.name) && typeof p.value === 'number')}${p.isDefault ? ' (standaard)' : ''}`),
    );
    l.cell(r, 0, { value: e.sheet });
    l.cell(r, 1, { value: e.address });
    l.cell(r, 2, { value: e.calls.map((c) => `GREX.${c.name}`).join(', ') });
    l.cell(r, 3, { value: e.formula, format: 'text' });
    l.cell(r, 4, { value: params.join('; ') });
  }
  if (werkmap) addWerkmapSection(l, werkmap);
  return l.build();
}
