/**
 * Bundle budgets, checked after the production build: each bundle's
 * size minified and gzipped must stay within its budget. The functions bundle
 * is what Excel loads to recalculate; it must stay free of UI code.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.resolve(process.env.GREX_DIST || path.join(__dirname, '..', 'dist'));
/**
 * Budgets in KiB, gzipped (zlib level 9). functions.js holds decimal.js, the calculation core, the messages and the
 * registry without its help texts, categories, result labels and sources (scripts/strip-help.js), with decimal.js's
 * constants ln 10 and π shortened to 120 digits (scripts/decimal-constants-loader.js; about 1.4 KiB less).
 * Measured: 39 KiB with 39 functions (87 KiB with the help texts), 45.1 KiB with 51 functions and full constants,
 * 44.0 KiB with 51 functions and the shortened constants, 44.7 KiB with the rate-free parts of GREX.RESULTAAT and
 * GREX.NCW and the shared sub-results of the verschilanalyse. Budget: 45 KiB.
 */
const BUDGETS = { 'functions.js': 45, 'taskpane.js': 250, 'commands.js': 5 };

function measure(file) {
  const buf = fs.readFileSync(path.join(DIST, file));
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

if (require.main === module) {
  let failed = false;
  for (const [file, budget] of Object.entries(BUDGETS)) {
    if (!fs.existsSync(path.join(DIST, file))) {
      console.error(`Bundelgrootte: ${file} ontbreekt in dist/`);
      failed = true;
      continue;
    }
    const { raw, gzip } = measure(file);
    const kib = (n) => (n / 1024).toFixed(1);
    const ok = gzip <= budget * 1024;
    console.log(`Bundelgrootte ${file}: ${kib(raw)} KiB geminificeerd, ${kib(gzip)} KiB gzip (budget ${budget} KiB) ${ok ? 'OK' : 'TE GROOT'}`);
    if (!ok) failed = true;
  }
  if (failed) process.exit(1);
}

module.exports = { measure, BUDGETS };
