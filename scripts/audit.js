/**
 * Security check of what the add-in ships (issue 9), run by CI:
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

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let failed = false;

const audit = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
let report;
try { report = JSON.parse(audit.stdout); } catch { report = undefined; }
if (report && report.metadata && report.metadata.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  console.log(`npm audit (productie): kritiek ${v.critical}, hoog ${v.high}, middel ${v.moderate}, laag ${v.low}`);
  if (v.critical > 0 || v.high > 0) failed = true;
} else {
  const why = (report && report.error && (report.error.summary || report.error.code)) || (audit.stderr || '').split('\n').find((l) => /error/i.test(l)) || 'geen antwoord';
  console.log(`npm audit overgeslagen: de adviesdienst van het register is hier niet bereikbaar (${String(why).trim()}).`);
}

const ls = spawnSync(npm, ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' });
const installed = ls.stdout.split('\n').filter(Boolean).slice(1).map((p) => path.relative(path.join(ROOT, 'node_modules'), p));
const unexpected = installed.filter((n) => !(n in ALLOWED));
console.log(`Productie-afhankelijkheden: ${installed.join(', ') || '(geen)'}`);
if (unexpected.length) {
  console.error(`Niet-beoordeelde productie-afhankelijkheden: ${unexpected.join(', ')} — beoordeel ze en zet ze in scripts/audit.js.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
