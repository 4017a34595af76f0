/**
 * `npm run bench` (about a minute) and `npm run bench -- --full` (the long
 * run): every figure is a ratio against a reference measured in the same
 * run — a plain floating-point loop, formulajs, or HyperFormula recalculating
 * the same model written as native formulas. Uses the compiled Node entry in
 * lib/ (npm run build:node). Results also go to .bench/latest.txt.
 *
 *  1. GREX.NCW over 60 flows: the core and call() (memo off) against a plain
 *     loop and formulajs' NPV (goal: call ≤ 0.5× NPV).
 *  2. Argument normalisation of a 30-year × 80-post table, per cell.
 *  3. A 30 × 40+40 grondexploitatie (GREX.BOEKWAARDE + GREX.RESULTAAT) after
 *     one cost cell changes, against HyperFormula (goal ≤ 0.5×); the
 *     roll-forward's float path against its decimal path; 1,024 roll-forwards
 *     on yearly totals (what a Shapley verschillenanalyse needs).
 *  4. A recalculation storm with and without the memo.
 *  5. A sheet of 500 mixed GREX formulas: full pass, one input changed, the
 *     shared discount rate changed, against HyperFormula on a sheet of 500
 *     NPV formulas with the same dependencies.
 *  6. Monte Carlo (GREX.RISICO.WEERSTAND) against a plain loop of the same draws.
 *  7. The functions bundle: gzip size against its budget, cold load in a bare
 *     runtime against loading formulajs' browser bundle the same way.
 */
'use strict';
const path = require('path');
const fs = require('fs');
const vm = require('vm');
const { timePerCall, setProfile, fmt, ratio, lcg, now } = require('./harness');
const { grexSheet, npvSheet } = require('./models');

const full = process.argv.includes('--full');
setProfile(full ? 'full' : 'quick');
const t00 = now();

const lib = path.join(__dirname, '..', 'lib');
const { tryCall, findFunction } = require(path.join(lib, 'index.js'));
const { setMemo } = require(path.join(lib, 'functions', 'invoke.js'));
const normalise = require(path.join(lib, 'functions', 'normalise.js'));
const core = require(path.join(lib, 'core', 'index.js'));
const grexCore = require(path.join(lib, 'core', 'grex', 'index.js'));
const formulajs = require('@formulajs/formulajs');

const lines = [];
const out = (s = '') => {
  lines.push(s);
  console.log(s);
};
let sink = 0;
const rand = lcg(7);

out(`GREX benchmarks (${new Date().toISOString()}, node ${process.version}, ${full ? '--full' : 'standaard'})`);
out('Elke verhouding is gemeten tegen een referentie in dezelfde run; tijden staan erbij ter informatie.');
out('');

// ---------------------------------------------------------------------------
// 1. NCW over 60 flows
const flows60 = Array.from({ length: 60 }, () => Math.round((rand() * 2e6 - 4e5) * 100) / 100);
const row60 = [flows60];
const plainMul = () => {
  let s = 0;
  let f = 1 / 1.02;
  const v = 1 / 1.02;
  for (let i = 0; i < 60; i++) {
    s += flows60[i] * f;
    f *= v;
  }
  sink += s;
};
setMemo(false);
const tPlain = timePerCall(plainMul);
const tCore = timePerCall(() => (sink += core.presentValueNumber(0.02, flows60, 2025, 2025, 'eind')));
const tCall = timePerCall(() => (sink += tryCall('GREX.NCW', 0.02, row60, 2025).value));
const tNpv = timePerCall(() => (sink += formulajs.NPV(0.02, flows60)));
out('1. GREX.NCW over 60 jaarlijkse kasstromen');
out(`   referenties: gewone lus ${fmt(tPlain)}, formulajs NPV ${fmt(tNpv)}`);
out(`   kern (presentValueNumber)        ${ratio(tCore, tPlain)} de gewone lus`);
out(`   call('GREX.NCW'), geen memo       ${ratio(tCall, tPlain)} de gewone lus, ${ratio(tCall, tNpv)} formulajs NPV (doel ≤ 0,5×)`);
out('');

