/**
 * The own-workbook review on the overview sheet: per model the workbook's
 * figures next to GREX's, the conventions found, and every finding, as
 * plain text and numbers.
 */
import type { Layout } from '../sheet/layout';
import { Report, describeConventions } from '../../workbook/report';
import { RULES } from '../../workbook/checks';
import { formatEuro } from '../../core/messages';

export function addWerkmapSection(l: Layout, r: Report): void {
  l.section('Eigen grondexploitatie (nagerekend met GREX)');
  if (r.models.length === 0) {
    l.text('Geen zelfgebouwde grondexploitatie herkend (geen blad met een rij jaartallen en kosten- of opbrengstenposten).');
    return;
  }
  for (const m of r.models) {
    l.text(`Blad ${m.sheet}, ${m.first_year}–${m.last_year}`, 'label');
    const h = l.row++;
    ['', 'Eindwaarde', 'NCW'].forEach((t, i) => l.cell(h, i, { value: t, style: 'header' }));
    const line = (label: string, ew: number | null, ncw: number | null) => {
      const row = l.row++;
      l.cell(row, 0, { value: label, style: 'label' });
      if (ew !== null) l.cell(row, 1, { value: ew, format: 'euro2' });
      if (ncw !== null) l.cell(row, 2, { value: ncw, format: 'euro2' });
    };
    line(
      `Werkmap${m.workbook.cells.eindwaarde ? ` (${m.workbook.cells.eindwaarde}, ${m.workbook.cells.ncw ?? '—'})` : ''}`,
      m.workbook.eindwaarde,
      m.workbook.ncw,
    );
    line('GREX, zoals de werkmap rekent', m.grex.eindwaarde, m.grex.ncw);
    line('GREX, BBV (positief = winst)', m.bbv.eindwaarde, m.bbv.ncw);
    l.text(
      `Verschil met de werkmap: ${m.gap === null ? 'niet te bepalen' : formatEuro(m.gap)}. ` +
        `Eerste afwijking: ${m.first_divergence ? `${m.first_divergence.cell} ("${m.first_divergence.row_label}", ${m.first_divergence.year})` : 'geen'}.`,
    );
    for (const c of describeConventions(m.conventions)) l.text(c);
  }
  const fh = l.row++;
  ['Regel', 'Blad', 'Cel', 'Bevinding'].forEach((t, i) => l.cell(fh, i, { value: t, style: 'header' }));
  if (!r.findings.length) l.text('Geen bevindingen in de formules.');
  for (const f of r.findings) {
    const row = l.row++;
    l.cell(row, 0, { value: `${f.rule}: ${RULES[f.rule]}`, style: 'warning' });
    l.cell(row, 1, { value: f.sheet });
    l.cell(row, 2, { value: f.cell });
    l.cell(row, 3, { value: f.message });
  }
}
