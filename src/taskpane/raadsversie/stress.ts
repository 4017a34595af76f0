/**
 * The kernvariabelen of a grondexploitatie and the same results under the
 * preset stress tests, computed through the GREX call path (the same
 * normaliser, calculation core and checks as the Excel functions).
 */
import { call } from '../../functions/call';
import type { Cell } from '../../functions/types';
import { geArgs, GeInputs, seriesTotal } from '../models/ge-model';

export interface ScenarioResult {
  label: string;
  explanation: string;
  nominaal: number;
  eindwaarde: number;
  ncw: number;
  voorziening: number;
  /** Σ rente over the years (BOEKWAARDE). */
  renteTotaal: number;
}

export interface Kern {
  basis: ScenarioResult;
  scenarios: ScenarioResult[];
  boekwaardeBegin: number;
  boekwaardeEind: number;
  eindjaar: number;
  kostenNominaal: number;
  opbrengstenNominaal: number;
  kostenGeindexeerd: number;
  opbrengstenGeindexeerd: number;
  /** Extra interest when everything happens one year later. */
  renteVertraging: number;
}

export function scenario(label: string, explanation: string, x: GeInputs): ScenarioResult & { rows: number[][] } {
  const res = call('RESULTAAT', ...geArgs('RESULTAAT', x)) as number[][];
  const rows = call('BOEKWAARDE', ...geArgs('BOEKWAARDE', x)) as number[][];
  const ncw = Number(res[0][2]);
  return {
    label,
    explanation,
    nominaal: Number(res[0][0]),
    eindwaarde: Number(res[0][1]),
    ncw,
    voorziening: Number(call('VERLIESVOORZIENING', ncw)),
    renteTotaal: rows.reduce((s, r) => s + Number(r[4]), 0),
    rows,
  };
}

/** Scale the amounts; blank and text cells stay what they are, for the normaliser to judge. */
const scale = (m: Cell[][], f: number): Cell[][] => m.map((r) => r.map((v) => (typeof v === 'number' ? v * f : v)));
const delay = (m: Cell[][]): Cell[][] => m.map((r) => [0, ...r]);

/** The stress tests of the raadsversie, in the order shown. */
export const STRESS: { label: string; explanation: string; apply: (x: GeInputs) => GeInputs }[] = [
  {
    label: 'Eén jaar vertraging',
    explanation: 'Alle kosten en opbrengsten vallen een jaar later; de rente loopt een jaar langer.',
    apply: (x) => ({ ...x, kosten: delay(x.kosten), opbrengsten: delay(x.opbrengsten) }),
  },
  { label: 'Opbrengsten −5%', explanation: 'Alle opbrengsten 5% lager.', apply: (x) => ({ ...x, opbrengsten: scale(x.opbrengsten, 0.95) }) },
  { label: 'Opbrengsten −10%', explanation: 'Alle opbrengsten 10% lager.', apply: (x) => ({ ...x, opbrengsten: scale(x.opbrengsten, 0.9) }) },
  { label: 'Kosten +5%', explanation: 'Alle kosten 5% hoger.', apply: (x) => ({ ...x, kosten: scale(x.kosten, 1.05) }) },
  { label: 'Rente +1 procentpunt', explanation: 'De rente over de boekwaarde 1 procentpunt hoger.', apply: (x) => ({ ...x, rente: x.rente + 0.01 }) },
];

export function computeKern(x: GeInputs): Kern {
  const basis = scenario('Basis', 'De grondexploitatie zoals vastgesteld.', x);
  const scenarios = STRESS.map((s) => scenario(s.label, s.explanation, s.apply(x)));
  const last = basis.rows[basis.rows.length - 1];
  const delayed = scenarios[0];
  const { rows, ...basisResult } = basis;
  return {
    basis: basisResult,
    scenarios: scenarios.map(({ rows: _r, ...s }) => s),
    boekwaardeBegin: x.beginboekwaarde,
    boekwaardeEind: Number(last[5]),
    eindjaar: Number(last[0]),
    kostenNominaal: seriesTotal('kosten', x.kosten),
    opbrengstenNominaal: seriesTotal('opbrengsten', x.opbrengsten),
    kostenGeindexeerd: rows.reduce((s, r) => s + Number(r[2]), 0),
    opbrengstenGeindexeerd: rows.reduce((s, r) => s + Number(r[3]), 0),
    renteVertraging: delayed.renteTotaal - basis.renteTotaal,
  };
}
