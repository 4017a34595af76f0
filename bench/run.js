/**
 * `npm run bench` (about half a minute after building lib/; it says how long at the start) and
 * `npm run bench -- --full` (the long run, 3–4 minutes): every figure is a ratio against a
 * reference measured in the same run — a plain floating-point loop,
 * formulajs, or HyperFormula recalculating the same model written as native
 * formulas. Uses the compiled Node entry in lib/ (npm run build:node), or
 * another build with `-- --lib <dir>` (an older checkout's lib/, for before
 * and after figures). Results also go to .bench/latest.txt.
 *
 *  1. GREX.NCW over 60 flows: the core and call() (memo off) against a plain
 *     loop and formulajs' NPV (goal: call ≤ 0.5× NPV).
 *  2. Argument normalisation of a 30-year × 80-post table, per cell.
 *  3. A 30 × 40+40 grondexploitatie (GREX.BOEKWAARDE + GREX.RESULTAAT) after
 *     one cost cell changes, against HyperFormula (goal ≤ 0.5×); the
 *     roll-forward's float path against its decimal path; 1,024 roll-forwards
 *     on yearly totals (what a Shapley verschillenanalyse needs);
 *     GREX.VERSCHILANALYSE on two such models (bench/verschilanalyse.js)
 *     against one GREX.RESULTAAT call.
 *  4. A recalculation storm with and without the memo.
 *  5. A sheet of 500 mixed GREX formulas (bench/sheet.js): full pass, one
 *     input changed, the shared discount rate changed, against HyperFormula
 *     recalculating the same sheet written as native formulas.
 *  6. Monte Carlo (GREX.RISICO.WEERSTAND) against a plain loop of the same draws.
 *  7. The functions bundle (dist/, from npm run build): gzip size against
 *     its budget, cold load in a bare runtime against loading formulajs'
 *     browser bundle the same way.
 * At the end: whether each target of the performance goals is met.
 */
'use strict';
const path = require('path');
const fs = require('fs');
const vm = require('vm');
const { timePerCall, timeAgainst, setProfile, fmt, ratio, lcg, now } = require('./harness');
const { grexSheet } = require('./models');
const { runSheet } = require('./sheet');

const full = process.argv.includes('--full');
setProfile(full ? 'full' : 'quick');
const t00 = now();

const libArg = process.argv.indexOf('--lib');
const lib = libArg > 0 ? path.resolve(process.argv[libArg + 1]) : path.join(__dirname, '..', 'lib');
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

out(`GREX benchmarks (${new Date().toISOString()}, node ${process.version}, ${full ? '--full' : 'standaard'}${libArg > 0 ? `, ${lib}` : ''})`);
out(
  `Duurt ongeveer ${full ? '3 à 4 minuten' : '30 seconden (hooguit 1 minuut op een drukke machine)'}, na het bouwen ` +
    `van lib/; ${full ? 'zonder --full ongeveer 30 seconden' : 'npm run bench -- --full doet de lange run (3 à 4 minuten)'}.`,
);
out('Elke verhouding is gemeten tegen een referentie in dezelfde run; tijden staan erbij ter informatie.');
out('');
/** Targets of the performance goals, reported at the end: [what, measured ratio, limit]. */
const targets = [];

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
// call() against formulajs in alternating rounds (the ratio is the target)
const vsNpv = timeAgainst(
  () => (sink += tryCall('GREX.NCW', 0.02, row60, 2025).value),
  () => (sink += formulajs.NPV(0.02, flows60)),
);
const [tCall, tNpv] = [vsNpv.t, vsNpv.ref];
out('1. GREX.NCW over 60 jaarlijkse kasstromen');
out(`   referenties: gewone lus ${fmt(tPlain)}, formulajs NPV ${fmt(tNpv)}`);
out(`   kern (presentValueNumber)        ${ratio(tCore, tPlain)} de gewone lus`);
out(`   call('GREX.NCW'), geen memo       ${ratio(tCall, tPlain)} de gewone lus, ${vsNpv.ratio.toFixed(2)}× formulajs NPV (doel ≤ 0,5×)`);
targets.push(['GREX.NCW over 60 kasstromen via call(), geen memo, tegen formulajs NPV', vsNpv.ratio, 0.5]);
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
out('2. Normalisatie van een tabel van 30 jaar × 80 posten (kosten van GREX.BOEKWAARDE)');
try {
  normalise.normaliseArg(table80, kostenSpec);
  const tNorm = timePerCall(() => (sink += normalise.normaliseArg(table80, kostenSpec).values[0]));
  out(`   ${ratio(tNorm, tCells)} een gewone lus die de kolommen optelt (${(tNorm / 2400).toFixed(1)} tegen ${(tCells / 2400).toFixed(1)} ns per cel)`);
} catch (e) {
  out(`   (niet te meten in deze versie: ${e.message})`);
}
out('');

