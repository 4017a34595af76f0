/**
 * `npm start`: build, then
 *  - on Windows/macOS with Excel desktop: sideload with office-addin-debugging
 *    (which starts the dev server and installs Microsoft's dev certificate);
 *  - otherwise (Linux, no Excel, no sudo), or if sideloading fails: serve
 *    dist/ over HTTPS on localhost with a self-signed certificate created
 *    without root, print the steps to sideload into Excel on the web, and keep
 *    serving until Ctrl+C. It never crashes because a certificate cannot be
 *    installed: nothing is installed into a trust store here.
 * GREX_PORT sets the port (default 3000); GREX_NO_SIDELOAD=1 skips Excel desktop.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const addin = require('../config/addin');
const { serve } = require('./serve');
const { loadOrCreateCert, CERT_DIR } = require('./certs');

const ROOT = path.join(__dirname, '..');
const PID_FILE = path.join(CERT_DIR, 'server.pid');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function build() {
  console.log('GREX: bouwen (npm run build:dev)…');
  const r = spawnSync(npm, ['run', 'build:dev', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('GREX: bouwen is mislukt; zie de meldingen hierboven.');
    process.exit(r.status || 1);
  }
}

function trySideloadDesktop() {
  if (process.env.GREX_NO_SIDELOAD === '1') return false;
  if (process.platform !== 'win32' && process.platform !== 'darwin') return false;
  console.log('GREX: Excel desktop gevonden op dit besturingssysteem; sideloaden met office-addin-debugging…');
  const r = spawnSync(npx, ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0) return true;
  console.warn('GREX: sideloaden in Excel desktop is niet gelukt; de invoegtoepassing wordt nu lokaal geserveerd voor Excel op het web.');
  return false;
}

function steps(url, cert) {
  const manifest = path.join(ROOT, 'dist', 'manifest.xml');
  return `
GREX wordt geserveerd op ${url}
  Help bij de functies: ${url}help/index.html
  Manifest:             ${manifest}

Zo laadt u GREX in Excel op het web (sideloaden):
  1. Open ${url}help/index.html in dezelfde browser en accepteer het certificaat
     (zelfondertekend, ${cert.selfSigned ? 'aangemaakt in ' + path.relative(ROOT, cert.source) : 'uit ' + cert.source}).
     Wie het vaker gebruikt, kan ${cert.selfSigned ? path.join(path.relative(ROOT, cert.source), 'localhost.crt') : 'het certificaat'} vertrouwen in de browser of het besturingssysteem.
  2. Open Excel op het web (https://www.office.com) en maak of open een werkmap.
  3. Kies Start > Invoegtoepassingen > Meer invoegtoepassingen (Home > Add-ins > More Add-ins).
  4. Kies Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden (My add-ins > Upload My Add-in).
  5. Kies Bladeren, selecteer het manifest hierboven en kies Uploaden.
  6. Zet 100, 200 en 300 in A1:C1 en typ in een andere cel =GREX.NCW(0,02;A1:C1;2025)
     (Nederlandse Excel; Engelse Excel: =GREX.NCW(0.02,A1:C1,2025)), of open het
     taakvenster via Start > GREX-modellen.

Excel desktop op Windows of Mac: npm start sideloadt daar automatisch.
Stoppen: Ctrl+C (of npm stop in een ander venster).
`;
}

async function main() {
  build();
  if (trySideloadDesktop()) return;
  let cert;
  try {
    cert = await loadOrCreateCert();
  } catch (e) {
    console.error(`GREX: kon geen certificaat maken (${e.message}); de invoegtoepassing wordt via http geserveerd, wat Excel niet accepteert.`);
  }
  let running;
  try {
    running = await serve({ root: path.join(ROOT, 'dist'), port: addin.port, tls: cert ? { cert: cert.cert, key: cert.key } : undefined });
  } catch (e) {
    if (e.code === 'EADDRINUSE') {
      console.error(`GREX: poort ${addin.port} is al in gebruik. Stop de andere server (npm stop) of kies een andere poort: GREX_PORT=3001 npm start (dist/manifest.xml gebruikt dan die poort).`);
    } else {
      console.error(`GREX: de server kon niet starten: ${e.message}`);
    }
    process.exit(1);
  }
  fs.mkdirSync(CERT_DIR, { recursive: true });
  fs.writeFileSync(PID_FILE, String(process.pid));
  console.log(steps(running.url, cert || { selfSigned: true, source: CERT_DIR }));
  const stop = () => {
    try { fs.unlinkSync(PID_FILE); } catch { /* already gone */ }
    running.server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
