/**
 * The report of `grex controleer` and of the task pane's Controle for a
 * hand-built workbook: per recognised (or given) model the workbook's own
 * results, GREX's reproduction with the conventions found, the BBV values,
 * the gap and the first divergence; and the findings. The JSON shape is a
 * contract for auditors' scripts (docs/methode/eigen-werkmap.md).
 */
import { Workbook } from './model';
import { Mapping, recognise } from './mapping';
import { mappingFromNames } from './names';
import { extract } from './extract';
import { Conventions, Divergence, reconcile } from './reconcile';
import { Finding, RULES, checkModel } from './checks';
import { formatEuro } from '../core/messages';

export interface ModelReport {
  sheet: string;
  first_year: number;
  last_year: number;
  workbook: { eindwaarde: number | null; ncw: number | null; cells: { eindwaarde?: string; ncw?: string } };
  grex: { eindwaarde: number; ncw: number };
  bbv: { eindwaarde: number; ncw: number };
  conventions: Conventions;
  gap: number | null;
  first_divergence: Divergence | null;
}

export interface Report {
  models: ModelReport[];
  findings: Finding[];
}

export type MappingSource = 'bestand' | 'werkmap' | 'herkend';

export interface ReviewOptions {
  /** Explicit mappings (a mapping file); otherwise the stored GREX_W_ names, otherwise recognition. */
  mappings?: Mapping[];
}

export function mappingsFor(wb: Workbook, opts: ReviewOptions = {}): { mappings: Mapping[]; source: MappingSource } {
  if (opts.mappings) return { mappings: opts.mappings, source: 'bestand' };
  const stored = mappingFromNames(wb);
  if (stored) return { mappings: [stored], source: 'werkmap' };
  return { mappings: recognise(wb), source: 'herkend' };
}

export function reviewModel(wb: Workbook, m: Mapping): { model: ModelReport; findings: Finding[] } {
  const x = extract(wb, m);
  const rec = reconcile(x);
  const model: ModelReport = {
    sheet: x.sheet,
    first_year: x.t0,
    last_year: x.T,
    workbook: {
      eindwaarde: x.workbook.eindwaarde ?? null,
      ncw: x.workbook.ncw ?? null,
      cells: {
        ...(x.workbook.cells.eindwaarde ? { eindwaarde: x.workbook.cells.eindwaarde } : {}),
        ...(x.workbook.cells.ncw ? { ncw: x.workbook.cells.ncw } : {}),
      },
    },
    grex: rec.grex,
    bbv: rec.bbv,
    conventions: rec.conventions,
    gap: rec.gap,
    first_divergence: rec.first_divergence,
  };
  return { model, findings: checkModel(wb, m, x, rec) };
}

export function review(wb: Workbook, opts: ReviewOptions = {}): Report {
  const { mappings } = mappingsFor(wb, opts);
  const models: ModelReport[] = [];
  const findings: Finding[] = [];
  for (const m of mappings) {
    const r = reviewModel(wb, m);
    models.push(r.model);
    findings.push(...r.findings);
  }
  return { models, findings };
}

const eur = (x: number | null) => (x === null ? '—' : formatEuro(x));

const NOT_REVEALED = 'niet af te leiden (de boekwaarde wordt niet negatief)';

export function describeConventions(c: Conventions): string[] {
  return [
    `NCW: ${
      c.ncw_basis === 'eindwaarde'
        ? `eindwaarde contant gemaakt over (eindjaar − startjaar + ${c.discount_offset}) ` + `jaar`
        : `contante waarde van de kasstromen (zoals NPV/NHW), eerste jaar ` + `${c.discount_offset} jaar verdisconteerd`
    }`,
    `Rente over een negatieve boekwaarde: ${c.interest_on_negative === null ? NOT_REVEALED : c.interest_on_negative ? 'ja' : 'nee'}`,
    `Indexering: tot ${c.index_offset === 0 ? '1 januari' : c.index_offset === 0.5 ? 'het midden' : '31 december'} van ` +
      `het jaar (exponent t − prijspeiljaar${c.index_offset ? ' + ' + String(c.index_offset).replace('.', ',') : ''})`,
    `Opbrengstenindex: ${c.revenue_index_frozen_after === null ? 'niet bevroren' : `0% na ${c.revenue_index_frozen_after} jaar`}`,
    `Teken: ${c.sign === 'positive-is-profit' ? 'positief is winst' : 'negatief is winst'}`,
  ];
}

/** The report in Dutch for a person. */
export function formatReport(r: Report, file = 'de werkmap'): string {
  const out: string[] = [];
  if (r.models.length === 0)
    out.push(
      `In ${file} is geen grondexploitatie herkend: geen blad met een rij jaartallen en kosten- of opbrengstenposten. ` +
        `Geef een koppeling mee met --mapping.`,
    );
  for (const m of r.models) {
    out.push(`Model op blad ${m.sheet}, ${m.first_year}–${m.last_year}`);
    out.push(
      `  Werkmap:          eindwaarde ${eur(m.workbook.eindwaarde)}${m.workbook.cells.eindwaarde ? ` (${m.workbook.cells.eindwaarde})` : ''}, ` +
        `NCW ${eur(m.workbook.ncw)}${m.workbook.cells.ncw ? ` (${m.workbook.cells.ncw})` : ''}`,
    );
    out.push(`  GREX (zoals de werkmap rekent): eindwaarde ${eur(m.grex.eindwaarde)}, NCW ${eur(m.grex.ncw)}`);
    out.push(`  GREX (BBV, positief is winst):  eindwaarde ${eur(m.bbv.eindwaarde)}, NCW ${eur(m.bbv.ncw)}`);
    out.push(`  Verschil met de werkmap: ${m.gap === null ? 'niet te bepalen (geen eindwaarde- of NCW-cel gevonden)' : eur(m.gap)}`);
    out.push(
      `  Eerste afwijking in de tussenrijen: ${
        m.first_divergence ? `${m.first_divergence.cell} ("${m.first_divergence.row_label}", ` + `${m.first_divergence.year})` : 'geen'
      }`,
    );
    out.push('  Rekenwijze van de werkmap:');
    for (const line of describeConventions(m.conventions)) out.push('    - ' + line);
  }
  out.push('');
  if (r.findings.length === 0) out.push('Bevindingen: geen.');
  else {
    out.push(`Bevindingen (${r.findings.length}):`);
    for (const f of r.findings) out.push(`  [${f.rule}] ${f.sheet ? f.sheet + '!' : ''}${f.cell} — ${RULES[f.rule]}\n      ${f.message}`);
  }
  return out.join('\n');
}
