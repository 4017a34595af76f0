/**
 * `npm start`: build, then
 *  - on Windows/macOS with Excel desktop: make sure Microsoft's dev
 *    certificate (office-addin-dev-certs) is installed and trusted, then
 *    sideload with office-addin-debugging, which starts the dev server;
 *  - otherwise (Linux, no Excel, no sudo), when the certificate cannot be
 *    installed, or when sideloading fails: serve the build over HTTPS on
 *    localhost (Microsoft's dev certificate when present, else a self-signed
 *    one made without root), print the steps to sideload into Excel on the
 *    web, and keep serving until Ctrl+C or `npm stop`.
 * GREX_PORT sets the port (default 3000); GREX_NO_SIDELOAD=1 skips Excel
 * desktop; GREX_DIST builds and serves another folder than dist/ (the tests
 * use a temporary folder so that a served dist/ is never touched).
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');
const addin = require('../config/addin');
const { serve } = require('./serve');
const { loadOrCreateCert } = require('./certs');
const state = require('./server-state');

const ROOT = path.join(__dirname, '..');
const OUT = path.resolve(process.env.GREX_DIST || path.join(ROOT, 'dist'));
const WIN = process.platform === 'win32';
const npm = WIN ? 'npm.cmd' : 'npm';
const npx = WIN ? 'npx.cmd' : 'npx';
// Node refuses to spawn .cmd files without a shell on Windows.
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: WIN, ...opts });

function build() {
  console.log(`GREX: bouwen (ontwikkelbuild naar ${path.relative(ROOT, OUT) || '.'})…`);
  let r = run(npm, ['run', 'build:node', '--silent']);
  if (r.status === 0) r = run(npx, ['webpack', '--mode', 'development'], { env: { ...process.env, GREX_DIST: OUT } });
  if (r.status !== 0) {
    console.error('GREX: bouwen is mislukt; zie de meldingen hierboven.');
    process.exit(r.status || 1);
  }
}

/** Microsoft's dev certificate, installed into the user's trust store. False when that is not possible here. */
async function ensureDevCerts() {
  try {
    const devCerts = require('office-addin-dev-certs');
    await devCerts.ensureCertificatesAreInstalled();
    return true;
  } catch (e) {
    console.warn(
      `GREX: het ontwikkelcertificaat van Microsoft kon niet worden geïnstalleerd (${e && e.message ? e.message : e}).\n` +
        '  Excel desktop vertrouwt de lokale server dan niet. Zie "Certificaat" in README.md: installeer het met\n' +
        '  "npx office-addin-dev-certs install" (Windows vraagt om bevestiging; macOS om uw wachtwoord), of laat\n' +
        '  een beheerder het doen. GREX wordt nu lokaal geserveerd voor Excel op het web.',
    );
    return false;
  }
}

async function trySideloadDesktop() {
  if (process.env.GREX_NO_SIDELOAD === '1') return false;
  if (!WIN && process.platform !== 'darwin') return false;
  if (OUT !== path.join(ROOT, 'dist')) return false;
  if (!(await ensureDevCerts())) return false;
  console.log('GREX: Excel desktop op dit besturingssysteem; sideloaden met office-addin-debugging…');
  const r = run(npx, ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
  if (r.status === 0) return true;
  console.warn('GREX: sideloaden in Excel desktop is niet gelukt; de invoegtoepassing wordt nu lokaal geserveerd voor Excel op het web.');
  return false;
}

function steps(url, cert) {
  const manifest = path.join(OUT, 'manifest.xml');
  const trust = cert.selfSigned
    ? `zelfondertekend, aangemaakt in ${path.relative(ROOT, cert.source)}. ` +
      `Wie het vaker gebruikt, kan ${path.join(path.relative(ROOT, cert.source), 'localhost.crt')} ` +
      `vertrouwen in de browser of het besturingssysteem`
    : `het ontwikkelcertificaat van Microsoft uit ${cert.source}`;
  return `
GREX wordt geserveerd op ${url}
  Help bij de functies: ${url}help/index.html
  Manifest:             ${manifest}

Zo laadt u GREX in Excel op het web (sideloaden):
  1. Open ${url}help/index.html in dezelfde browser en accepteer het certificaat
     (${trust}).
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
  if (await trySideloadDesktop()) return;
  let cert;
  try {
    cert = await loadOrCreateCert();
  } catch (e) {
    console.error(`GREX: kon geen certificaat maken (${e.message}); Excel accepteert de invoegtoepassing alleen via https.`);
    process.exit(1);
  }
  let running;
  try {
    running = await serve({ root: OUT, port: addin.port, tls: { cert: cert.cert, key: cert.key } });
  } catch (e) {
    if (e.code === 'EADDRINUSE') {
      console.error(
        `GREX: poort ${addin.port} is al in gebruik. Stop de andere server (npm stop) of kies een andere poort: GREX_PORT=3001 ` +
          `npm start (het manifest gebruikt dan die poort).`,
      );
    } else {
      console.error(`GREX: de server kon niet starten: ${e.message}`);
    }
    process.exit(1);
  }
  state.record(addin.port, { root: OUT });
  console.log(steps(running.url, cert));
  const stop = () => {
    state.forget(addin.port);
    running.server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