// ---------------------------------------------------------------------------
// 2. Normalisation of a 30 × 80 table
const table80 = Array.from({ length: 80 }, () => Array.from({ length: 30 }, () => Math.round(rand() * 5e5)));
const kostenSpec = findFunction('BOEKWAARDE').params.find((p) => p.name === 'kosten');
const plainCells = () => {
  const sums = new Array(30).fill(0);
  for (const r of table80) for (let c = 0; c < 30; c++) sums[c] += r[c];
  sink += sums[0];
};
const tCells = timePerCall(plainCells);
const tNorm = timePerCall(() => (sink += normalise.normaliseArg(table80, kostenSpec).values[0]));
out('2. Normalisatie van een tabel van 30 jaar × 80 posten (kosten van GREX.BOEKWAARDE)');
out(`   ${(tNorm / 2400).toFixed(1)} ns per cel; ${ratio(tNorm, tCells)} een gewone lus die de kolommen optelt (${(tCells / 2400).toFixed(1)} ns per cel)`);
out('');

// ---------------------------------------------------------------------------
// 3. Grondexploitatie 30 × 40 + 40
out('3. Grondexploitatie 30 jaar × 40 kosten- en 40 opbrengstenposten');
const kosten = Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * 5e5)));
const opbrengsten = Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * 6e5)));
const P = { begin: 2e6, rente: 0.025, disconto: 0.02, kIndex: 0.03, oIndex: 0.02 };
const { hf, resultCell } = grexSheet(kosten, opbrengsten, P);
let flip = 0;
const tHf = timePerCall(() => {
  flip ^= 1;
  hf.setCellContents({ sheet: 0, row: 5, col: 10 }, [[kosten[5][10] + flip]]);
  sink += hf.getCellValue(resultCell);
});
// GREX: Excel recalculates both formulas with the changed range (memo on, a miss each time).
setMemo(true);
const kostenLive = kosten.map((r) => r.slice());
const grexPair = () => {
  flip ^= 1;
  kostenLive[5] = kostenLive[5].slice(); // Excel hands over new arrays on every call
  kostenLive[5][10] = kosten[5][10] + flip;
  const k = kostenLive.slice();
  const b = tryCall('GREX.BOEKWAARDE', P.begin, k, opbrengsten, P.rente, 2025, P.kIndex, P.oIndex);
  const r = tryCall('GREX.RESULTAAT', P.begin, k, opbrengsten, P.rente, P.disconto, 2025, P.kIndex, P.oIndex);
  sink += b.value[0][1] + r.value[0][2];
};
const tGrex = timePerCall(grexPair);
// check that both compute the same NCW
{
  hf.setCellContents({ sheet: 0, row: 5, col: 10 }, [[kosten[5][10]]]);
  const a = hf.getCellValue(resultCell);
  const b = tryCall('GREX.RESULTAAT', P.begin, kosten, opbrengsten, P.rente, P.disconto, 2025, P.kIndex, P.oIndex).value[0][2];
  out(`   NCW HyperFormula ${a.toFixed(2)}, GREX ${b.toFixed(2)} (verschil ${Math.abs(a - b).toExponential(1)})`);
}
out(`   referentie: HyperFormula herberekent na één gewijzigde kostencel in ${fmt(tHf)}`);
out(`   GREX.BOEKWAARDE + GREX.RESULTAAT na dezelfde wijziging: ${ratio(tGrex, tHf)} HyperFormula (doel ≤ 0,5×)`);
{
  const start = 2025;
  const input = {
    beginboekwaarde: P.begin,
    kosten: core.YearlySeries.ofNumbers(start, kosten[0].map((_, c) => kosten.reduce((s, r) => s + r[c], 0))),
    opbrengsten: core.YearlySeries.ofNumbers(start, opbrengsten[0].map((_, c) => opbrengsten.reduce((s, r) => s + r[c], 0))),
    rente: P.rente,
    kostenindex: core.IndexCurve.scalar(P.kIndex),
    opbrengstenindex: core.IndexCurve.scalar(P.oIndex),
  };
  const tDec = timePerCall(() => (sink += grexCore.rollForward(input).length));
  out(`   roll-forward op jaartotalen, decimaal pad: ${ratio(tDec, tPlain)} de gewone NCW-lus`);
  if (grexCore.rollForwardTotals) {
    const kt = input.kosten.toNumbers();
    const ot = input.opbrengsten.toNumbers();
    const kf = core.IndexCurve.scalar(P.kIndex).factors(start, start, start + 29).map((x) => x.toNumber());
    const of = core.IndexCurve.scalar(P.oIndex).factors(start, start, start + 29).map((x) => x.toNumber());
    const kIdx = kt.map((x, i) => x * kf[i]);
    const oIdx = ot.map((x, i) => x * of[i]);
    const params = { beginboekwaarde: P.begin, rente: P.rente, disconteringsvoet: P.disconto };
    const tFast = timePerCall(() => (sink += grexCore.rollForwardTotals(kIdx, oIdx, params).eindwaarde));
    const plainRoll = () => {
      let bw = P.begin;
      for (let i = 0; i < 30; i++) bw = bw + kIdx[i] - oIdx[i] + (bw > 0 ? bw * P.rente : 0);
      sink += bw;
    };
    const tPlainRoll = timePerCall(plainRoll);
    out(`   rollForwardTotals (float pad met foutgrens): ${ratio(tFast, tPlainRoll)} een kale float-lus, ${ratio(tDec, tFast)} sneller dan het decimale pad`);
    const t1024 = timePerCall(() => {
      for (let k = 0; k < 1024; k++) {
        kIdx[k % 30] += 1;
        sink += grexCore.rollForwardTotals(kIdx, oIdx, params).ncw;
      }
    }, 2);
    out(`   1.024 roll-forwards (Shapley-verschillenanalyse op jaartotalen): ${ratio(t1024, tGrex / 2)} één GREX.RESULTAAT-aanroep op 30 × 40+40`);
  } else out('   rollForwardTotals: (nog) niet aanwezig');
}
out('');

