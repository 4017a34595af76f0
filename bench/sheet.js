/**
 * The sheet-level scenario of `npm run bench`: a worksheet of 500 GREX
 * formulas of mixed functions over 20 input rows and 20 tables of 5 posts,
 * and the same sheet written as native formulas for HyperFormula (NPV for
 * NCW, NPV × (1 + r)^n for EINDWAARDE, the roll-forward in cells for
 * RESULTAAT and BOEKWAARDE, one cell per year for INDEXEER, the closed forms
 * of RENTEPERCENTAGE, ERFPACHT.AFKOOPSOM and ERFPACHT.CANON, and the
 * KOSTENVERHAAL shares). GREX is called through `call()` with the memo as
 * Excel hits it: a full pass with an empty memo, then only the formulas that
 * depend on a changed cell.
 */
'use strict';
const { HyperFormula } = require('hyperformula');

const HF_OPTIONS = { licenseKey: 'gpl-v3', useColumnIndex: true };
const YEARS = 30;
const NS = 20; // input rows (and tables)
const POSTS = 5;
const N = 500;
const CHANGED = 3; // the column (year) of the input cell the scenario changes

function colName(c) {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const LAST = colName(YEARS - 1);
const P = { begin: 1e6, rente: 0.025, kIndex: 0.02, oIndex: 0.015 };

/**
 * The roll-forward of GREX.BOEKWAARDE / GREX.RESULTAAT as native formulas
 * (the same model as bench/models.js grexSheet), from sheet row `at`
 * (0-based), over the tables at rows kAt and oAt; the NCW with the shared
 * rate when `ncw`. Returns the rows and the cell of the main value.
 */
function rollForwardRows(at, kAt, oAt, rateRef, ncw) {
  const R = (i) => i + 1;
  const [rK, rO, rKt, rOt, rB, rR, rE] = [at, at + 1, at + 2, at + 3, at + 4, at + 5, at + 6];
  const rows = [[], [], [], [], [], [], []];
  for (let c = 0; c < YEARS; c++) {
    const L = colName(c);
    const Pc = c > 0 ? colName(c - 1) : null;
    rows[0].push(c === 0 ? 1 : `=${Pc}${R(rK)}*(1+${P.kIndex})`);
    rows[1].push(c === 0 ? 1 : `=${Pc}${R(rO)}*(1+${P.oIndex})`);
    rows[2].push(`=SUM(${L}${R(kAt)}:${L}${R(kAt + POSTS - 1)})*${L}${R(rK)}`);
    rows[3].push(`=SUM(${L}${R(oAt)}:${L}${R(oAt + POSTS - 1)})*${L}${R(rO)}`);
    rows[4].push(c === 0 ? P.begin : `=${Pc}${R(rE)}`);
    rows[5].push(`=IF(${L}${R(rB)}>0,${L}${R(rB)}*${P.rente},0)`);
    rows[6].push(`=${L}${R(rB)}+${L}${R(rKt)}-${L}${R(rOt)}+${L}${R(rR)}`);
  }
  if (ncw) {
    rows.push([`=-${LAST}${R(rE)}/(1+${rateRef})^${YEARS}`]);
    return { rows, cell: { row: at + 7, col: 0 } };
  }
  return { rows, cell: { row: rE, col: YEARS - 1 } };
}

/** Builds the scenario: GREX formula list, the native sheet, and how to change an input. */
function makeSheet(rand) {
  const series = Array.from({ length: NS }, () => Array.from({ length: YEARS }, () => Math.round(rand() * 1e6 - 2e5)));
  const tables = series.map((s) => Array.from({ length: POSTS }, (_, j) => s.map((x) => (Math.abs(x) * (j + 1)) / POSTS)));
  const state = { d: 0.02 };
  const tableAt = (k) => NS + POSTS * k;
  const rateRow = NS + POSTS * NS; // 0-based
  const rateRef = `$A$${rateRow + 1}`;
  const row = (k) => `A${k + 1}:${LAST}${k + 1}`;
  const A = (k, c = 0) => `${colName(c)}${k + 1}`;
  // kind: GREX call, native rows (given the first free row), the GREX value to compare, the tables it reads
  const kinds = [
    { name: 'NCW', rate: true, call: (k) => ['GREX.NCW', state.d, [series[k]], 2025], hf: (k) => [[`=NPV(${rateRef},${row(k)})`]], pick: (v) => v },
    { name: 'EINDWAARDE', call: (k) => ['GREX.EINDWAARDE', 0.03, [series[k]], 2025], hf: (k) => [[`=NPV(0.03,${row(k)})*1.03^${YEARS}`]], pick: (v) => v },
    {
      name: 'RESULTAAT',
      rate: true,
      two: true,
      call: (k) => ['GREX.RESULTAAT', P.begin, tables[k], tables[(k + 1) % NS], P.rente, state.d, 2025, P.kIndex, P.oIndex],
      block: (at, k) => rollForwardRows(at, tableAt(k), tableAt((k + 1) % NS), rateRef, true),
      pick: (v) => v[0][2],
    },
    {
      name: 'BOEKWAARDE',
      two: true,
      call: (k) => ['GREX.BOEKWAARDE', P.begin, tables[k], tables[(k + 1) % NS], P.rente, 2025, P.kIndex, P.oIndex],
      block: (at, k) => rollForwardRows(at, tableAt(k), tableAt((k + 1) % NS), rateRef, false),
      pick: (v) => v[YEARS - 1][5],
    },
    {
      name: 'INDEXEER',
      call: (k) => ['GREX.INDEXEER', [series[k]], 0.02, 2025],
      hf: (k) => [series[k].map((_, c) => `=${A(k, c)}*1.02^${c}`)],
      pickCol: YEARS - 1,
      pick: (v) => v[0][YEARS - 1],
    },
    {
      name: 'NCW midden',
      rate: true,
      call: (k) => ['GREX.NCW', state.d, [series[k]], 2025, 2024, 'midden'],
      hf: (k) => [[`=NPV(${rateRef},${row(k)})/(1+${rateRef})^0.5`]],
      pick: (v) => v,
    },
    {
      name: 'RENTEPERCENTAGE',
      cols: (c) => c === 0,
      call: (k) => ['GREX.RENTEPERCENTAGE', 0.03, 6e7 + series[k][0], 4e7],
      hf: (k) => [[`=0.03*(60000000+${A(k)})/(60000000+${A(k)}+40000000)`]],
      pick: (v) => v,
    },
    {
      name: 'ERFPACHT.AFKOOPSOM',
      call: (k) => ['GREX.ERFPACHT.AFKOOPSOM', 10000 + k, 0.04, 0.02, 50],
      hf: (k) => [[`=${10000 + k}/(0.04-0.02)*(1-(1.02/1.04)^50)`]],
      pick: (v) => v,
      constant: true,
    },
    {
      name: 'ERFPACHT.CANON',
      cols: (c) => c === 1,
      call: (k) => ['GREX.ERFPACHT.CANON', Math.abs(series[k][1]), 0.0239],
      hf: (k) => [[`=ABS(${A(k, 1)})*0.0239`]],
      pick: (v) => v,
    },
    {
      name: 'KOSTENVERHAAL',
      cols: (c) => c < 3,
      call: (k) => ['GREX.KOSTENVERHAAL', [tables[k][4].slice(0, 3)], [tables[k][0].slice(0, 3)], 1e6],
      // bijdrage of the first area: share × min(K_tot, O_tot) − inbreng (no eigen kosten)
      hf: (k) => {
        const t = tableAt(k);
        const o = `A${t + 5}:C${t + 5}`;
        const iw = `A${t + 1}:C${t + 1}`;
        return [[`=MAX(0,A${t + 5}/SUM(${o})*MIN(SUM(${iw})+1000000,SUM(${o}))-A${t + 1})`]];
      },
      pick: (v) => v[0][2],
    },
  ];
  // every kind over every input row; 200 distinct formulas, some copied (as sheets do)
  const formulas = Array.from({ length: N }, (_, i) => ({ kind: kinds[i % kinds.length], k: Math.floor(i / kinds.length) % NS }));
  /** Whether formula f reads the cell that `change(k)` changes (column CHANGED of row k and of table k's first row). */
  const reads = (f, k) => !f.kind.constant && (!f.kind.cols || f.kind.cols(CHANGED)) && (f.k === k || (f.kind.two && (f.k + 1) % NS === k));

  const nativeRows = () => {
    const rows = series.map((s) => s.slice());
    for (const t of tables) for (const r of t) rows.push(r.slice());
    rows.push([state.d]);
    for (const f of formulas) {
      const at = rows.length;
      if (f.kind.block) {
        const b = f.kind.block(at, f.k);
        rows.push(...b.rows);
        f.cell = b.cell;
      } else {
        rows.push(...f.kind.hf(f.k));
        f.cell = { row: at, col: f.kind.pickCol ?? 0 };
      }
    }
    return rows;
  };

  /** Change one input cell of row k (and the same year in its first table row), on both sides. */
  let tick = 0;
  const change = (k) => {
    tick++;
    series[k] = series[k].slice();
    series[k][CHANGED] = 1000 + tick;
    tables[k] = tables[k].map((r) => r.slice());
    tables[k][0][CHANGED] = 1000 + tick;
    return tick;
  };
  return { series, tables, state, formulas, kinds, reads, nativeRows, change, rateCell: { sheet: 0, row: rateRow, col: 0 }, tableAt };
}

/**
 * Runs the scenario: per step (full pass, one input changed, the shared rate
 * changed) GREX's time against HyperFormula's ({ t, ref, ratio }), and the
 * largest relative difference between their values.
 */
function runSheet({ tryCall, setMemo, timeAgainst, rand, quick }) {
  const S = makeSheet(rand);
  const evalAll = (list) => {
    let s = 0;
    for (const f of list) {
      const [name, ...args] = f.kind.call(f.k);
      const o = tryCall(name, ...args);
      if (!o.ok) throw new Error(`${name}: ${o.error.message}`);
      s += 1;
    }
    return s;
  };
  // agreement: every formula's value on both sides
  setMemo(true);
  const hf0 = HyperFormula.buildFromArray(S.nativeRows(), HF_OPTIONS);
  let maxRel = 0;
  for (const f of S.formulas) {
    const [name, ...args] = f.kind.call(f.k);
    const g = f.kind.pick(tryCall(name, ...args).value);
    const h = hf0.getCellValue({ sheet: 0, ...f.cell });
    const rel = Math.abs(g - h) / Math.max(1, Math.abs(h));
    if (!(rel <= maxRel)) maxRel = Number.isNaN(rel) ? Infinity : rel;
  }
  hf0.destroy();

  // each GREX step against the same step in HyperFormula, in alternating rounds
  const full = timeAgainst(
    () => {
      setMemo(true); // an empty memo
      evalAll(S.formulas);
    },
    () => HyperFormula.buildFromArray(S.nativeRows(), HF_OPTIONS).destroy(),
    1,
    quick ? 3 : Infinity,
  );

  setMemo(true);
  evalAll(S.formulas);
  const hf = HyperFormula.buildFromArray(S.nativeRows(), HF_OPTIONS);
  let i = 0;
  let j = 0;
  const one = timeAgainst(
    () => {
      const k = i++ % NS;
      S.change(k);
      evalAll(S.formulas.filter((f) => S.reads(f, k)));
    },
    () => {
      const k = j++ % NS;
      S.change(k);
      hf.batch(() => {
        hf.setCellContents({ sheet: 0, row: k, col: CHANGED }, [[S.series[k][CHANGED]]]);
        hf.setCellContents({ sheet: 0, row: S.tableAt(k), col: CHANGED }, [[S.tables[k][0][CHANGED]]]);
      });
    },
    3, // a longer warm-up, as for the grondexploitatie: HyperFormula's JIT needs it
  );
  const rateDeps = S.formulas.filter((f) => f.kind.rate);
  // a new rate on every change, so that the memo cannot answer from an earlier one
  let rg = 0;
  let rh = 0;
  const rate = timeAgainst(
    () => {
      S.state.d = 0.02 + ++rg * 1e-7;
      evalAll(rateDeps);
    },
    () => hf.setCellContents(S.rateCell, [[0.02 + ++rh * 1e-7]]),
    3,
  );
  hf.destroy();
  const names = [...new Set(S.kinds.map((k) => k.name.split(' ')[0]))];
  return { full, one, rate, maxRel, rateDeps: rateDeps.length, n: S.formulas.length, names };
}

module.exports = { runSheet, makeSheet, CHANGED };
