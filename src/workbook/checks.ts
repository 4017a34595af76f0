/**
 * Checks of the native formulas of a mapped grondexploitatie, with the
 * domain knowledge of the BBV. Each finding names the sheet, the cell, the
 * rule and what to do, in Dutch. The rule ids are stable (auditors' scripts
 * read them); docs/methode/eigen-werkmap.md explains each one.
 */
import { a1, rangeText } from './address';
import { Cell, Sheet, Workbook, cellAt, eachCell, findSheet } from './model';
import { Mapping, rowLabel } from './mapping';
import { ModelInputs } from './extract';
import { Reconciliation, BBV_DISCOUNT_RATE } from './reconcile';
import { relativeForm, tokenize } from './formula';
import { formatAmount, formatEuro } from '../core/messages';

export type RuleId =
  | 'NPV_FUNCTIE'
  | 'VASTE_WAARDE_IN_FORMULE'
  | 'AFWIJKENDE_FORMULE_IN_RIJ'
  | 'EXTERNE_KOPPELING'
  | 'FOUTWAARDE'
  | 'LOOPTIJD_10_JAAR'
  | 'INDEX_NA_10_JAAR'
  | 'DISCONTERINGSVOET_NIET_2'
  | 'EW_NCW_ONGELIJK'
  | 'DISCONTERING_JAREN'
  | 'PARAMETER_ONTBREEKT'
  | 'RESULTAAT_NIET_GEREPRODUCEERD';

export const RULES: Record<RuleId, string> = {
  NPV_FUNCTIE: 'NCW met NPV/NHW/XNPV',
  VASTE_WAARDE_IN_FORMULE: 'percentage of factor getypt in een formule',
  AFWIJKENDE_FORMULE_IN_RIJ: 'afwijkende formule of getypt getal in een rij',
  EXTERNE_KOPPELING: 'verwijzing naar een andere werkmap',
  FOUTWAARDE: 'foutwaarde in het model',
  LOOPTIJD_10_JAAR: 'looptijd langer dan 10 jaar zonder motivering',
  INDEX_NA_10_JAAR: 'opbrengsten geïndexeerd na jaar 10',
  DISCONTERINGSVOET_NIET_2: 'disconteringsvoet niet 2%',
  EW_NCW_ONGELIJK: 'eindwaarde en NCW passen niet bij elkaar',
  DISCONTERING_JAREN: 'NCW over een ander aantal jaren contant gemaakt',
  PARAMETER_ONTBREEKT: 'parameter niet gevonden',
  RESULTAAT_NIET_GEREPRODUCEERD: 'resultaat niet na te rekenen',
};

export interface Finding {
  rule: RuleId;
  sheet: string;
  cell: string;
  message: string;
}

const eur = (x: number) => formatEuro(x, 0);
const pct = (x: number) => `${formatAmount(x * 100, 4)}%`;

function splitRef(ref: string): { sheet: string; cell: string } {
  const i = ref.lastIndexOf('!');
  const s = ref.slice(0, i);
  return { sheet: s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s, cell: ref.slice(i + 1) };
}

/** Sheets the model lives on: the year sheet and every sheet a mapped part is on. */
function modelSheets(wb: Workbook, m: Mapping): Sheet[] {
  const names = new Set<string>([m.sheet]);
  for (const part of [m.params, m.results, m.rows]) for (const r of Object.values(part)) if (r) names.add(r.sheet);
  return wb.sheets.filter((s) => names.has(s.name));
}

function labelOfRow(wb: Workbook, m: Mapping, sheet: string, row: number): string {
  const s = findSheet(wb, sheet);
  return (s && rowLabel(s, row, m.years.col)) || `rij ${row + 1}`;
}

/** A literal that looks like a rate or a growth factor: 0 < x < 1 (not ½), 1 < x < 1,5, or written with %. */
function rateLiteral(value: number, percent: boolean): boolean {
  if (percent) return value !== 0 && value !== 1;
  if (value > 0 && value < 1) return value !== 0.5;
  return value > 1 && value < 1.5;
}

