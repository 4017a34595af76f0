/**
 * Where a confirmed mapping lives: one defined name per part, GREX_W_<PART>,
 * workbook-wide, each referring to the cells of that part (Name Manager shows
 * them; Excel keeps them when the workbook is saved and reopened, and an .xlsx
 * reader sees them too). The same parts, as a JSON object of part → A1
 * reference, form the mapping file of `grex controleer --mapping`.
 *
 *   GREX_W_JAREN        the year header, one row           Exploitatie!$C$5:$N$5
 *   GREX_W_KOSTEN       the cost posts (rows; a union or a block)
 *   GREX_W_OPBRENGSTEN  the revenue posts
 *   GREX_W_RENTE, _DISCONTERINGSVOET, _KOSTENSTIJGING, _OPBRENGSTENSTIJGING,
 *   _PRIJSPEIL, _BEGINBOEKWAARDE, _MOTIVERING             parameter cells
 *   GREX_W_EINDWAARDE, _NCW, _NOMINAAL                      the workbook's result cells
 *   GREX_W_KOSTENINDEX, _OPBRENGSTENINDEX, _KOSTEN_NOMINAAL, _OPBRENGSTEN_NOMINAAL,
 *   _BOEKWAARDE_BEGIN, _RENTE_PER_JAAR, _BOEKWAARDE_EIND, _SALDO, _KOSTEN_TOTAAL,
 *   _OPBRENGSTEN_TOTAAL                                     the workbook's own intermediate rows
 */
import { RangeRef, parseRange, rangeText } from './address';
import { Workbook, findSheet } from './model';
import { Mapping, RowKey, rowLabel } from './mapping';
import { ParamKey, ResultKey, classifyRow } from './labels';

export const NAME_PREFIX = 'GREX_W_';
export const PARAM_KEYS: readonly ParamKey[] = [
  'rente',
  'disconteringsvoet',
  'kostenstijging',
  'opbrengstenstijging',
  'prijspeil',
  'beginboekwaarde',
  'motivering',
];
export const RESULT_KEYS: readonly ResultKey[] = ['eindwaarde', 'ncw', 'nominaal'];
export const ROW_KEYS: readonly RowKey[] = [
  'kostenindex',
  'opbrengstenindex',
  'kosten_nominaal',
  'opbrengsten_nominaal',
  'boekwaarde_begin',
  'rente_per_jaar',
  'boekwaarde_eind',
  'saldo',
  'kosten_totaal',
  'opbrengsten_totaal',
];
export const PART_KEYS: readonly string[] = ['jaren', 'kosten', 'opbrengsten', ...PARAM_KEYS, ...RESULT_KEYS, ...ROW_KEYS];

export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

/** Consecutive one-row ranges of the same columns merged into blocks. */
function blocks(rows: readonly RangeRef[]): RangeRef[] {
  const out: RangeRef[] = [];
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    const last = out[out.length - 1];
    if (last && last.sheet === r.sheet && last.col === r.col && last.cols === r.cols && last.row + last.rows === r.row) last.rows += 1;
    else out.push({ ...r });
  }
  return out;
}

/** The mapping as part → absolute A1 reference (a union for the posts). */
export function mappingToRecord(m: Mapping): Record<string, string> {
  const rec: Record<string, string> = { jaren: rangeText(m.years, true) };
  if (m.costs.length)
    rec.kosten = blocks(m.costs)
      .map((b) => rangeText(b, true))
      .join(',');
  if (m.revenues.length)
    rec.opbrengsten = blocks(m.revenues)
      .map((b) => rangeText(b, true))
      .join(',');
  for (const k of PARAM_KEYS) if (m.params[k]) rec[k] = rangeText(m.params[k]!, true);
  for (const k of RESULT_KEYS) if (m.results[k]) rec[k] = rangeText(m.results[k]!, true);
  for (const k of ROW_KEYS) if (m.rows[k]) rec[k] = rangeText(m.rows[k]!, true);
  return rec;
}

function splitUnion(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out.map((s) => s.trim());
}

