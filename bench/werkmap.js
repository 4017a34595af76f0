/**
 * Benchmark of the own-workbook review: read, recognise and reconcile a
 * hand-built grondexploitatie of 40 posts × 30 years (a LibreOffice-saved
 * .xlsx made by test/werkmap/make-workbooks.js), through the built Node
 * package (lib/). Reported as milliseconds and as a ratio against the time
 * ExcelJS alone needs to load the same file, measured in the same run.
 *
 *   npm run build:node && node bench/werkmap.js
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const { generate } = require('../test/werkmap/make-workbooks');

const lib = path.join(__dirname, '..', 'lib');
if (!fs.existsSync(path.join(lib, 'workbook', 'index.js'))) {
  console.error('bench/werkmap.js: bouw eerst de Node-versie (npm run build:node).');
  process.exit(1);
}
const { readXlsx } = require(path.join(lib, 'cli', 'xlsx-host'));
const { recognise, extract, reconcile, checkModel } = require(path.join(lib, 'workbook'));

const RUNS = Number(process.env.BENCH_RUNS || 5);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn) {
  const t = process.hrtime.bigint();
  const v = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, v];
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-bench-werkmap-'));
  const spec = {
    name: 'bench-40x30',
    n: 30,
    nCosts: 28,
    nRevenues: 12,
    costScale: 400000,
    revenueScale: 900000,
    motivering: 'Benchmark',
    conv: { frozen_after: 10 },
    expect: { rules: [] },
  };
  await generate(dir, [spec]);
  const file = path.join(dir, 'bench-40x30.xlsx');
  const plain = [];
  const read = [];
  const rec = [];
  const recon = [];
  const checks = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    plain.push((await time(async () => new ExcelJS.Workbook().xlsx.readFile(file)))[0]);
    const [tr, wb] = await time(() => readXlsx(file));
    const [tm, maps] = await time(() => recognise(wb));
    const m = maps[0];
    const [tc, out] = await time(() => {
      const x = extract(wb, m);
      return { x, r: reconcile(x) };
    });
    const [tk] = await time(() => checkModel(wb, m, out.x, out.r));
    read.push(tr);
    rec.push(tm);
    recon.push(tc);
    checks.push(tk);
    last = { m, out };
  }
  const total = median(read) + median(rec) + median(recon) + median(checks);
  const posts = last.m.costs.length + last.m.revenues.length;
  console.log(`Eigen werkmap, ${posts} posten × ${last.m.years.cols} jaar (mediaan van ${RUNS}):`);
  console.log(`  ExcelJS alleen laden   ${median(plain).toFixed(1)} ms (referentie)`);
  console.log(`  lezen (leesmodel)      ${median(read).toFixed(1)} ms`);
  console.log(`  herkennen              ${median(rec).toFixed(1)} ms`);
  console.log(`  narekenen + afstemmen  ${median(recon).toFixed(1)} ms`);
  console.log(`  formulecontroles       ${median(checks).toFixed(1)} ms`);
  console.log(
    `  totaal                 ${total.toFixed(1)} ms = ${(total / median(plain)).toFixed(2)} × laden; verschil met de ` +
      `werkmap ${last.out.r.gap.toExponential(2)}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