function npvFindings(wb: Workbook, m: Mapping, x: ModelInputs, sheets: Sheet[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sheets) {
    for (const [r, c, cell] of eachCell(s)) {
      if (!cell.formula) continue;
      const toks = tokenize(cell.formula);
      const i = toks.findIndex((t) => t.kind === 'func' && /^(NPV|NHW|XNPV|NETTO\.HW|NETTO\.HW2|PV|HW)$/.test(t.name));
      if (i < 0) continue;
      const fn = (toks[i] as { name: string }).name;
      const refs = toks.slice(i + 1).filter((t) => t.kind === 'ref');
      const flows = refs.find((t) => t.kind === 'ref' && (t.c2 > t.c1 || t.r2 > t.r1));
      let over = '';
      if (flows && flows.kind === 'ref') {
        const label = labelOfRow(wb, m, flows.sheet ?? s.name, flows.r1);
        const first =
          flows.c1 === m.years.col && (flows.sheet ?? s.name) === m.sheet ? ' Het eerste jaar telt daarbij als een bedrag op 31-12 van dat jaar.' : '';
        over = ` over ${flows.text} (${label}).${first}`;
      } else over = '.';
      out.push({
        rule: 'NPV_FUNCTIE',
        sheet: s.name,
        cell: a1(r, c),
        message:
          `De contante waarde wordt hier berekend met ${fn}${over} Dat is de contante waarde van de kasstromen, niet de NCW die het BBV vraagt: ` +
          `de eindwaarde contant gemaakt tegen de disconteringsvoet (${pct(x.disconteringsvoet)}) over ${x.T - x.t0 + 1} jaar. ` +
          'Reken de NCW als eindwaarde / (1 + disconteringsvoet) ^ (eindjaar − startjaar + 1), of gebruik GREX.RESULTAAT.',
      });
    }
  }
  return out;
}

/** Formulas along the year columns of a model row: constants typed over formulas, and formulas that differ from the rest. */
function rowFindings(m: Mapping, sheet: Sheet): Finding[] {
  const out: Finding[] = [];
  const c0 = m.years.col;
  const c1 = c0 + m.years.cols - 1;
  for (let r = 0; r < sheet.cells.length; r++) {
    const cells: [number, Cell][] = [];
    for (let c = c0; c <= c1; c++) {
      const cell = cellAt(sheet, r, c);
      if (cell && (cell.formula || typeof cell.value === 'number')) cells.push([c, cell]);
    }
    const withFormula = cells.filter(([, cell]) => cell.formula);
    // Only rows that are formula rows: at least three formulas, and most cells after the first are formulas.
    const rest = cells.filter(([c]) => c > c0);
    if (withFormula.length < 3 || withFormula.filter(([c]) => c > c0).length * 2 <= rest.length) continue;
    const forms = new Map<string, number>();
    for (const [c, cell] of withFormula) if (c > c0) forms.set(relativeForm(cell.formula!, r, c), (forms.get(relativeForm(cell.formula!, r, c)) ?? 0) + 1);
    const [major] = [...forms.entries()].sort((a, b) => b[1] - a[1])[0];
    const label = rowLabel(sheet, r, c0) || `rij ${r + 1}`;
    const year = (c: number) => (typeof cellAt(sheet, m.years.row, c)?.value === 'number' ? ` (${cellAt(sheet, m.years.row, c)!.value})` : '');
    for (const [c, cell] of rest) {
      if (!cell.formula) {
        out.push({
          rule: 'AFWIJKENDE_FORMULE_IN_RIJ',
          sheet: sheet.name,
          cell: a1(r, c),
          message:
            `In de rij "${label}" staat in ${a1(r, c)}${year(c)} een getypt getal (${cell.value}) waar de andere jaren een formule ` +
            `hebben. Zet de formule van de rij terug, of licht de vaste waarde toe.`,
        });
      } else if (relativeForm(cell.formula, r, c) !== major) {
        out.push({
          rule: 'AFWIJKENDE_FORMULE_IN_RIJ',
          sheet: sheet.name,
          cell: a1(r, c),
          message:
            `In de rij "${label}" wijkt de formule in ${a1(r, c)}${year(c)} af van de andere jaren (=${cell.formula}). Controleer ` +
            `of dit bedoeld is; gebruik anders dezelfde formule als in de rest van de rij.`,
        });
      }
    }
  }
  return out;
}