// ---------------------------------------------------------------------------
// 4. Recalculation storm
const storm = [
  ['GREX.NCW', 0.02, row60, 2025],
  ['GREX.EINDWAARDE', 0.025, row60, 2025, 2090, 'midden'],
  ['GREX.INDEXEER', [flows60.slice(0, 30)], [[0.035, 0.03, 0.02]], 2023],
  ['GREX.BOEKWAARDE', 1e6, [flows60.slice(0, 30).map(Math.abs)], [flows60.slice(30).map(Math.abs)], 0.02, 2025, 0.02, 0.015],
  ['GREX.RESULTAAT', 1e6, [flows60.slice(0, 30).map(Math.abs)], [flows60.slice(30).map(Math.abs)], 0.02, 0.02, 2025, 0.02, 0.015],
  ['GREX.ERFPACHT.AFKOOPSOM', 10000, 0.04, 0.02, 50],
];
const stormRun = () => {
  for (let i = 0; i < 600; i++) {
    const [name, ...args] = storm[i % storm.length];
    tryCall(name, ...args);
  }
};
setMemo(false);
const tNoMemo = timePerCall(stormRun);
setMemo(true);
const tMemo = timePerCall(stormRun);
out(`4. Herberekeningsstorm: ${storm.length} formules steeds met gelijke argumenten`);
out(`   met memo ${ratio(tNoMemo, tMemo)} sneller dan zonder (doel ≥ 20×)`);
out('');

