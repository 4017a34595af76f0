/**
 * `npm run bench`: speed figures as ratios measured in the same run (never as
 * timed unit tests). Uses the compiled Node entry in lib/ (npm run build:node).
 *
 *  1. GREX.NCW over 60 yearly flows through call(): time per call, and its
 *     ratio to a plain floating-point loop doing the same sum (issue 2);
 *     the core of NCW (presentValueNumber) against the same loop (issue 9: ≤ 3×).
 *  2. Recalculation storm: 10,000 calls of a handful of GREX formulas with
 *     identical arguments, with and without the memo (issue 9: ≥ 20×).
 *  3. A grondexploitatie of 30 years × 40 cost and revenue lines through
 *     GREX.BOEKWAARDE and GREX.RESULTAAT; 10,000 Monte Carlo simulations of a
 *     50-risk register through GREX.RISICO.WEERSTAND (time per call).
 *  4. The functions bundle, minified and gzipped, against its budget.
 */
'use strict';
const path = require('path');
const fs = require('fs');
const lib = path.join(__dirname, '..', 'lib');
const { call, findFunction } = require(path.join(lib, 'index.js'));
const { setMemo } = require(path.join(lib, 'functions', 'invoke.js'));
const { presentValueNumber } = require(path.join(lib, 'core', 'index.js'));

function timePerCall(fn, { minMs = 300, rounds = 5 } = {}) {
  // warm up, then take the median of `rounds` rounds of at least minMs each
  for (let i = 0; i < 200; i++) fn();
  const results = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = process.hrtime.bigint();
    let t1 = t0;
    while (Number(t1 - t0) < minMs * 1e6) {
      for (let i = 0; i < 100; i++) fn();
      n += 100;
      t1 = process.hrtime.bigint();
    }
    results.push(Number(t1 - t0) / n);
  }
  results.sort((a, b) => a - b);
  return results[Math.floor(rounds / 2)]; // ns per call
}

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const lines = [];
const out = (s) => { lines.push(s); console.log(s); };

// Deterministic inputs
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const flows60 = Array.from({ length: 60 }, () => Math.round((rand() * 2e6 - 4e5) * 100) / 100);
const row60 = [flows60];

out('GREX benchmarks (' + new Date().toISOString() + ', node ' + process.version + ')');
out('');

// 1. NCW over 60 flows
let sink = 0;
// Two plain loops: the naive one (Math.pow per flow) and the fast one (one
// multiplication per flow). Ratios are taken against the faster of the two.
const plainPow = () => {
  let s = 0;
  for (let i = 0; i < 60; i++) s += flows60[i] / Math.pow(1.02, i + 1);
  sink += s;
};
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
const viaCall = () => { sink += call('GREX.NCW', 0.02, row60, 2025); };
const core = () => { sink += presentValueNumber(0.02, flows60, 2025, 2025, 'eind'); };
const tPow = timePerCall(plainPow);
const tMul = timePerCall(plainMul);
const tPlain = Math.min(tPow, tMul);
const tCall = timePerCall(viaCall);
const tCore = timePerCall(core);
out('1. GREX.NCW over 60 jaarlijkse kasstromen');
out(`   gewone lus met Math.pow per jaar:    ${fmt(tPow)} per berekening`);
out(`   gewone lus met één vermenigvuldiging: ${fmt(tMul)} per berekening (referentie: de snelste lus, ${fmt(tPlain)})`);
out(`   kern (presentValueNumber):           ${fmt(tCore)} per berekening  → ${(tCore / tPlain).toFixed(2)}× de lus (doel ≤ 3×)`);
out(`   via call('GREX.NCW', …), geen memo:  ${fmt(tCall)} per aanroep     → ${(tCall / tPlain).toFixed(2)}× de lus`);
out('');

