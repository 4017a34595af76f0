/**
 * Security check of what the add-in ships, run by CI:
 *  1. `npm audit --omit=dev --audit-level=high` when the advisory service
 *     answers — any high or critical finding fails;
 *  2. always: the production dependency tree must be exactly the reviewed
 *     allow-list below, so no unreviewed runtime code can slip into the bundle.
 * Where the advisory service cannot be reached (this workplace's registry
 * mirror refuses the bulk-advisory endpoint with 405), step 1 is reported as
 * skipped, never as passed.
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
/** Reviewed production dependencies: name → reason. */
const ALLOWED = { 'decimal.js': 'exact decimal arithmetic of the calculation core (MIT, no dependencies)' };
/**
 * Reviewed Node-only dependencies: used by the `grex` command and the Node
 * workbook host, never by the add-in's bundles (lint-layers forbids importing
 * them from src/core, src/functions and src/taskpane). Their own dependency
 * trees are accepted with them.
 */
const NODE_ONLY = { exceljs: 'reads .xlsx workbooks for `grex controleer` (MIT, maintained)' };

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let failed = false;

const audit = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
if (report && report.metadata && report.metadata.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  console.log(`npm audit (productie): kritiek ${v.critical}, hoog ${v.high}, middel ${v.moderate}, laag ${v.low}`);
  if (v.critical > 0 || v.high > 0) failed = true;
} else {
  const why =
    (report && report.error && (report.error.summary || report.error.code)) ||
    (audit.stderr || '').split('\n').find((l) => /error/i.test(l)) ||
    'geen antwoord';
  console.log(`npm audit overgeslagen: de adviesdienst van het register is hier niet bereikbaar (${String(why).trim()}).`);
}

const ls = spawnSync(npm, ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const tree = JSON.parse(ls.stdout || '{}');
const installed = [];
const unexpected = [];
const nodeOnly = new Set();
function walk(deps, underNodeOnly) {
  for (const [name, info] of Object.entries(deps || {})) {
    const inside = underNodeOnly || name in NODE_ONLY;
    if (inside) nodeOnly.add(name);
    else if (!installed.includes(name)) {
      installed.push(name);
      if (!(name in ALLOWED)) unexpected.push(name);
    }
    walk(info.dependencies, inside);
  }
}
walk(tree.dependencies, false);
console.log(`Alleen in Node (grex-commando): ${Object.keys(NODE_ONLY).join(', ')} met ${nodeOnly.size - Object.keys(NODE_ONLY).length} eigen afhankelijkheden`);
console.log(`Productie-afhankelijkheden: ${installed.join(', ') || '(geen)'}`);
if (unexpected.length) {
  console.error(`Niet-beoordeelde productie-afhankelijkheden: ${unexpected.join(', ')} — beoordeel ze en zet ze in scripts/audit.js.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