// ---------------------------------------------------------------------------
// 5. A sheet of 500 mixed GREX formulas
{
  const NS = 20;
  const series = Array.from({ length: NS }, () => Array.from({ length: 30 }, () => Math.round(rand() * 1e6 - 2e5)));
  const tables = series.map((s) => Array.from({ length: 5 }, (_, j) => s.map((x) => Math.abs(x) * (j + 1) / 5)));
  let d = 0.02;
  const kinds = [
    { usesRate: true, args: (k) => ['GREX.NCW', d, [series[k]], 2025] },
    { usesRate: false, args: (k) => ['GREX.EINDWAARDE', 0.03, [series[k]], 2025] },
    { usesRate: true, args: (k) => ['GREX.RESULTAAT', 1e6, tables[k], tables[(k + 1) % NS], 0.025, d, 2025, 0.02, 0.015] },
    { usesRate: false, args: (k) => ['GREX.BOEKWAARDE', 1e6, tables[k], tables[(k + 1) % NS], 0.025, 2025, 0.02, 0.015] },
    { usesRate: false, args: (k) => ['GREX.INDEXEER', [series[k]], 0.02, 2025] },
    { usesRate: true, args: (k) => ['GREX.NCW', d, [series[k]], 2025, 2024, 'midden'] },
    { usesRate: false, args: (k) => ['GREX.RENTEPERCENTAGE', 0.03, 6e7 + series[k][0], 4e7] },
    { usesRate: false, args: (k) => ['GREX.ERFPACHT.AFKOOPSOM', 10000 + k, 0.04, 0.02, 50] },
  ];
  const formulas = Array.from({ length: 500 }, (_, i) => ({ kind: kinds[i % kinds.length], k: (i * 7) % NS, usesRate: kinds[i % kinds.length].usesRate }));
  const refs = (f, k) => f.k === k || (f.kind === kinds[2] || f.kind === kinds[3] ? (f.k + 1) % NS === k : false);
  const evalAll = (list) => {
    for (const f of list) {
      const [name, ...args] = f.kind.args(f.k);
      const o = tryCall(name, ...args);
      if (!o.ok) throw new Error(`${name}: ${o.error.message}`);
    }
  };
  setMemo(true);
  let tick = 0;
  const changed = (k) => {
    tick++;
    series[k] = series[k].slice();
    series[k][3] = 1000 + tick;
    tables[k] = series[k] && tables[k].map((r) => r.slice());
    tables[k][0][3] = 1000 + tick;
    return formulas.filter((f) => refs(f, k));
  };
  const gFull = timePerCall(() => {
    setMemo(true); // a cold memo
    evalAll(formulas);
  });
  const gOne = timePerCall(() => evalAll(changed(tick % NS)));
  const rateDeps = formulas.filter((f) => f.usesRate);
  const gRate = timePerCall(() => {
    d = d === 0.02 ? 0.021 : 0.02;
    evalAll(rateDeps);
  });
  // HyperFormula: 500 NPV formulas with the same dependencies
  const hSeries = series.map((s) => s.slice());
  const hFull = timePerCall(() => {
    const { hf: h } = npvSheet(hSeries, formulas);
    sink += h.getCellValue({ sheet: 0, row: NS + 1, col: 0 });
    h.destroy();
  }, 2);
  const { hf: h, rateCell } = npvSheet(hSeries, formulas);
  let ht = 0;
  const hOne = timePerCall(() => {
    ht++;
    h.setCellContents({ sheet: 0, row: ht % NS, col: 3 }, [[1000 + ht]]);
  });
  const hRate = timePerCall(() => {
    ht++;
    h.setCellContents(rateCell, [[ht % 2 ? 0.021 : 0.02]]);
  });
  out('5. Werkblad met 500 GREX-formules (NCW, EINDWAARDE, RESULTAAT, BOEKWAARDE, INDEXEER, RENTEPERCENTAGE, ERFPACHT.AFKOOPSOM)');
  out(`   referentie: HyperFormula met 500 NPV-formules met dezelfde afhankelijkheden`);
  out(`   volledige berekening (lege memo):  ${ratio(gFull, hFull)} HyperFormula (opbouw en berekening)`);
  out(`   één invoercel gewijzigd:           ${ratio(gOne, hOne)} HyperFormula`);
  out(`   gedeelde disconteringsvoet anders: ${ratio(gRate, hRate)} HyperFormula (${rateDeps.length} formules)`);
  out(`   (GREX ${fmt(gFull)} / ${fmt(gOne)} / ${fmt(gRate)}; HyperFormula ${fmt(hFull)} / ${fmt(hOne)} / ${fmt(hRate)})`);
  out('');
}