/** Post rows of a union of blocks: every row with a label that is not a total, section or intermediate row. */
function postRows(wb: Workbook, text: string, years: RangeRef, part: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const piece of splitUnion(text)) {
    const r = parseRange(piece, years.sheet);
    if (!r) throw new MappingError(`Onderdeel ${part}: "${piece}" is geen bereik. Geef een bereik zoals Exploitatie!C8:N12.`);
    const s = findSheet(wb, r.sheet);
    if (!s) throw new MappingError(`Onderdeel ${part}: het blad "${r.sheet}" bestaat niet in deze werkmap.`);
    for (let row = r.row; row < r.row + r.rows; row++) {
      const kind = classifyRow(rowLabel(s, row, years.col), part === 'kosten' ? 'costs' : 'revenues');
      if (kind === 'cost' || kind === 'revenue') out.push({ sheet: s.name, row, col: years.col, rows: 1, cols: years.cols });
    }
  }
  return out;
}

/** A mapping from part → reference (a mapping file, or the GREX_W_ names). Needs at least jaren and one post block. */
export function mappingFromRecord(wb: Workbook, rec: Record<string, unknown>): Mapping {
  const get = (k: string): string | undefined => {
    const v = rec[k];
    if (v === undefined || v === null || v === '') return undefined;
    if (Array.isArray(v)) return v.map(String).join(',');
    if (typeof v !== 'string') throw new MappingError(`Onderdeel ${k}: verwacht een verwijzing als tekst, zoals "Exploitatie!C5:N5".`);
    return v;
  };
  for (const k of Object.keys(rec))
    if (!PART_KEYS.includes(k)) throw new MappingError(`Onbekend onderdeel "${k}" in de koppeling. Bekende onderdelen: ${PART_KEYS.join(', ')}.`);
  const yt = get('jaren');
  if (!yt) throw new MappingError('De koppeling mist het onderdeel jaren (de rij met jaartallen), bijvoorbeeld "jaren": "Exploitatie!C5:N5".');
  const years = parseRange(yt);
  if (!years || !findSheet(wb, years.sheet))
    throw new MappingError(`Onderdeel jaren: "${yt}" is geen bereik op een blad van deze werkmap. Geef het blad mee, zoals Exploitatie!C5:N5.`);
  if (years.rows !== 1) throw new MappingError(`Onderdeel jaren: "${yt}" moet één rij zijn (jaren in kolommen).`);
  years.sheet = findSheet(wb, years.sheet)!.name;
  const one = (k: string): RangeRef | undefined => {
    const t = get(k);
    if (t === undefined) return undefined;
    const r = parseRange(t, years.sheet);
    const s = r && findSheet(wb, r.sheet);
    if (!r || !s) throw new MappingError(`Onderdeel ${k}: "${t}" is geen bereik op een blad van deze werkmap.`);
    return { ...r, sheet: s.name };
  };
  const m: Mapping = { sheet: years.sheet, years, costs: [], revenues: [], params: {}, results: {}, rows: {} };
  const kt = get('kosten');
  const ot = get('opbrengsten');
  if (!kt && !ot) throw new MappingError('De koppeling mist de posten: geef kosten en/of opbrengsten, bijvoorbeeld "kosten": "Exploitatie!C8:N12".');
  if (kt) m.costs = postRows(wb, kt, years, 'kosten');
  if (ot) m.revenues = postRows(wb, ot, years, 'opbrengsten');
  for (const k of PARAM_KEYS) m.params[k] = one(k);
  for (const k of RESULT_KEYS) m.results[k] = one(k);
  for (const k of ROW_KEYS) m.rows[k] = one(k);
  for (const part of [m.params, m.results, m.rows] as Record<string, unknown>[]) for (const k of Object.keys(part)) if (part[k] === undefined) delete part[k];
  return m;
}

/** The mapping stored in the workbook's GREX_W_ names, or undefined when there is none. */
export function mappingFromNames(wb: Workbook): Mapping | undefined {
  const rec: Record<string, string> = {};
  for (const n of wb.names) {
    if (!n.name.toUpperCase().startsWith(NAME_PREFIX)) continue;
    const key = n.name.slice(NAME_PREFIX.length).toLowerCase();
    if (PART_KEYS.includes(key)) rec[key] = n.ref;
  }
  return rec.jaren ? mappingFromRecord(wb, rec) : undefined;
}

/** The defined names that store a mapping: name → reference (for a host to write after the confirm step). */
export function mappingNames(m: Mapping): { name: string; ref: string }[] {
  return Object.entries(mappingToRecord(m)).map(([k, ref]) => ({ name: NAME_PREFIX + k.toUpperCase(), ref }));
}