// ---------------------------------------------------------------------------
// 3. Grondexploitatie 30 × 40 + 40
out('3. Grondexploitatie 30 jaar × 40 kosten- en 40 opbrengstenposten');
const kosten = Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * 5e5)));
const opbrengsten = Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * 6e5)));
const P = { begin: 2e6, rente: 0.025, disconto: 0.02, kIndex: 0.03, oIndex: 0.02 };
const { hf, resultCell } = grexSheet(kosten, opbrengsten, P);
// a new value on every change (two values in turn would let the memo answer every GREX call after the first two)
let edits = 0;
const hfStep = () => {
  hf.setCellContents({ sheet: 0, row: 5, col: 10 }, [[kosten[5][10] + ++edits]]);
  sink += hf.getCellValue(resultCell);
};
// GREX: Excel recalculates both formulas with the changed range (memo on, a miss each time).
setMemo(true);
const kostenLive = kosten.map((r) => r.slice());
const grexPair = () => {
  kostenLive[5] = kostenLive[5].slice(); // Excel hands over new arrays on every call
  kostenLive[5][10] = kosten[5][10] + ++edits;
  const k = kostenLive.slice();
  const b = tryCall('GREX.BOEKWAARDE', P.begin, k, opbrengsten, P.rente, 2025, P.kIndex, P.oIndex);
  const r = tryCall('GREX.RESULTAAT', P.begin, k, opbrengsten, P.rente, P.disconto, 2025, P.kIndex, P.oIndex);
  sink += b.value[0][1] + r.value[0][2];
};
// a longer warm-up: HyperFormula needs a few hundred recalculations before its JIT-compiled speed
const vsHf = timeAgainst(grexPair, hfStep, 4);
const [tGrex, tHf] = [vsHf.t, vsHf.ref];
// check that both compute the same NCW
{
  hf.setCellContents({ sheet: 0, row: 5, col: 10 }, [[kosten[5][10]]]);
  const a = hf.getCellValue(resultCell);
  const b = tryCall('GREX.RESULTAAT', P.begin, kosten, opbrengsten, P.rente, P.disconto, 2025, P.kIndex, P.oIndex).value[0][2];
  out(`   NCW HyperFormula ${a.toFixed(2)}, GREX ${b.toFixed(2)} (verschil ${Math.abs(a - b).toExponential(1)})`);
}
out(`   referentie: HyperFormula herberekent na één gewijzigde kostencel in ${fmt(tHf)}`);
out(`   GREX.BOEKWAARDE + GREX.RESULTAAT na dezelfde wijziging: ${vsHf.ratio.toFixed(2)}× HyperFormula (doel ≤ 0,5×)`);
targets.push(['30 × 40+40 posten (RESULTAAT + BOEKWAARDE) na één kostencel, tegen HyperFormula', vsHf.ratio, 0.5]);
{
  const start = 2025;
  const input = {
    beginboekwaarde: P.begin,
    kosten: core.YearlySeries.ofNumbers(
      start,
      kosten[0].map((_, c) => kosten.reduce((s, r) => s + r[c], 0)),
    ),
    opbrengsten: core.YearlySeries.ofNumbers(
      start,
      opbrengsten[0].map((_, c) => opbrengsten.reduce((s, r) => s + r[c], 0)),
    ),
    rente: P.rente,
    kostenindex: core.IndexCurve.scalar(P.kIndex),
    opbrengstenindex: core.IndexCurve.scalar(P.oIndex),
  };
  const tDec = timePerCall(() => (sink += grexCore.rollForward(input).length));
  out(`   roll-forward op jaartotalen, decimaal pad: ${ratio(tDec, tPlain)} de gewone NCW-lus`);
  if (grexCore.rollForwardTotals) {
    const kt = input.kosten.toNumbers();
    const ot = input.opbrengsten.toNumbers();
    const kf = core.IndexCurve.scalar(P.kIndex)
      .factors(start, start, start + 29)
      .map((x) => x.toNumber());
    const of = core.IndexCurve.scalar(P.oIndex)
      .factors(start, start, start + 29)
      .map((x) => x.toNumber());
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
require('./verschilanalyse').run({ tryCall, findFunction, setMemo, out });
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
// with and without the memo in alternating rounds (the switch clears the memo; the first call of a round refills it)
let memoOn = false;
const vsNoMemo = timeAgainst(
  () => {
    if (!memoOn) setMemo((memoOn = true));
    stormRun();
  },
  () => {
    if (memoOn) setMemo((memoOn = false));
    stormRun();
  },
);
const [tMemo, tNoMemo] = [vsNoMemo.t, vsNoMemo.ref];
out(`4. Herberekeningsstorm: ${storm.length} formules steeds met gelijke argumenten`);
out(`   met memo ${(1 / vsNoMemo.ratio).toFixed(1)}× sneller dan zonder (doel ≥ 20×; ${fmt(tMemo)} tegen ${fmt(tNoMemo)} per 600 aanroepen)`);
targets.push(['herberekeningsstorm: met memo tegen zonder', vsNoMemo.ratio, 1 / 20]);
out('');

// ---------------------------------------------------------------------------
// 5. A sheet of 500 mixed GREX formulas
{
  const r = runSheet({ tryCall, setMemo, timeAgainst, rand, quick: !full });
  out(`5. Werkblad met ${r.n} GREX-formules (${r.names.join(', ')})`);
  out(`   referentie: HyperFormula op hetzelfde werkblad in native formules (grootste relatieve verschil ${r.maxRel.toExponential(1)})`);
  out(`   volledige berekening (lege memo):  ${r.full.ratio.toFixed(2)}× HyperFormula (opbouw en berekening)`);
  out(`   één invoercel gewijzigd:           ${r.one.ratio.toFixed(2)}× HyperFormula`);
  out(`   gedeelde disconteringsvoet anders: ${r.rate.ratio.toFixed(2)}× HyperFormula (${r.rateDeps} formules)`);
  out(`   (GREX ${fmt(r.full.t)} / ${fmt(r.one.t)} / ${fmt(r.rate.t)}; HyperFormula ${fmt(r.full.ref)} / ${fmt(r.one.ref)} / ${fmt(r.rate.ref)})`);
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
  const fjs = path.join(path.resolve(process.env.GREX_DIST || path.join(__dirname, '..', 'dist')), 'functions.js');
  if (libArg > 0 && !process.env.GREX_DIST) out('7. functions.js: niet gemeten met --lib (geef GREX_DIST voor de bundel van die versie)');
  else if (fs.existsSync(fjs)) {
    const m = measure('functions.js');
    out(
      `7. functions.js: ${(m.gzip / 1024).toFixed(1)} KiB gzip = ${((100 * m.gzip) / 1024 / BUDGETS['functions.js']).toFixed(0)}% ` +
        `van het budget (${BUDGETS['functions.js']} KiB)`,
    );
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
    // a new text each time (a comment with a counter): the same text again would hit V8's compilation cache
    let loads = 0;
    const load = (src) => {
      const { ctx, ids } = bare();
      new vm.Script(`${src}\n//${++loads}`).runInContext(ctx);
      return ids.length;
    };
    const t0 = now();
    const nIds = load(code); // the first load in this process
    const tFirst = now() - t0;
    const vsFjs = timeAgainst(
      () => (sink += load(code)),
      () => (sink += load(fjsCode)),
      3,
    );
    // a JSON text about as long as the bundle, loaded as a script that parses it in a fresh context
    const items = [];
    for (let n = 2; n < code.length; n += 23) items.push(`tekst ${items.length}`.padEnd(20, 'x'));
    const jsonScript = `JSON.parse(${JSON.stringify(JSON.stringify(items))}).length`;
    const vsJson = timeAgainst(
      () => (sink += load(code)),
      () => (sink += new vm.Script(`${jsonScript}\n//${++loads}`).runInContext(bare().ctx)),
      3,
    );
    out(
      `   koude start in een kale runtime (parsen, uitvoeren, ${nIds} functies registreren): ${vsFjs.ratio.toFixed(2)}× ` +
        `het laden van formulajs' browserbundel op dezelfde manier,`,
    );
    out(`   ${vsJson.ratio.toFixed(2)}× het parsen van een JSON-tekst van dezelfde lengte (${fmt(vsFjs.t)}; de eerste keer in dit proces ${fmt(tFirst)})`);
  } else out('7. functions.js: geen dist/ (voer npm run build uit)');
}

out('Doelen:');
for (const [what, value, limit] of targets)
  out(`   ${value <= limit ? 'GEHAALD    ' : 'NIET GEHAALD'} ${what}: ${value.toFixed(limit < 0.1 ? 3 : 2)}× (doel ≤ ${limit.toFixed(limit < 0.1 ? 3 : 2)}×)`);
out('');
out(`Duur van deze run: ${((now() - t00) / 1e9).toFixed(0)} s`);
if (sink === 42) console.log('');
fs.mkdirSync(path.join(__dirname, '..', '.bench'), { recursive: true });
fs.writeFileSync(path.join(__dirname, '..', '.bench', 'latest.txt'), lines.join('\n') + '\n');
