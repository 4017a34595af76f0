#!/usr/bin/env node
/**
 * `npm run screenshots`: the images in docs/, made on request (never by
 * `npm test`). Builds the add-in into a temporary folder (never dist/),
 * serves it on a free local port, opens it in Debian's Chromium through
 * playwright-core (never a downloaded browser; CHROMIUM_PATH overrides the
 * path) with no network beyond that server, and writes
 *   docs/taskpane.png         the task pane at 320 px, light Office theme
 *   docs/taskpane-donker.png  the same pane in a dark Office theme
 *   docs/help.png             one help page at 450 px
 * each as the whole page, not cut at the window's edge. Office.js is
 * replaced by a small stub that reports the theme; the Modellen tab needs
 * no workbook. Fails on any page error, console error or CSP violation.
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DOCS = path.join(ROOT, 'docs');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HELP_PAGE = 'help/NCW.html';

/** Office themes as Office.context.officeTheme reports them (body and control colours). */
const THEMES = {
  light: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#ffffff', controlForegroundColor: '#242424' },
  dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#363636', controlForegroundColor: '#ffffff' },
};

function officeStub(theme) {
  return `window.Office = {
  onReady: (cb) => Promise.resolve({ host: 'Excel', platform: 'PC' }).then((i) => { if (cb) cb(i); return i; }),
  HostType: { Excel: 'Excel' },
  context: { officeTheme: ${JSON.stringify(theme)}, document: { addHandlerAsync: () => {} } },
};
window.Excel = { run: () => Promise.reject(new Error('geen werkmap in de schermafbeelding')) };
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;
}

function build(outDir) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  process.stdout.write('Bouwen in een tijdelijke map…\n');
  execFileSync(npx, ['tsc', '-p', 'tsconfig.node.json'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(npx, ['webpack', '--mode', 'development', '--env', `outDir=${outDir}`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function shoot(browser, url, { width, init, file, ready }) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`paginafout: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`consolefout: ${m.text()}`);
  });
  const origin = new URL(url).origin;
  await page.route(
    (u) => u.origin !== origin,
    (route) =>
      route.request().url().startsWith('https://appsforoffice.microsoft.com/')
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js: stub in addInitScript */' })
        : route.abort(),
  );
  await page.addInitScript({
    content: init || 'window.__csp = []; document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective));',
  });
  await page.goto(url, { waitUntil: 'load' });
  if (ready) await page.waitForSelector(ready);
  await page.evaluate(() => document.fonts && document.fonts.ready);
  problems.push(...(await page.evaluate(() => window.__csp || [])).map((v) => `CSP-schending: ${v}`));
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (sideways > 0) problems.push(`de pagina is ${sideways} px te breed voor ${width} px`);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  await page.screenshot({ path: file, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.close();
  process.stdout.write(`${path.relative(ROOT, file)}: ${width} × ${height} px\n`);
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium niet gevonden op ${CHROMIUM} (Debian: apt-get install chromium; of zet CHROMIUM_PATH).`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-screenshots-'));
  let server;
  let browser;
  try {
    build(tmp);
    const { serve } = require('./serve');
    const served = await serve({ root: tmp });
    server = served.server;
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const pane = `${served.url}taskpane.html`;
    await shoot(browser, pane, { width: 320, init: officeStub(THEMES.light), file: path.join(DOCS, 'taskpane.png'), ready: '#tab-modellen' });
    await shoot(browser, pane, {
      width: 320,
      init: officeStub(THEMES.dark),
      file: path.join(DOCS, 'taskpane-donker.png'),
      ready: 'html.theme-dark #tab-modellen',
    });
    await shoot(browser, `${served.url}${HELP_PAGE}`, { width: 450, file: path.join(DOCS, 'help.png'), ready: 'h1' });
  } finally {
    await browser?.close();
    if (server) await new Promise((r) => server.close(r));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`screenshots: ${e.message}\n`);
  process.exitCode = 1;
});
