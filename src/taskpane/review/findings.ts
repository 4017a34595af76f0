/**
 * Inconsistencies between the GREX formulas of a workbook: two different
 * disconteringsvoeten, rentes or peiljaren, a timing that differs from the
 * rest, a BBV discount rate other than 2%, BBV-toets findings, and cells that
 * show an error.
 */
import type { ReviewEntry } from './scan';
import { dutchErrorWithEnglish } from '../../functions/notation';

export type Severity = 'fout' | 'waarschuwing' | 'bevinding';

export interface Finding {
  severity: Severity;
  text: string;
  sheet: string;
  address: string;
}

const CHECKED: { param: string; label: string; plural: string; rate: boolean }[] = [
  { param: 'disconteringsvoet', label: 'disconteringsvoet', plural: 'disconteringsvoeten', rate: true },
  { param: 'rente', label: 'rente', plural: 'rentepercentages', rate: true },
  { param: 'rekenrente', label: 'rekenrente', plural: 'rekenrentes', rate: true },
  { param: 'timing', label: 'timing', plural: 'timings', rate: false },
  { param: 'peiljaar', label: 'peiljaar', plural: 'peiljaren', rate: false },
];

const BBV_FUNCTIONS = new Set(['RESULTAAT', 'BBV.TOETS']);

const pctFormat = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 3 });
const numFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6, useGrouping: false });

export function show(value: unknown, rate = false): string {
  if (typeof value === 'number') return rate ? pctFormat.format(value) : numFormat.format(value);
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value === '' || value === undefined || value === null) return '(leeg)';
  return String(value);
}

function key(v: unknown): string {
  if (typeof v === 'string') return v.trim().toLowerCase();
  if (typeof v === 'number') return String(Math.round(v * 1e12) / 1e12);
  return String(v);
}

interface Use {
  entry: ReviewEntry;
  fn: string;
  value: unknown;
}

/** The effective peiljaar: the argument, or the startjaar when omitted. */
function effective(param: string, call: ReviewEntry['calls'][number]): { value: unknown; known: boolean } | undefined {
  const p = call.params.find((x) => x.name === param);
  if (!p) return undefined;
  if (param === 'peiljaar' && p.isDefault) {
    const s = call.params.find((x) => x.name === 'startjaar');
    if (s && s.resolved && s.value !== '' && s.value !== undefined) return { value: s.value, known: true };
    return undefined;
  }
  if (!p.resolved) return undefined;
  return { value: p.value, known: true };
}

const RATE_PARAMS = CHECKED.filter((c) => c.rate).map((c) => c.param);

/**
 * What a rate argument is, judged by the name it refers to: GREX.NCW(EP_rekenrente, …)
 * on an erfpacht sheet discounts at a rekenrente, not at a BBV disconteringsvoet.
 */
function roleOf(param: string, call: ReviewEntry['calls'][number]): string {
  const text = call.params.find((x) => x.name === param)?.text ?? '';
  const words = text.toLowerCase().split(/[^a-z]+/);
  return RATE_PARAMS.find((q) => q !== param && words.includes(q)) ?? param;
}

export function findInconsistencies(entries: readonly ReviewEntry[]): Finding[] {
  const out: Finding[] = [];
  for (const e of entries) {
    if (typeof e.value === 'string' && /^#[A-Z/0-9!?]+/.test(e.value)) {
      const hint = e.value.startsWith('#NAME')
        ? ' Is de GREX-invoegtoepassing geladen?'
        : e.value.startsWith('#SPILL')
          ? ' Maak de cellen onder of rechts van de formule leeg.'
          : '';
      out.push({ severity: 'fout', text: `De formule toont ${dutchErrorWithEnglish(e.value)}.${hint}`, sheet: e.sheet, address: e.address });
    }
    for (const line of e.bbvLines) out.push({ severity: 'bevinding', text: `BBV-toets: ${line}`, sheet: e.sheet, address: e.address });
  }
  for (const c of CHECKED) {
    const uses: Use[] = [];
    for (const e of entries) {
      for (const call of e.calls) {
        for (const q of c.rate ? RATE_PARAMS : [c.param]) {
          if (roleOf(q, call) !== c.param) continue;
          const v = effective(q, call);
          if (v && v.value !== '' && v.value !== undefined) uses.push({ entry: e, fn: call.name, value: v.value });
        }
      }
    }
    // The usual value is the one most sheets use (then most formulas), so one long year table does not outvote the rest.
    const counts = new Map<string, { value: unknown; n: number; sheets: Set<string> }>();
    for (const u of uses) {
      const k = key(u.value);
      const x = counts.get(k) ?? { value: u.value, n: 0, sheets: new Set<string>() };
      x.n++;
      x.sheets.add(u.entry.sheet);
      counts.set(k, x);
    }
    if (counts.size > 1) {
      const sorted = [...counts.values()].sort((a, b) => b.sheets.size - a.sheets.size || b.n - a.n);
      const major = sorted[0];
      const list = sorted.map((s) => `${show(s.value, c.rate)} (${s.n}× op ${s.sheets.size} ${s.sheets.size === 1 ? 'blad' : 'bladen'})`).join(', ');
      // One finding per sheet and deviating value (a year table can hold dozens of the same call).
      const groups = new Map<string, Use[]>();
      for (const u of uses) {
        if (key(u.value) === key(major.value)) continue;
        const g = `${u.entry.sheet}\u0000${key(u.value)}`;
        groups.set(g, [...(groups.get(g) ?? []), u]);
      }
      for (const g of groups.values()) {
        const u = g[0];
        const fns = [...new Set(g.map((x) => `GREX.${x.fn}`))].join(', ');
        const where = g.length === 1 ? `in ${fns}` : `in ${g.length} formules op dit blad (${fns}; eerste: ${u.entry.address})`;
        out.push({
          severity: 'waarschuwing',
          text:
            `Afwijkende ${c.label}: ${show(u.value, c.rate)} ${where}, terwijl elders vooral ${show(major.value, c.rate)} wordt ` +
            `gebruikt. In de werkmap: ${list}.`,
          sheet: u.entry.sheet,
          address: u.entry.address,
        });
      }
    }
    if (c.param === 'disconteringsvoet') {
      for (const u of uses) {
        if (BBV_FUNCTIONS.has(u.fn) && typeof u.value === 'number' && Math.abs(u.value - 0.02) > 1e-12) {
          out.push({
            severity: 'waarschuwing',
            text: `GREX.${u.fn} gebruikt disconteringsvoet ${show(u.value, true)}; het BBV schrijft 2% voor (motiveer de afwijking).`,
            sheet: u.entry.sheet,
            address: u.entry.address,
          });
        }
      }
    }
  }
  return out;
}