// ---------------------------------------------------------------------------
// 6. Monte Carlo
{
  const gevolgen = Array.from({ length: 50 }, () => [Math.round(rand() * 1e6)]);
  const kansen = Array.from({ length: 50 }, () => [Math.round(rand() * 100) / 100]);
  setMemo(false);
  const tMc = timePerCall(() => tryCall('GREX.RISICO.WEERSTAND', gevolgen, kansen, 0.9, 10000, 1), 3);
  const g = gevolgen.map((x) => x[0]);
  const p = kansen.map((x) => x[0]);
  const r = lcg(1);
  const tLoop = timePerCall(() => {
    const sims = new Float64Array(10000);
    for (let s = 0; s < 10000; s++) {
      let t = 0;
      for (let i = 0; i < 50; i++) if (r() < p[i]) t += g[i];
      sims[s] = t;
    }
    sims.sort();
    sink += sims[9000];
  }, 3);
  out(`6. GREX.RISICO.WEERSTAND, 50 risico's × 10.000 simulaties: ${ratio(tMc, tLoop)} een gewone lus met dezelfde trekkingen en sortering`);
  out('');
}

// ---------------------------------------------------------------------------
// 7. Bundle
{
  const { measure, BUDGETS } = require('../scripts/check-bundle-size');
  const fjs = path.join(__dirname, '..', 'dist', 'functions.js');
  if (fs.existsSync(fjs)) {
    const m = measure('functions.js');
    out(`7. functions.js: ${(m.gzip / 1024).toFixed(1)} KiB gzip = ${((100 * m.gzip) / 1024 / BUDGETS['functions.js']).toFixed(0)}% van het budget (${BUDGETS['functions.js']} KiB)`);
    const code = fs.readFileSync(fjs, 'utf8');
    const fjsCode = fs.readFileSync(path.join(path.dirname(require.resolve('@formulajs/formulajs')), '..', 'browser', 'formula.min.js'), 'utf8');
    const bare = () => {
      const ids = [];
      const ctx = {
        console: { log() {}, warn() {}, error() {} },
        CustomFunctions: { associate: (id) => ids.push(id), Error: class extends Error {}, ErrorCode: {} },
        OfficeRuntime: { storage: { getItem: async () => null, setItem: async () => {} } },
      };
      ctx.self = ctx;
      ctx.globalThis = ctx;
      return { ctx: vm.createContext(ctx), ids };
    };
    const load = (src) => {
      const { ctx, ids } = bare();
      new vm.Script(src).runInContext(ctx);
      return ids.length;
    };
    const tLoad = timePerCall(() => (sink += load(code)), 3);
    const tRef = timePerCall(() => (sink += load(fjsCode)), 3);
    out(`   koude start in een kale runtime (parsen, uitvoeren, ${load(code)} functies registreren): ${ratio(tLoad, tRef)} het laden van formulajs' browserbundel op dezelfde manier (${fmt(tLoad)})`);
  } else out('7. functions.js: geen dist/ (voer npm run build uit)');
}

out('');
out(`Duur van deze run: ${((now() - t00) / 1e9).toFixed(0)} s`);
if (sink === 42) console.log('');
fs.mkdirSync(path.join(__dirname, '..', '.bench'), { recursive: true });
fs.writeFileSync(path.join(__dirname, '..', '.bench', 'latest.txt'), lines.join('\n') + '\n');
