/**
 * Empty cells in both conventions Excel uses: the web (and current builds)
 * pass an empty referenced cell as null, older desktop builds pass 0
 * (office-js issues 4702 and 5262). For every parameter of every function,
 * taken from the registry's specs and the functions' own help examples:
 *  - where 0 is not a meaningful value (years, texts, enums, optional numbers
 *    whose bounds exclude 0), a 0 gives exactly what an empty cell gives;
 *  - a series cell: 0 and empty are the same;
 *  - a table: a blank row is dropped, not an extra row or an error;
 *  - where 0 is a real value (amounts, rates, booleans), the help page says so.
 */
import { REGISTRY } from '../../src/functions/registry';
import { tryCall } from '../../src/functions/call';
import { setMemo } from '../../src/functions/invoke';
import { zeroMeansBlank } from '../../src/functions/normalise';
import { EMPTY_CELL_TEXT } from '../../src/functions/empty-cell-help';
import { MATRIX_KINDS } from '../../src/functions/metadata';
import { renderHelpPage, escapeHtml } from '../../src/functions/help';
import { parseFormula } from '../../src/cli/parser';
import type { FunctionSpec, ParamSpec } from '../../src/functions/types';

beforeAll(() => setMemo(false));
afterAll(() => setMemo(true));

const isMatrix = (p: ParamSpec) => MATRIX_KINDS.has(p.kind);

/** The arguments of the first help example that gives parameter `i` (else the first), padded to the full list. */
function baseline(spec: FunctionSpec, i: number): unknown[] {
  const all = (spec.help.examples ?? []).map((ex) => parseFormula(ex.formula).args as unknown[]);
  const args = all.find((a) => a[i] !== null && a[i] !== undefined) ?? all[0] ?? [];
  return spec.params.map((_, k) => (k < args.length ? args[k] : null));
}

const cases = REGISTRY.flatMap((spec) => spec.params.map((p, i) => [`${spec.id} ${p.name}`, spec, p, i] as const));

test('every function has an example to vary', () => {
  for (const s of REGISTRY) expect(s.help.examples?.length).toBeGreaterThan(0);
});

describe.each(cases)('%s', (_label, spec, p, i) => {
  const call = (args: unknown[]) => tryCall(spec.id, ...args);
  const withArg = (v: unknown) => {
    const a = baseline(spec, i).slice();
    a[i] = v;
    return a;
  };

  if (zeroMeansBlank(p)) {
    test('a 0 from an older desktop build means the same as an empty cell', () => {
      expect(call(withArg(0))).toEqual(call(withArg(null)));
      expect(call(withArg([[0]]))).toEqual(call(withArg([[null]])));
    });
  }

  if (p.kind === 'series') {
    test('an empty cell in the series: 0 (desktop) and null (web) are the same', () => {
      const base = baseline(spec, i)[i];
      const cells = Array.isArray(base) ? (base as unknown[][]).map((r) => r.slice()) : [[base ?? 1]];
      const web = cells.map((r) => r.slice());
      const desk = cells.map((r) => r.slice());
      web[0][0] = null;
      desk[0][0] = 0;
      expect(call(withArg(desk))).toEqual(call(withArg(web)));
      expect(call(withArg([[0]]))).toEqual(call(withArg([[null]])));
    });
  }

  if (p.kind === 'tuple') {
    test('an empty cell after the given positions: 0 (desktop) and null (web) are the same where the default is 0', () => {
      const base = baseline(spec, i)[i];
      const given = (Array.isArray(base) ? (base as unknown[][]).flat() : [base]).filter((v) => v !== null && v !== undefined);
      const next = p.fields[given.length];
      expect(next?.default).toBe(0); // every tuple's example leaves a 0-default field for this test
      expect(call(withArg([[...given, 0]]))).toEqual(call(withArg([[...given, null]])));
      expect(call(withArg([[...given, 0]]))).toEqual(call(withArg([given])));
    });
  }

  if (p.kind === 'table' || p.kind === 'labelled') {
    test('a blank row below the table is dropped, not an extra row or an error', () => {
      const base = (baseline(spec, i)[i] ?? [[1, 1]]) as unknown[][];
      const before = call(withArg(base));
      const width = Math.max(...base.map((r) => r.length));
      expect(call(withArg([...base, new Array(width).fill(null)]))).toEqual(before);
    });
  }

  if (!zeroMeansBlank(p) && !isMatrix(p)) {
    test('where 0 is a real value, the help page says what an empty cell gives', () => {
      const html = renderHelpPage(spec);
      const text = p.kind === 'boolean' ? EMPTY_CELL_TEXT.boolean : EMPTY_CELL_TEXT.zeroIsValue;
      expect(html).toContain(`<li><code>${p.name}</code>: ${escapeHtml(text)}</li>`);
    });
  }
});

test('GREX.BBV.TOETS: an empty motivering from an older desktop build still gives the looptijd finding', () => {
  const web = tryCall('BBV.TOETS', 2025, 2044, 0.02, 0.025, null);
  const desktop = tryCall('BBV.TOETS', 2025, 2044, 0.02, 0.025, 0);
  expect(desktop).toEqual(web);
  expect(desktop.ok && (desktop.value as string[][])[0][0]).toMatch(/^Looptijd 2025–2044 is 20 jaar/);
});

test('an empty startjaar or peiljaar from a desktop build is "leeg", not the year 0', () => {
  expect(tryCall('NCW', 0.02, [[100, 200]], 0, 0)).toEqual(tryCall('NCW', 0.02, [[100, 200]], null, null));
  expect(tryCall('NCW', 0.02, [[100, 200]], 2025, 0, 0)).toEqual(tryCall('NCW', 0.02, [[100, 200]], 2025));
});