// 2. Recalculation storm
const storm = [
  ['GREX.NCW', 0.02, row60, 2025],
  ['GREX.EINDWAARDE', 0.025, row60, 2025, 2090, 'midden'],
  ['GREX.INDEXEER', [flows60.slice(0, 30)], [[0.035, 0.03, 0.02]], 2023],
];
const optional = [
  ['GREX.BOEKWAARDE', 1e6, [flows60.slice(0, 30).map(Math.abs)], [flows60.slice(30).map(Math.abs)], 0.02, 2025, 0.02, 0.015],
  ['GREX.RESULTAAT', 1e6, [flows60.slice(0, 30).map(Math.abs)], [flows60.slice(30).map(Math.abs)], 0.02, 0.02, 2025, 0.02, 0.015],
  ['GREX.ERFPACHT.AFKOOPSOM', 10000, 0.04, 0.02, 50],
];
for (const f of optional) if (findFunction(f[0])) storm.push(f);
const stormRun = () => {
  for (let i = 0; i < 10000; i++) {
    const [name, ...args] = storm[i % storm.length];
    call(name, ...args);
  }
};
setMemo(false);
const tNoMemo = timePerCall(stormRun, { minMs: 500, rounds: 3 });
setMemo(true);
const tMemo = timePerCall(stormRun, { minMs: 500, rounds: 3 });
out(`2. Herberekeningsstorm: 10.000 aanroepen van ${storm.length} formules (${storm.map((s) => s[0]).join(', ')}) met gelijke argumenten`);
out(`   zonder memo: ${fmt(tNoMemo)}; met memo: ${fmt(tMemo)} → ${(tNoMemo / tMemo).toFixed(1)}× sneller (doel ≥ 20×)`);
out('');

// 3. Grondexploitatie and Monte Carlo
out('3. Grote modellen (zonder memo)');
setMemo(false);
if (findFunction('BOEKWAARDE') && findFunction('RESULTAAT')) {
  const kosten = Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * 5e5)));
  const opbrengsten = Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * 6e5)));
  const tBw = timePerCall(() => call('GREX.BOEKWAARDE', 2e6, kosten, opbrengsten, 0.025, 2025, 0.03, 0.02), { minMs: 500, rounds: 3 });
  const tRes = timePerCall(() => call('GREX.RESULTAAT', 2e6, kosten, opbrengsten, 0.025, 0.02, 2025, 0.03, 0.02), { minMs: 500, rounds: 3 });
  out(`   GREX.BOEKWAARDE, 30 jaar × 40 kosten- en 40 opbrengstenposten: ${fmt(tBw)} per aanroep`);
  out(`   GREX.RESULTAAT,  30 jaar × 40 kosten- en 40 opbrengstenposten: ${fmt(tRes)} per aanroep`);
} else out('   GREX.BOEKWAARDE/RESULTAAT: nog niet in het register');
if (findFunction('RISICO.WEERSTAND')) {
  const gevolgen = Array.from({ length: 50 }, () => [Math.round(rand() * 1e6)]);
  const kansen = Array.from({ length: 50 }, () => [Math.round(rand() * 100) / 100]);
  const tMc = timePerCall(() => call('GREX.RISICO.WEERSTAND', gevolgen, kansen, 0.9, 10000, 1), { minMs: 1000, rounds: 3 });
  out(`   GREX.RISICO.WEERSTAND, 50 risico's × 10.000 simulaties: ${fmt(tMc)} per aanroep`);
} else out('   GREX.RISICO.WEERSTAND: nog niet in het register');
require('./verschilanalyse').run({ call, findFunction, setMemo, timePerCall, fmt, out });
out('');

// 4. Bundle size
const { measure, BUDGETS } = require('../scripts/check-bundle-size');
const fjs = path.join(__dirname, '..', 'dist', 'functions.js');
if (fs.existsSync(fjs)) {
  const m = measure('functions.js');
  out(`4. functions.js: ${(m.raw / 1024).toFixed(1)} KiB (${fs.readFileSync(fjs, 'utf8').includes('\n') ? 'ontwikkelbuild' : 'geminificeerd'}), ${(m.gzip / 1024).toFixed(1)} KiB gzip; budget ${BUDGETS['functions.js']} KiB gzip (npm run build controleert het)`);
} else out('4. functions.js: geen dist/ (voer npm run build uit)');

if (sink === 42) console.log(''); // keep the results alive
fs.mkdirSync(path.join(__dirname, '..', '.bench'), { recursive: true });
fs.writeFileSync(path.join(__dirname, '..', '.bench', 'latest.txt'), lines.join('\n') + '\n');
