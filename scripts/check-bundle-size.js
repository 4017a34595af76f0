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
 * Budgets in KiB, gzipped. functions.js holds decimal.js (~12 KiB gz), the
 * calculation core, the messages and the registry without its help texts
 * and of the source catalogue but the tags (scripts/strip-help.js): measured
 * 43.6 KiB with 47 functions, where it was 97.7 KiB with the help and source
 * texts in it (39 KiB with 39 functions, against 87 KiB).
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