function literalFindings(wb: Workbook, m: Mapping, sheets: Sheet[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sheets) {
    const perRow = new Map<number, { col: number; values: number[]; formula: string }>();
    for (const [r, c, cell] of eachCell(s)) {
      if (!cell.formula) continue;
      const values = tokenize(cell.formula).flatMap((t) => (t.kind === 'number' && rateLiteral(t.value, t.percent) ? [t.value] : []));
      if (values.length === 0) continue;
      const seen = perRow.get(r);
      if (seen) seen.values.push(...values);
      else perRow.set(r, { col: c, values, formula: cell.formula });
    }
    for (const [r, f] of perRow) {
      const shown = [...new Set(f.values)].map((v) => formatAmount(v, 6)).join('; ');
      out.push({
        rule: 'VASTE_WAARDE_IN_FORMULE',
        sheet: s.name,
        cell: a1(r, f.col),
        message:
          `In de rij "${labelOfRow(wb, m, s.name, r)}" staat een vast getal in de formule (${shown}; =${f.formula}). Verwijs ` +
          `naar de parametercel (rente, disconteringsvoet of index), zodat een wijziging overal doorwerkt.`,
      });
    }
  }
  return out;
}

function externalAndErrorFindings(wb: Workbook, sheets: Sheet[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sheets) {
    for (const [r, c, cell] of eachCell(s)) {
      if (cell.formula && tokenize(cell.formula).some((t) => t.kind === 'ref' && t.external !== undefined)) {
        out.push({
          rule: 'EXTERNE_KOPPELING',
          sheet: s.name,
          cell: a1(r, c),
          message:
            `${a1(r, c)} verwijst naar een andere werkmap (=${cell.formula}). Die waarde wordt niet bijgewerkt als de andere ` +
            `werkmap ontbreekt of verandert. Neem de waarde over in een parametercel met de bron erbij.`,
        });
      }
      if (cell.error || (cell.formula && /#REF!/.test(cell.formula))) {
        out.push({
          rule: 'FOUTWAARDE',
          sheet: s.name,
          cell: a1(r, c),
          message:
            `${a1(r, c)} geeft ${cell.error ?? '#REF!'}${cell.formula ? ` (=${cell.formula})` : ''}. Herstel de formule: een ` +
            `foutwaarde werkt door in alles wat ernaar verwijst.`,
        });
      }
    }
  }
  for (const n of wb.names) {
    if (/\[[^\]]+\]/.test(n.ref) && !n.name.toUpperCase().startsWith('GREX_')) {
      out.push({
        rule: 'EXTERNE_KOPPELING',
        sheet: '',
        cell: n.name,
        message: `De naam ${n.name} verwijst naar een andere werkmap (${n.ref}). Verwijder de koppeling of neem de waarde over in ` + `deze werkmap.`,
      });
    }
  }
  return out;
}

function resultFindings(m: Mapping, x: ModelInputs, rec: Reconciliation): Finding[] {
  const out: Finding[] = [];
  const years = x.T - x.t0 + 1;
  const at = (ref: string | undefined, fallback: { sheet: string; cell: string }) => (ref ? splitRef(ref) : fallback);
  const yearCell = (i: number) => ({ sheet: m.sheet, cell: a1(m.years.row, m.years.col + Math.min(i, m.years.cols - 1)) });
  const paramAt = (k: keyof Mapping['params']) => (m.params[k] ? splitRef(rangeText(m.params[k]!)) : undefined);
  const w = x.workbook;
  if (years > 10 && !x.motivering) {
    out.push({
      rule: 'LOOPTIJD_10_JAAR',
      ...yearCell(years - 1),
      message:
        `De looptijd is ${years} jaar (${x.t0}–${x.T}), langer dan de 10 jaar van het BBV, en er is geen motivering gevonden. ` +
        `Leg de motivering met de beheersmaatregelen vast (bijvoorbeeld in een cel "Motivering looptijd") en laat de raad ` +
        `de afwijking autoriseren.`,
    });
  }
  const rising = Array.isArray(x.opbrengstenstijging) ? x.opbrengstenstijging.slice(10).some((r) => r !== 0) : x.opbrengstenstijging !== 0;
  const frozen = rec.conventions.revenue_index_frozen_after;
  if (years > 10 && rising && (frozen === null || frozen > 10)) {
    const row = m.rows.opbrengstenindex;
    const place = row ? { sheet: row.sheet, cell: a1(row.row, row.col + 10) } : (paramAt('opbrengstenstijging') ?? yearCell(10));
    out.push({
      rule: 'INDEX_NA_10_JAAR',
      ...place,
      message:
        `De opbrengsten worden ook na jaar 10 (vanaf ${x.t0 + 10}) geïndexeerd. Bij een looptijd boven 10 jaar is het niet ` +
        `indexeren van opbrengsten na 10 jaar een gangbare beheersmaatregel; zet de opbrengstenstijging vanaf ${x.t0 + 10} ` +
        `op 0% of motiveer de indexering.`,
    });
  }
  if (Math.abs(x.disconteringsvoet - BBV_DISCOUNT_RATE) > 1e-9 && !x.missing.includes('disconteringsvoet')) {
    out.push({
      rule: 'DISCONTERINGSVOET_NIET_2',
      ...(paramAt('disconteringsvoet') ?? yearCell(0)),
      message:
        `De disconteringsvoet is ${pct(x.disconteringsvoet)}. Het BBV maakt de eindwaarde contant tegen 2% (de inflatiedoelstelling ` +
        `van de ECB). Gebruik 2% of licht de afwijking toe in de paragraaf grondbeleid.`,
    });
  }
  if (rec.conventions.ncw_basis === 'eindwaarde' && rec.conventions.discount_offset !== 1 && (rec.gap ?? Infinity) <= 1) {
    out.push({
      rule: 'DISCONTERING_JAREN',
      ...at(w.cells.ncw, yearCell(0)),
      message:
        `De NCW is de eindwaarde contant gemaakt over ${years - 1 + rec.conventions.discount_offset} jaar; van 1-1-${x.t0} ` +
        `tot 31-12-${x.T} zijn dat ${years} jaar. Deel de eindwaarde door (1 + disconteringsvoet) ^ ${years}.`,
    });
  }
  if (w.eindwaarde !== undefined && w.ncw !== undefined && rec.conventions.ncw_basis === 'eindwaarde') {
    const d = x.disconteringsvoet;
    const oppositeSign = Math.abs(w.eindwaarde) > 1 && Math.abs(w.ncw) > 1 && Math.sign(w.eindwaarde) !== Math.sign(w.ncw);
    let fits = false;
    for (let n = 0; n <= years + 2 && !fits; n++) fits = Math.abs(w.eindwaarde / Math.pow(1 + d, n) - w.ncw) <= 1;
    if (oppositeSign || !fits) {
      out.push({
        rule: 'EW_NCW_ONGELIJK',
        ...at(w.cells.ncw, yearCell(0)),
        message:
          `De NCW (${eur(w.ncw)}) past niet bij de eindwaarde (${eur(w.eindwaarde)}): geen contantmaking tegen ${pct(d)} geeft ` +
          `dit bedrag${oppositeSign ? ', en het teken verschilt' : ''}. Volgens het BBV is de NCW ${eur(w.eindwaarde / Math.pow(1 + d, years))} ` +
          `(eindwaarde / (1 + ${pct(d)})^${years}). Controleer of de NCW-cel een formule is die naar de eindwaarde verwijst.`,
      });
    }
  }
  if (rec.gap !== null && rec.gap > 1) {
    const where = rec.first_divergence
      ? ` Het eerste verschil zit in ${rec.first_divergence.cell} ("${rec.first_divergence.row_label}", ${rec.first_divergence.year}).`
      : '';
    out.push({
      rule: 'RESULTAAT_NIET_GEREPRODUCEERD',
      ...(rec.first_divergence
        ? splitRef(rec.first_divergence.cell)
        : at((rec.gaps.eindwaarde ?? 0) > 1 ? w.cells.eindwaarde : (w.cells.ncw ?? w.cells.eindwaarde), yearCell(0))),
      message:
        `GREX komt met geen van de geteste rekenwijzen op de uitkomst van de werkmap: er blijft ${eur(rec.gap)} verschil.${where} ` +
        `Controleer die cel en de rijen die erop volgen.`,
    });
  }
  for (const k of x.missing) {
    if (k === 'beginboekwaarde' || k === 'motivering') continue;
    out.push({
      rule: 'PARAMETER_ONTBREEKT',
      ...yearCell(0),
      message:
        `De parameter ${k} is niet gevonden (geen cel met dat label en een waarde ernaast). GREX rekent met ${k === 'disconteringsvoet' ? '2%' : '0%'}. ` +
        `Wijs de cel aan in de koppeling (Controle → gebruik selectie, of --mapping).`,
    });
  }
  return out;
}

export function checkModel(wb: Workbook, m: Mapping, x: ModelInputs, rec: Reconciliation): Finding[] {
  const sheets = modelSheets(wb, m);
  const model = findSheet(wb, m.sheet)!;
  const npv = npvFindings(wb, m, x, sheets);
  const all = [...npv, ...literalFindings(wb, m, sheets), ...rowFindings(m, model), ...externalAndErrorFindings(wb, sheets), ...resultFindings(m, x, rec)];
  const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}`;
  const seen = new Set<string>();
  return all.filter((f) => (seen.has(key(f)) ? false : (seen.add(key(f)), true)));
}
